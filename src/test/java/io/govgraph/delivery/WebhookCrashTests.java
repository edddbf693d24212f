package io.govgraph.delivery;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import io.govgraph.GovGraphApplication;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.store.EmbeddedNeo4jProperties;
import io.govgraph.store.SchemaMigrations;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A server killed with SIGKILL ({@code kill -9}, {@link ProcessHandle#destroyForcibly()}) between
 * the writes and their delivery loses no event: the server (a JVM of its own) has a webhook to a
 * real receiver here, which acknowledges the first events with 200 and then holds the next request
 * open; edits over HTTP meanwhile pile events up in the outbox; the server is killed while that
 * request is open, and started again on the same store with the receiver answering 200.
 * <p>
 * "Once per key", precisely: every event written before the kill reaches the receiver after the
 * restart with its key, and a key the receiver acknowledged with a 2xx is never sent again (each key
 * is acknowledged exactly once). The only key sent twice is the one whose request was open at the
 * kill: it was never acknowledged, and it comes again with the same {@code Idempotency-Key}.
 */
class WebhookCrashTests {

	static final Path DATA_SET = Path.of("src/test/resources/datasets/delivery");

	/** Events acknowledged before the receiver starts holding. */
	static final int ACKNOWLEDGED = 5;

	/** Edits (each one POST_STARTED event) made before the kill. */
	static final int EDITS = 24;

	static final Pattern PORT = Pattern.compile("started on port (\\d+)");

	@TempDir
	Path dir;

	@Test
	void eventsWrittenBeforeAKillAreDeliveredAfterTheRestartAndNoAcknowledgedKeyAgain() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		assumeTrue(Files.isExecutable(java), "no java launcher at " + java + " to run the server in");
		assumeTrue(Files.isDirectory(DATA_SET), "no test data set at " + DATA_SET);
		Path store = this.dir.resolve("store");
		storeWithTheTestUnits(store);
		try (HookReceiver receiver = new HookReceiver(ACKNOWLEDGED)) {
			Server first = Server.start(java, store);
			List<String> written;
			long registeredAt;
			try {
				GovGraphHttp http = GovGraphHttp.as(first.port(), TestAccounts.ADMIN);
				Map<String, Object> webhook = data(http, """
						mutation($url: String!) {
						  registerWebhook(url: $url, secret: "s3cret-for-the-crash-test", role: AUDITOR) { id status cursor }
						}""", Map.of("url", receiver.url()));
				registeredAt = ((Number) field(webhook, "registerWebhook", "cursor")).longValue();
				for (int i = 1; i <= EDITS; i++) {
					Map<String, Object> created = data(http, """
							mutation($since: String!, $person: ID!) {
							  createPost(input: { personId: $person, unitId: "dl.c", role: "MEMBER", since: $since })
							  { errors { message } }
							}""", Map.of("since", String.format(Locale.ROOT, "2023-01-%02d", i), "person",
							i % 2 == 0 ? "dl.p1" : "dl.p2"));
					assertThat((List<?>) field(created, "createPost", "errors")).as("edit %d", i).isEmpty();
				}
				written = keysAfter(http, registeredAt);
				assertThat(written).as("one event per edit").hasSize(EDITS);
				assertThat(receiver.holding.await(60, TimeUnit.SECONDS)).as("a delivery held open by the receiver")
					.isTrue();
			}
			finally {
				first.kill();
			}
			List<String> beforeKill = receiver.acknowledgedKeys();
			String open = receiver.heldKey;
			assertThat(beforeKill).as("acknowledged before the kill, in order").hasSize(ACKNOWLEDGED)
				.containsExactlyElementsOf(written.subList(0, ACKNOWLEDGED));
			assertThat(open).as("the request open at the kill").isEqualTo(written.get(ACKNOWLEDGED));

			receiver.answerEverything();
			Server second = Server.start(java, store);
			try {
				long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
				while (!receiver.acknowledgedKeys().containsAll(written) && System.nanoTime() < until) {
					Thread.sleep(200);
				}
				// anything acknowledged twice would come by now: the worker has had time for a next round
				Thread.sleep(1500);
				GovGraphHttp http = GovGraphHttp.as(second.port(), TestAccounts.ADMIN);
				Map<String, Object> webhooks = data(http, "{ webhooks { status cursor delivered failingSeq } }", Map.of());
				@SuppressWarnings("unchecked")
				Map<String, Object> state = ((List<Map<String, Object>>) field(webhooks, "webhooks")).get(0);
				assertThat(state.get("status")).isEqualTo("ACTIVE");
				assertThat(state.get("failingSeq")).isNull();
				assertThat(((Number) state.get("delivered")).intValue()).isEqualTo(EDITS);
			}
			finally {
				second.kill();
			}

			List<HookReceiver.Received> all = receiver.received;
			// every event written before the kill arrived, with its key
			assertThat(receiver.acknowledgedKeys()).as("acknowledged keys, in sequence order")
				.containsExactlyElementsOf(written);
			// a key acknowledged with 2xx is never sent again
			for (int i = 0; i < all.size(); i++) {
				HookReceiver.Received r = all.get(i);
				if (r.status() / 100 == 2) {
					assertThat(all.subList(i + 1, all.size())).as("sent again after its acknowledgement: %s", r.key())
						.noneMatch(later -> later.key().equals(r.key()));
				}
			}
			// the one key sent twice is the one open at the kill, never acknowledged then
			Map<String, Integer> sent = new LinkedHashMap<>();
			all.forEach(r -> sent.merge(r.key(), 1, Integer::sum));
			sent.forEach((key, times) -> assertThat(times).as("sent %s", key).isEqualTo(key.equals(open) ? 2 : 1));
			HookReceiver.Received firstOpen = all.stream().filter(r -> r.key().equals(open)).findFirst().orElseThrow();
			assertThat(firstOpen.status()).as("the request open at the kill was never answered 2xx").isNotEqualTo(200);
		}
	}

	/** The test units in a fresh store, imported as the application imports a data set. */
	private static void storeWithTheTestUnits(Path path) {
		CypherQueries cypher = new CypherQueries();
		EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(path, 0, "64m"));
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
			new SchemaMigrations(driver, cypher).afterPropertiesSet();
			new DataSetImporter(driver, cypher, 100).importDataSet(DATA_SET, false);
		}
		finally {
			neo4j.close();
		}
	}

	/** The keys of the outbox's events after {@code seq}, in sequence order. */
	@SuppressWarnings("unchecked")
	private static List<String> keysAfter(GovGraphHttp http, long seq) throws Exception {
		Map<String, Object> data = data(http, "{ changeEvents(first: 500) { edges { node { seq key } } } }", Map.of());
		List<String> keys = new ArrayList<>();
		for (Map<String, Object> edge : (List<Map<String, Object>>) field(data, "changeEvents", "edges")) {
			Map<String, Object> node = (Map<String, Object>) edge.get("node");
			if (((Number) node.get("seq")).longValue() > seq) {
				keys.add((String) node.get("key"));
			}
		}
		return keys;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> data(GovGraphHttp http, String document, Map<String, Object> variables)
			throws Exception {
		HttpResponse<String> response = http.graphQl(document, variables);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> body = GovGraphHttp.json(response.body());
		assertThat(body).as(response.body()).doesNotContainKey("errors");
		return (Map<String, Object>) body.get("data");
	}

	@SuppressWarnings("unchecked")
	private static Object field(Map<String, Object> data, String... path) {
		Object at = data;
		for (String name : path) {
			at = ((Map<String, Object>) at).get(name);
		}
		return at;
	}

	/** The server in a JVM of its own, on this test's class path, with its output kept. */
	private record Server(Process process, int port, List<String> output) {

		static Server start(Path java, Path store) throws Exception {
			List<String> cmd = new ArrayList<>();
			cmd.add(java.toString());
			ManagementFactory.getRuntimeMXBean()
				.getInputArguments()
				.stream()
				.filter(a -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty"))
				.forEach(cmd::add);
			cmd.addAll(List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
					GovGraphApplication.class.getName(), "--server.port=0", "--govgraph.embedded.path=" + store,
					"--govgraph.embedded.bolt-port=0", "--govgraph.embedded.page-cache=64m", "--govgraph.sample=false",
					"--govgraph.security.allow-plaintext-passwords=true", "--govgraph.users[0].name=admin",
					"--govgraph.users[0].password={noop}admin-pw",
					"--govgraph.users[0].roles=PLANNER,AUDITOR,EDITOR,ADMIN",
					"--govgraph.delivery.webhooks.idle-check=300ms", "--govgraph.delivery.webhooks.initial-backoff=300ms",
					"--govgraph.delivery.webhooks.max-backoff=1s", "--govgraph.delivery.webhooks.read-timeout=60s"));
			Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
			List<String> output = new CopyOnWriteArrayList<>();
			CountDownLatch started = new CountDownLatch(1);
			AtomicInteger port = new AtomicInteger();
			Thread reader = new Thread(() -> {
				try (BufferedReader in = new BufferedReader(
						new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
					String line;
					while ((line = in.readLine()) != null) {
						output.add(line);
						Matcher m = PORT.matcher(line);
						if (m.find()) {
							port.set(Integer.parseInt(m.group(1)));
						}
						if (line.contains("Started " + GovGraphApplication.class.getSimpleName())) {
							started.countDown();
						}
					}
				}
				catch (IOException ex) {
					// the process was killed: its output ends here
				}
				started.countDown();
			}, "server-output");
			reader.setDaemon(true);
			reader.start();
			boolean up = started.await(3, TimeUnit.MINUTES);
			Server server = new Server(process, port.get(), output);
			if (!up || !process.isAlive() || port.get() == 0) {
				server.kill();
				throw new AssertionError("the server did not start:\n" + String.join("\n", output));
			}
			return server;
		}

		/** SIGKILL: no shutdown hook, no orderly stop of the delivery or the store. */
		void kill() throws InterruptedException {
			this.process.toHandle().destroyForcibly();
			assertThat(this.process.waitFor(60, TimeUnit.SECONDS)).as("killed").isTrue();
			assertThat(this.process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
		}

	}

	/** This JVM's class path, each entry once. */
	private static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * The webhook's receiver: answers 200 to the first requests, then holds the next one open until
	 * told to answer everything (that one then gets 503, its sender long dead), then answers 200.
	 * Keeps every request's key and the status it answered, in the order answered.
	 */
	private static final class HookReceiver implements AutoCloseable {

		/** One request and the status the receiver answered it with (0: none could be sent). */
		record Received(String key, int status) {
		}

		private final HttpServer server;

		final List<Received> received = new CopyOnWriteArrayList<>();

		final CountDownLatch holding = new CountDownLatch(1);

		private final CountDownLatch answer = new CountDownLatch(1);

		private final AtomicInteger requests = new AtomicInteger();

		volatile String heldKey;

		HookReceiver(int acknowledgeFirst) throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			this.server.setExecutor(Executors.newCachedThreadPool());
			this.server.createContext("/hook", exchange -> {
				try (InputStream in = exchange.getRequestBody()) {
					in.readAllBytes();
				}
				String key = exchange.getRequestHeaders().getFirst(WebhookDelivery.IDEMPOTENCY_KEY);
				int status = 200;
				if (this.requests.incrementAndGet() > acknowledgeFirst && this.answer.getCount() > 0) {
					this.heldKey = key;
					this.holding.countDown();
					try {
						this.answer.await(5, TimeUnit.MINUTES);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					status = 503;
				}
				try {
					exchange.sendResponseHeaders(status, -1);
					exchange.close();
				}
				catch (IOException ex) {
					status = 0;
				}
				this.received.add(new Received(key, status));
			});
			this.server.start();
		}

		String url() {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hook";
		}

		/** The keys answered 2xx, in the order answered. */
		List<String> acknowledgedKeys() {
			return this.received.stream().filter(r -> r.status() / 100 == 2).map(Received::key).toList();
		}

		void answerEverything() {
			this.answer.countDown();
		}

		@Override
		public void close() {
			this.answer.countDown();
			this.server.stop(0);
		}

	}

}
