package io.govgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import io.govgraph.GovGraphApplication;
import io.govgraph.TestAccounts;
import io.govgraph.events.EventType;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.security.LocalOperator;
import io.govgraph.security.Role;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change events delivered during a large import (issue 18; profile {@code -Pbench}, never in
 * {@code verify}): a generated district of about {@code bench.deliveryRows} rows (default 200,000)
 * imported into a fresh store of a running application, once with nobody listening and once with
 * {@code bench.subscribers} (100) {@code changeEvents} subscribers connected over WebSocket (Spring's
 * {@link WebSocketGraphQlClient}, graphql-transport-ws, as the planner), each subscribed to one
 * street of the district in turn, plus one webhook to a receiver here for the first street. Measures
 * the import time both ways, the events written per second, the events each subscriber and all of
 * them received per second, and the lag from an event's {@code at} (when it entered the outbox) to
 * its arrival, p50 and p99. The import alone runs twice (the first warms the JVM up), each on a
 * fresh store; the subscribed one third. Writes target/bench/event-delivery.txt.
 */
@Tag("bench")
class EventDeliveryBenchmark {

	static final Path ROOT = Path.of("target/bench");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SUBSCRIPTION = """
			subscription($scopeId: ID) { changeEvents(scopeId: $scopeId) { seq key at } }""";

	/** What one subscriber (or the webhook) received: a count, its lags, and the first and last arrival. */
	static final class Received {

		final AtomicLong count = new AtomicLong();

		final ConcurrentLinkedQueue<Long> lags = new ConcurrentLinkedQueue<>();

		final AtomicLong first = new AtomicLong(Long.MAX_VALUE);

		final AtomicLong last = new AtomicLong();

		final AtomicReference<Throwable> error = new AtomicReference<>();

		void add(String at) {
			long now = System.currentTimeMillis();
			this.lags.add(now - OffsetDateTime.parse(at).toInstant().toEpochMilli());
			this.first.accumulateAndGet(now, Math::min);
			this.last.accumulateAndGet(now, Math::max);
			this.count.incrementAndGet();
		}

	}

