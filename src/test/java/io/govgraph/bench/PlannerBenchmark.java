package io.govgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.web.AsOf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's questions (the example operations, on a generated district's ids) driven over
 * HTTP by {@value #CLIENTS} concurrent clients against a generated district of about
 * {@value #VERTICES} vertices, then the same questions in its own dialect through the Neo4j
 * GraphQL Library ({@link Neo4jGraphQlPeer}, on Node, a worker per core) against the same
 * embedded store over Bolt, with the same clients and mix, after checking that both sides answer
 * alike. Runs only with
 * {@code -Pbench}; prints throughput, p50/p99 and the ratio and writes them to
 * target/bench/planner.txt.
 */
@IntegrationTest
class PlannerBenchmark {

	static final int CLIENTS = 32;

	static final int VERTICES = 50_000;

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 15));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 60));

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	AsOf asOf;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ObjectMapper json = JsonMapper.builder().build();

	private static final String BASIC = "Basic " + Base64.getEncoder()
		.encodeToString((System.getProperty("govgraph.bench.user", TestAccounts.PLANNER) + ":"
				+ System.getProperty("govgraph.bench.password", TestAccounts.PLANNER + "-pw"))
			.getBytes(StandardCharsets.UTF_8));

	/** One question of the mix: a name, its GraphQL text, and the same question in the peer's dialect. */
	record Operation(String name, String query, String peer) {
	}

	static List<Operation> mix(PeerMix peer, String street, String community, String compound, String lawFirm,
			String person) {
		return List.of(new Operation("communitiesWithLegalAdvisor", """
				{ units(where: {within: "%s", type: {eq: "COMMUNITY_COMMITTEE"},
				    links: {some: {type: {eq: "PAIRED_WITH"}, direction: IN, other: {type: {eq: "LAW_FIRM"}}}}}, first: 50) {
				  totalCount edges { node { id name links(type: "PAIRED_WITH", direction: IN) { other { name } } } } } }
				""".formatted(street), peer.communitiesWithLegalAdvisor(street)),
				new Operation("peopleOnOwnersAndCommunityCommittees", """
						{ people(where: {AND: [{posts: {some: {unit: {within: "%1$s", type: {eq: "OWNERS_COMMITTEE"}}}}},
						    {posts: {some: {unit: {within: "%1$s", type: {eq: "COMMUNITY_COMMITTEE"}}}}}]}, first: 20) {
						  totalCount edges { node { id name partyMember posts { role unit { name type } } } } } }
						""".formatted(street), peer.peopleOnOwnersAndCommunityCommittees(street)),
				new Operation("streetAtAGlance", """
						{ unit(id: "%1$s") { name subtreeCounts { byType { type count } peopleWithPosts posts } }
						  postsAggregate(where: {unit: {within: "%1$s"}}) { count people byRole { role count } } }
						""".formatted(street), peer.streetAtAGlance(street)),
				new Operation("compoundsWithoutOwnersCommittee", """
						{ units(where: {within: "%s", type: {eq: "COMPOUND"}, children: {none: {type: {eq: "OWNERS_COMMITTEE"}}}}, first: 50) {
						  totalCount edges { node { id name links(type: "SERVES") { other { name } } } } } }
						""".formatted(street), peer.compoundsWithoutOwnersCommittee(street)),
				new Operation("changesInAYear", """
						{ changes(scopeId: "%s", from: "2020-01-01", to: "2020-12-31", first: 50) {
						  totalCount edges { node { date event edge { kind type role } } } } }
						""".formatted(community), peer.changesInAYear(community)),
				new Operation("lawFirmToStreet", """
						{ paths(fromId: "%s", toId: "%s", maxLength: 6) { length vertices { id name } edges { kind type } } }
						""".formatted(lawFirm, street), peer.lawFirmToStreet(lawFirm, street)),
				new Operation("aroundACompound", """
						{ neighborhood(ids: ["%s"], depth: 2, limit: 300) { truncated vertices { id kind type name hiddenNeighbors } edges { id kind type } } }
						""".formatted(compound), peer.aroundACompound(compound)),
				new Operation("personProfile", """
						{ person(id: "%s") { name partyMember posts { role title unit { name type parent { name } } } } }
						""".formatted(person), peer.personProfile(person)));
	}

	/**
	 * What must agree between GovGraph's answer and the peer's to an operation (before anything is
	 * timed), or null where the two answers have different shapes (changes: events vs. dated
	 * relationships; neighbourhood: a bounded subgraph vs. a nested tree).
	 */
	static Object agreed(String operation, JsonNode data, boolean peer) {
		return switch (operation) {
			case "communitiesWithLegalAdvisor", "compoundsWithoutOwnersCommittee" ->
				page(data.get(peer ? "unitsConnection" : "units"));
			case "peopleOnOwnersAndCommunityCommittees" -> page(data.get(peer ? "peopleConnection" : "people"));
			case "streetAtAGlance" -> {
				Map<String, Long> counts = new TreeMap<>();
				if (peer) {
					PeerMix.STREET_TYPES.forEach(t -> counts.put(t[0].toString(),
							data.get(t[0].toString().toLowerCase(Locale.ROOT)).get("totalCount").asLong()));
					counts.put("peopleWithPosts", data.get("peopleWithPosts").get("totalCount").asLong());
				}
				else {
					data.get("unit").get("subtreeCounts").get("byType")
						.forEach(t -> counts.put(t.get("type").asString(), t.get("count").asLong()));
					counts.put("peopleWithPosts", data.get("unit").get("subtreeCounts").get("peopleWithPosts").asLong());
				}
				yield counts;
			}
			case "lawFirmToStreet" -> {
				List<List<String>> paths = new ArrayList<>();
				data.get("paths").forEach(p -> paths.add(p.get("vertices").valueStream().map(v -> v.get("id").asString()).toList()));
				yield paths;
			}
			case "personProfile" -> {
				List<String> posts = new ArrayList<>();
				JsonNode list = peer ? data.get("people").get(0).get("postsConnection").get("edges") : data.get("person").get("posts");
				list.forEach(p -> posts.add((peer ? p.get("properties") : p).get("role").asString() + "@"
						+ (peer ? p.get("node") : p.get("unit")).get("name").asString()));
				yield posts.stream().sorted().toList();
			}
			default -> null;
		};
	}

	/** The total count and the ids of a connection's page. */
	private static List<Object> page(JsonNode connection) {
		return List.of(connection.get("totalCount").asLong(),
				connection.get("edges").valueStream().map(e -> e.get("node").get("id").asString()).toList());
	}

	@Test
	void thirtyTwoClientsAskThePlannersQuestions() throws Exception {
		Path folder = Path.of("target/bench/district-" + VERTICES);
		DistrictGenerator.Summary summary = DistrictGenerator.generate(folder, VERTICES, 20260401L);
		long started = System.nanoTime();
		this.store.importDataSet(folder, false);
		System.out.printf("Imported %d vertices (%d rows) in %d ms%n", summary.vertices(), summary.rows(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		URI ours = URI.create("http://127.0.0.1:" + this.port + "/graphql");
		PeerMix peerMix = new PeerMix(this.asOf.orToday(null));

		List<List<Operation>> mixes = new ArrayList<>();
		for (int s = 0; s < 8; s++) {
			String street = first("units(where: {type: {eq: \\\"STREET_COMMITTEE\\\"}, id: {startsWith: \\\"g.\\\"}}, first: 1)", s);
			mixes.add(mix(peerMix, street, child(street, "COMMUNITY_COMMITTEE"), grandchild(street, "COMPOUND"),
					first("units(where: {type: {eq: \\\"LAW_FIRM\\\"}, id: {startsWith: \\\"g.\\\"}}, first: 1)", s % 4),
					first("people(where: {id: {startsWith: \\\"g.p\\\"}, posts: {some: {unit: {within: \\\"" + street
							+ "\\\"}}}}, first: 1)", 0)));
		}
		for (List<Operation> m : mixes) {
			for (Operation op : m) {
				String body = post(ours, op.query());
				assertThat(body).as(op.name()).doesNotContain("\"errors\"").contains("\"data\"");
			}
		}

		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "district: %d vertices (%d units, %d people), %d rows; %d clients, %d s each side",
				summary.vertices(), summary.units(), summary.people(), summary.rows(), CLIENTS, MEASURE.toSeconds()));
		Result govgraph = measure(ours, mixes, false);
		lines.addAll(govgraph.lines("GovGraph", mixes.get(0)));

		Optional<Neo4jGraphQlPeer> peerProcess = Neo4jGraphQlPeer.start(this.embedded.boltUri(), this.embedded.password());
		if (peerProcess.isPresent()) {
			try (Neo4jGraphQlPeer peer = peerProcess.get()) {
				int compared = 0;
				for (List<Operation> m : mixes) {
					for (Operation op : m) {
						String body = post(peer.endpoint(), op.peer());
						assertThat(body).as("peer " + op.name()).doesNotContain("\"errors\"").contains("\"data\"");
						Object theirs = agreed(op.name(), this.json.readTree(body).get("data"), true);
						if (theirs != null) {
							Object mine = agreed(op.name(), this.json.readTree(post(ours, op.query())).get("data"), false);
							assertThat(theirs).as("both sides answer " + op.name() + " alike").isEqualTo(mine);
							compared++;
						}
					}
				}
				lines.add("answers compared before timing: " + compared + " (same counts, ids, paths and posts)");
				Result theirs = measure(peer.endpoint(), mixes, true);
				lines.addAll(theirs.lines("@neo4j/graphql " + PEER_VERSION, mixes.get(0)));
				lines.add(String.format(Locale.ROOT, "ratio GovGraph / @neo4j/graphql: throughput %.2fx; p50 %.0f vs %.0f ms; p99 %.0f vs %.0f ms",
						govgraph.throughput() / theirs.throughput(), govgraph.pct(50), theirs.pct(50), govgraph.pct(99),
						theirs.pct(99)));
			}
		}
		else {
			lines.add("@neo4j/graphql peer skipped (node/npm missing)");
		}
		lines.forEach(System.out::println);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/planner.txt"), lines, StandardCharsets.UTF_8);
		assertThat(govgraph.requests()).isPositive();
	}

	/** The peer's version, as package.json pins it. */
	static final String PEER_VERSION = "7.6.3";

	/** What one side did in the measured window: requests and (operation, microseconds) samples. */
	record Result(long requests, List<long[]> samples) {

		double throughput() {
			return this.requests / (double) MEASURE.toSeconds();
		}

		double pct(int p) {
			return PlannerBenchmark.pct(this.samples.stream().map(s -> s[1]).sorted().toList(), p);
		}

		List<String> lines(String side, List<Operation> names) {
			List<String> lines = new ArrayList<>();
			lines.add(String.format(Locale.ROOT, "%s: %.1f requests/s, p50 %.1f ms, p99 %.1f ms (%d requests)", side,
					throughput(), pct(50), pct(99), this.requests));
			for (int i = 0; i < names.size(); i++) {
				final int op = i;
				List<Long> one = this.samples.stream().filter(s -> s[0] == op).map(s -> s[1]).sorted().toList();
				lines.add(String.format(Locale.ROOT, "  %-38s p50 %7.1f ms  p99 %7.1f ms  (%d)", names.get(i).name(),
						PlannerBenchmark.pct(one, 50), PlannerBenchmark.pct(one, 99), one.size()));
			}
			return lines;
		}

	}

	/** Warms one side up, then measures it with {@value #CLIENTS} clients. */
	private Result measure(URI endpoint, List<List<Operation>> mixes, boolean peer) throws InterruptedException {
		run(endpoint, mixes, peer, WARM_UP, null);
		ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
		long requests = run(endpoint, mixes, peer, MEASURE, samples);
		return new Result(requests, List.copyOf(samples));
	}

	/** Runs the clients for the duration; each takes the operations in turn over the mixes. */
	private long run(URI endpoint, List<List<Operation>> mixes, boolean peer, Duration duration,
			ConcurrentLinkedQueue<long[]> samples) throws InterruptedException {
		AtomicLong count = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		for (int c = 0; c < CLIENTS; c++) {
			final int client = c;
			new Thread(() -> {
				try {
					int i = client;
					while (System.nanoTime() < end) {
						List<Operation> mix = mixes.get((i / mixes.get(0).size()) % mixes.size());
						int op = i % mix.size();
						long t0 = System.nanoTime();
						Operation operation = mix.get(op);
						String body = post(endpoint, peer ? operation.peer() : operation.query());
						long micros = (System.nanoTime() - t0) / 1000;
						if (body.contains("\"errors\"")) {
							failures.incrementAndGet();
						}
						count.incrementAndGet();
						if (samples != null) {
							samples.add(new long[] { op, micros });
						}
						i++;
					}
				}
				catch (Exception ex) {
					failures.incrementAndGet();
				}
				finally {
					done.countDown();
				}
			}, "bench-client-" + c).start();
		}
		done.await();
		assertThat(failures.get()).as("failed requests").isZero();
		return count.get();
	}

	private static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1000.0;
	}

	private String post(URI endpoint, String query) {
		return send(endpoint, "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}");
	}

	/** The n-th id a listing query answers (queries written with escaped quotes, for the JSON body). */
	private String first(String listing, int n) {
		String field = listing.substring(0, listing.indexOf('('));
		String raw = "{ \"query\": \"{ " + listing.replace("first: 1", "first: " + (n + 1)) + " { edges { node { id } } } }\" }";
		String body = send(URI.create("http://127.0.0.1:" + this.port + "/graphql"), raw);
		List<String> ids = new ArrayList<>();
		int at = 0;
		while ((at = body.indexOf("\"id\":\"", at)) >= 0) {
			at += 6;
			ids.add(body.substring(at, body.indexOf('"', at)));
		}
		assertThat(ids).as(field + " " + body).hasSizeGreaterThan(n);
		return ids.get(n);
	}

	private String child(String parent, String type) {
		return first("units(where: {parent: {id: {eq: \\\"" + parent + "\\\"}}, type: {eq: \\\"" + type + "\\\"}}, first: 1)", 0);
	}

	private String grandchild(String top, String type) {
		return first("units(where: {within: \\\"" + top + "\\\", type: {eq: \\\"" + type + "\\\"}}, first: 1)", 0);
	}

	/**
	 * Every request of the benchmark, to either side, is built here: JSON, and HTTP Basic with
	 * {@code govgraph.bench.user}/{@code govgraph.bench.password} (default: the test planner
	 * account, as the planners who ask these questions; the peer ignores it).
	 */
	private String send(URI endpoint, String json) {
		try {
			return this.http.send(HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.header("Authorization", BASIC)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