	@Test
	void eventsOfALargeImportToAHundredSubscribers() throws Exception {
		long rows = Long.getLong("bench.deliveryRows", 200_000);
		int subscribers = Integer.getInteger("bench.subscribers", 100);
		Path folder = ROOT.resolve("delivery-" + rows);
		// Generated districts hold about 1.83 rows per vertex (ImportEventsBenchmark).
		DistrictGenerator.Summary district = DistrictGenerator.generate(folder, (int) (rows / 1.83), 3);
		Path skeleton = skeleton(folder, ROOT.resolve("delivery-skeleton-" + rows));
		List<String> report = new ArrayList<>();
		report.add(String.format(Locale.ROOT,
				"data set: %,d rows (%,d streets, %,d units, %,d people, %,d posts, %,d links); %d subscribers",
				district.rows(), district.streets(), district.units(), district.people(), district.posts(),
				district.links(), subscribers));
		report.add("load before: " + uptime());

		double alone = 0;
		long eventsAlone = 0;

		// twice, each on a fresh store: the first warms the JVM up (the subscribed run comes third)
		for (int round = 1; round <= 2; round++) {
			try (ConfigurableApplicationContext app = start("alone")) {
				LocalOperator.call(() -> app.getBean(DataSetImporter.class).importDataSet(skeleton, false));
				long skeletonEvents = count(app.getBean(Driver.class), null, EventType.values(), 0);
				long t0 = System.nanoTime();
				LocalOperator.call(() -> app.getBean(DataSetImporter.class).importDataSet(folder, false));
				alone = (System.nanoTime() - t0) / 1e9;
				eventsAlone = count(app.getBean(Driver.class), null, EventType.values(), 0) - skeletonEvents;
			}
			report.add(String.format(Locale.ROOT, "import alone (%s): %.1f s, %,d events, %,.0f events written/s",
					round == 1 ? "cold JVM" : "warm", alone, eventsAlone, eventsAlone / alone));
		}

		HttpServer receiver = receiver();
		try (ConfigurableApplicationContext app = start("subscribed")) {
			// the streets subscribed to and the webhook's scope exist before: both are checked
			LocalOperator.call(() -> app.getBean(DataSetImporter.class).importDataSet(skeleton, false));
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Driver driver = app.getBean(Driver.class);
			long before = count(driver, null, EventType.values(), 0) == 0 ? 0 : lastSeq(driver);
			Received hook = new Received();
			receiver.createContext("/hook", exchange -> {
				try (InputStream in = exchange.getRequestBody()) {
					JsonNode body = JSON.readTree(in.readAllBytes());
					hook.add(body.get("at").asString());
				}
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			GovGraphHttp admin = GovGraphHttp.as(port, TestAccounts.ADMIN);
			String registered = admin.graphQl("""
					mutation($url: String!) {
					  registerWebhook(url: $url, scopeId: "g.s0", secret: "a secret for the benchmark", role: PLANNER) { id }
					}""", Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")).body();
			assertThat(registered).doesNotContain("\"errors\"");

			List<WebSocketGraphQlClient> clients = new ArrayList<>();
			List<Disposable> subscriptions = new ArrayList<>();
			List<Received> received = new ArrayList<>();
			List<String> scopes = new ArrayList<>();
			for (int i = 0; i < subscribers; i++) {
				WebSocketGraphQlClient client = WebSocketGraphQlClient
					.builder(URI.create("ws://127.0.0.1:" + port + "/graphql-ws"), new StandardWebSocketClient())
					.header("Authorization", TestAccounts.basic(TestAccounts.PLANNER))
					.build();
				clients.add(client);
				Received r = new Received();
				received.add(r);
				String scope = "g.s" + (i % district.streets());
				scopes.add(scope);
				subscriptions.add(client.document(SUBSCRIPTION)
					.variable("scopeId", scope)
					.executeSubscription()
					.subscribe(response -> {
						if (!response.getErrors().isEmpty()) {
							r.error.compareAndSet(null, new IllegalStateException(response.getErrors().toString()));
							return;
						}
						r.add(response.field("changeEvents.at").toEntity(String.class));
					}, ex -> r.error.compareAndSet(null, ex)));
			}
			// the handshakes and subscriptions settle before the import
			Thread.sleep(5000);
			assertThat(received).allMatch(r -> r.error.get() == null);

			long t0 = System.nanoTime();
			long started = System.currentTimeMillis();
			LocalOperator.call(() -> app.getBean(DataSetImporter.class).importDataSet(folder, false));
			double subscribed = (System.nanoTime() - t0) / 1e9;
			long imported = System.currentTimeMillis();
			long events = count(driver, null, EventType.values(), before);
			EventType[] planner = EventType.readableWith(Role.effective(java.util.Set.of(Role.PLANNER)))
				.toArray(EventType[]::new);
			Map<String, Long> expected = new HashMap<>();
			for (String scope : new java.util.TreeSet<>(scopes)) {
				expected.put(scope, count(driver, scope, planner, before));
			}
			long hookExpected = expected.get("g.s0");
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.getLong("bench.deliveryWait", 900));
			while (System.nanoTime() < deadline && !(allIn(received, scopes, expected) && hook.count.get() >= hookExpected)) {
				Thread.sleep(200);
			}
			subscriptions.forEach(Disposable::dispose);
			clients.forEach(c -> c.stop().block(Duration.ofSeconds(10)));

			long total = received.stream().mapToLong(r -> r.count.get()).sum();
			long expectedTotal = scopes.stream().mapToLong(expected::get).sum();
			long lastArrival = received.stream().mapToLong(r -> r.last.get()).max().orElse(imported);
			double seconds = (lastArrival - started) / 1000.0;
			long[] lags = received.stream().flatMap(r -> r.lags.stream()).mapToLong(Long::longValue).sorted().toArray();
			double[] perSubscriber = received.stream()
				.filter(r -> r.count.get() > 1)
				.mapToDouble(r -> r.count.get() * 1000.0 / Math.max(1, r.last.get() - r.first.get()))
				.sorted()
				.toArray();
			report.add(String.format(Locale.ROOT,
					"import with %d subscribers and a webhook: %.1f s (%.2f x alone), %,d events, %,.0f events written/s",
					subscribers, subscribed, subscribed / alone, events, events / subscribed));
			report.add(String.format(Locale.ROOT,
					"delivered to subscribers: %,d of %,d expected (per subscriber %,d to %,d events), last %.1f s after"
							+ " the import began, %.1f s after it returned",
					total, expectedTotal, scopes.stream().mapToLong(expected::get).min().orElse(0),
					scopes.stream().mapToLong(expected::get).max().orElse(0), seconds, (lastArrival - imported) / 1000.0));
			report.add(String.format(Locale.ROOT,
					"delivered per second: %,.0f in total (over the import and its delivery); per subscriber while its"
							+ " events came: median %,.0f, min %,.0f, max %,.0f",
					total / seconds, percentile(perSubscriber, 50), percentile(perSubscriber, 0),
					percentile(perSubscriber, 100)));
			report.add(String.format(Locale.ROOT, "subscriber lag (at -> received): p50 %d ms, p99 %d ms, max %d ms",
					percentile(lags, 50), percentile(lags, 99), lags.length == 0 ? 0 : lags[lags.length - 1]));
			long[] hookLags = hook.lags.stream().mapToLong(Long::longValue).sorted().toArray();
			report.add(String.format(Locale.ROOT,
					"webhook (street g.s0): %,d of %,d delivered, %,.0f/s, lag p50 %d ms, p99 %d ms", hook.count.get(),
					hookExpected, hook.count.get() * 1000.0 / Math.max(1, hook.last.get() - hook.first.get()),
					percentile(hookLags, 50), percentile(hookLags, 99)));
			report.add("load after: " + uptime());
			report.forEach(System.out::println);
			Files.createDirectories(ROOT);
			Files.write(ROOT.resolve("event-delivery.txt"), report, StandardCharsets.UTF_8);
			assertThat(received).allMatch(r -> r.error.get() == null);
			assertThat(total).isEqualTo(expectedTotal);
			assertThat(hook.count.get()).isEqualTo(hookExpected);
		}
		finally {
			receiver.stop(0);
		}
	}

	/**
	 * The district's districts and streets alone (the other files only their headers): imported
	 * before the district in both runs, so that subscriptions and the webhook can name a street.
	 */
	private static Path skeleton(Path district, Path folder) throws IOException {
		FileSystemUtils.deleteRecursively(folder);
		Files.createDirectories(folder);
		try (var files = Files.list(district)) {
			for (Path file : files.toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				List<String> kept = new ArrayList<>(List.of(lines.get(0)));
				if (file.getFileName().toString().equals("units.csv")) {
					lines.stream().filter(l -> l.matches("g\\.[ds]\\d+,.*")).forEach(kept::add);
				}
				Files.write(folder.resolve(file.getFileName()), kept, StandardCharsets.UTF_8);
			}
		}
		return folder;
	}

	private static boolean allIn(List<Received> received, List<String> scopes, Map<String, Long> expected) {
		for (int i = 0; i < received.size(); i++) {
			if (received.get(i).count.get() < expected.get(scopes.get(i)) || received.get(i).error.get() != null) {
				return false;
			}
		}
		return true;
	}

	/** The application on a fresh store of its own, with the test accounts, on a free port. */
	private static ConfigurableApplicationContext start(String name) {
		Path store = ROOT.resolve("delivery-store-" + name);
		FileSystemUtils.deleteRecursively(store.toFile());
		// command-line arguments: they outrank application.properties (default properties would not)
		Map<String, Object> properties = new java.util.LinkedHashMap<>();
		properties.put("server.port", "0");
		properties.put("govgraph.embedded.path", store.toString());
		properties.put("govgraph.embedded.bolt-port", "0");
		properties.put("govgraph.embedded.page-cache", "1g");
		properties.put("govgraph.sample", "false");
		properties.put("govgraph.import.batch-size", "10000");
		properties.put("govgraph.security.allow-plaintext-passwords", "true");
		properties.put("govgraph.delivery.webhooks.idle-check", "500ms");
		String[][] users = { { "planner", "PLANNER" }, { "admin", "PLANNER,AUDITOR,EDITOR,ADMIN" } };
		for (int i = 0; i < users.length; i++) {
			properties.put("govgraph.users[" + i + "].name", users[i][0]);
			properties.put("govgraph.users[" + i + "].password", "{noop}" + users[i][0] + "-pw");
			properties.put("govgraph.users[" + i + "].roles", users[i][1]);
		}
		return new SpringApplicationBuilder(GovGraphApplication.class)
			.run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	private static long count(Driver driver, String scope, EventType[] types, long after) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("scope", scope);
		parameters.put("types", Arrays.stream(types).map(Enum::name).toList());
		parameters.put("after", after);
		return driver.executableQuery("""
				MATCH (e:ChangeEvent) WHERE e.seq > $after AND e.type IN $types AND ($scope IS NULL OR $scope IN e.scope)
				RETURN count(e) AS n""").withParameters(parameters).execute().records().get(0).get("n").asLong();
	}

	private static long lastSeq(Driver driver) {
		return driver.executableQuery("MATCH (e:ChangeEvent) RETURN max(e.seq) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private static HttpServer receiver() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newFixedThreadPool(2));
		server.start();
		return server;
	}

	private static long percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - (p == 0 ? 0 : 1))];
	}

	private static double percentile(double[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1))];
	}

	private static String uptime() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

}
