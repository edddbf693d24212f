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
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.security.ApiTokens;
import io.govgraph.store.EmbeddedNeo4j;
import io.govgraph.web.AsOf;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's questions (the example operations, on a generated district's ids) driven over
 * HTTP by {@value #CLIENTS} concurrent clients against a generated district of about
 * {@value #VERTICES} vertices, and the same questions asked of the Neo4j GraphQL Library
 * ({@link Neo4jGraphQlPeer}, on Node in production mode, a worker per core, its idiomatic best:
 * {@link PeerMix}) against the same embedded store over Bolt. Both sides sign in as a front-end
 * would: GovGraph with an API token of the planner account, the peer with a JWT its
 * {@code @authentication} checks; a request without them is refused on both. Before anything is
 * timed every question's answers are compared (normalised: the same counts, ids, paths, posts,
 * vertices and edges) and the benchmark fails on a difference. Each side then answers the whole
 * mix, untimed, for {@code bench.warmupAll} (60 s). Then each question type is timed alone
 * ({@code bench.typeSeconds}, GovGraph then the peer), then {@code { __typename }} (what a request
 * costs each side before it reads anything), then the whole mix
 * ({@code bench.seconds}); throughput, p50/p99 and the ratios per type and overall, with the load
 * average, go to target/bench/planner.txt. {@code -Dbench.only=a,b} keeps only those question
 * types; {@code -Dbench.levels=true} times GovGraph alone, level by level ({@link #levels}). Runs
 * only with {@code -Pbench}; the application as deployed (no statement counter).
 */
@IntegrationTest
@TestPropertySource(properties = "govgraph.test.count-statements=false")
class PlannerBenchmark {

	static final int CLIENTS = 32;

	static final int VERTICES = 50_000;

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 15));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 60));

	/**
	 * How long each side first answers the whole mix, untimed, before anything is timed: on two
	 * cores the JIT needs a minute or more before GovGraph's request path runs at its speed, and
	 * the types timed first would otherwise be timed on code still being compiled.
	 */
	static final Duration ALL_WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmupAll", 60));

	static final Duration TYPE_WARM_UP = Duration.ofSeconds(Long.getLong("bench.typeWarmup", 5));

	static final Duration TYPE_MEASURE = Duration.ofSeconds(Long.getLong("bench.typeSeconds", 15));

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	AsOf asOf;

	@Autowired
	ApiTokens tokens;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Autowired(required = false)
	StatementRecorder recorder;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ObjectMapper json = JsonMapper.builder().build();

	/** GovGraph's Authorization header: an API token of the planner account (set before any request). */
	private String ourAuthorization;

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
						{ changes(scopeId: "%s", from: "%s", to: "%s", first: 50) {
						  totalCount edges { node { date event edge { kind type role } } } } }
						""".formatted(community, PeerMix.FROM, PeerMix.TO), peer.changesInAYear(community)),
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

	/** What must agree between GovGraph's answer and the peer's to an operation, before anything is timed. */
	static Object agreed(String operation, JsonNode data, boolean peer) {
		return switch (operation) {
			case "communitiesWithLegalAdvisor" -> peer ? page(data, "unitsPairedFrom") : page(data.get("units"));
			case "compoundsWithoutOwnersCommittee" -> peer ? page(data, "unitsLacking") : page(data.get("units"));
			case "peopleOnOwnersAndCommunityCommittees" -> peer ? page(data, "peopleOnBoth") : page(data.get("people"));
			case "streetAtAGlance" -> {
				JsonNode subtree = (peer ? data.get("units").get(0) : data.get("unit")).get("subtreeCounts");
				JsonNode posts = data.get(peer ? "postCounts" : "postsAggregate");
				Map<String, Long> counts = new TreeMap<>();
				subtree.get("byType").forEach(t -> counts.put("type " + t.get("type").asString(), t.get("count").asLong()));
				counts.put("peopleWithPosts", subtree.get("peopleWithPosts").asLong());
				counts.put("subtree posts", subtree.get("posts").asLong());
				counts.put("posts", posts.get("count").asLong());
				counts.put("people", posts.get("people").asLong());
				posts.get("byRole").forEach(r -> counts.put("role " + r.get("role").asString(), r.get("count").asLong()));
				yield counts;
			}
			case "changesInAYear" -> {
				JsonNode changes = data.get("changes");
				List<String> events = new ArrayList<>();
				(peer ? changes.get("events").valueStream() : changes.get("edges").valueStream().map(e -> e.get("node")))
					.forEach(c -> {
						JsonNode edge = peer ? c : c.get("edge");
						events.add(c.get("date").asString() + " " + c.get("event").asString() + " "
								+ edge.get("type").asString() + " " + edge.path("role").asString(""));
					});
				yield List.of(changes.get("totalCount").asLong(), events);
			}
			case "lawFirmToStreet" -> {
				List<List<String>> paths = new ArrayList<>();
				data.get("paths").forEach(p -> paths.add(p.get("vertices").valueStream().map(v -> v.get("id").asString()).toList()));
				yield paths;
			}
			case "aroundACompound" -> {
				JsonNode graph = data.get("neighborhood");
				List<String> vertices = graph.get("vertices")
					.valueStream()
					.map(v -> v.get("id").asString() + " " + v.get("kind").asString() + " hidden "
							+ v.get("hiddenNeighbors").asLong())
					.sorted()
					.toList();
				List<String> edges = graph.get("edges")
					.valueStream()
					.map(e -> e.get("id").asString() + " " + e.get("kind").asString())
					.sorted()
					.toList();
				yield List.of(graph.get("truncated").asBoolean(), vertices, edges);
			}
			case "personProfile" -> {
				List<String> posts = new ArrayList<>();
				JsonNode list = peer ? data.get("people").get(0).get("postsConnection").get("edges") : data.get("person").get("posts");
				list.forEach(p -> posts.add((peer ? p.get("properties") : p).get("role").asString() + "@"
						+ (peer ? p.get("node") : p.get("unit")).get("name").asString()));
				yield posts.stream().sorted().toList();
			}
			default -> throw new IllegalArgumentException("no comparison for " + operation);
		};
	}

	/** The peer's count field and the sorted ids of its list field. */
	private static List<Object> page(JsonNode data, String field) {
		return List.of(data.get(field + "Count").asLong(),
				data.get(field).valueStream().map(n -> n.get("id").asString()).sorted().toList());
	}

	/** The total count and the sorted ids of a connection's page. */
	private static List<Object> page(JsonNode connection) {
		return List.of(connection.get("totalCount").asLong(),
				connection.get("edges").valueStream().map(e -> e.get("node").get("id").asString()).sorted().toList());
	}

	@Test
	void thirtyTwoClientsAskThePlannersQuestions() throws Exception {
		// Spring Security's test support lifts every Reactor operator assembled in this JVM while a
		// test method runs (to carry @WithMockUser's context); a deployed GovGraph has no such hook.
		reactor.core.publisher.Hooks
			.resetOnLastOperator(org.springframework.security.core.context.SecurityContext.class.getName());
		Path folder = Path.of("target/bench/district-" + VERTICES);
		DistrictGenerator.Summary summary = DistrictGenerator.generate(folder, VERTICES, 20260401L);
		long started = System.nanoTime();
		this.store.importDataSet(folder, false);
		System.out.printf("Imported %d vertices (%d rows) in %d ms%n", summary.vertices(), summary.rows(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		this.ourAuthorization = "Bearer " + this.tokens.issue(TestAccounts.PLANNER, "planner-benchmark", 1).secret();
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
		String onlyTypes = System.getProperty("bench.only");
		if (onlyTypes != null) {
			List<String> kept = List.of(onlyTypes.split(","));
			mixes.replaceAll(m -> m.stream().filter(op -> kept.contains(op.name())).toList());
		}
		List<Operation> names = mixes.get(0);
		assertThat(send(ours, body(names.get(0).query()), null).statusCode()).as("GovGraph without a token")
			.isEqualTo(401);

		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "district: %d vertices (%d units, %d people), %d rows; %d clients",
				summary.vertices(), summary.units(), summary.people(), summary.rows(), CLIENTS));
		lines.add("GovGraph signed in with an API token (Bearer ggt_…); the peer (NODE_ENV=production, "
				+ Neo4jGraphQlPeer.workers() + " workers) with a JWT checked by @authentication");
		lines.add("load average at the start: " + loadAverage());

		if (Boolean.getBoolean("bench.levels")) {
			levels(ours, mixes.get(0));
			return;
		}
		if (Boolean.getBoolean("bench.statements")) {
			statements(ours, mixes.get(0));
			return;
		}
		Optional<Neo4jGraphQlPeer> peerProcess = Neo4jGraphQlPeer.start(this.embedded.boltUri(), this.embedded.password());
		if (peerProcess.isEmpty()) {
			for (List<Operation> m : mixes) {
				for (Operation op : m) {
					assertThat(post(ours, op.query(), this.ourAuthorization)).as(op.name())
						.doesNotContain("\"errors\"")
						.contains("\"data\"");
				}
			}
			Result alone = measure(ours, null, mixes, false, WARM_UP, MEASURE);
			lines.addAll(alone.lines("GovGraph", names));
			lines.add("@neo4j/graphql peer skipped (node/npm missing)");
			write(lines);
			assertThat(alone.requests()).isPositive();
			return;
		}
		try (Neo4jGraphQlPeer peer = peerProcess.get()) {
			String theirAuthorization = peer.bearer(TestAccounts.PLANNER);
			int compared = 0;
			for (List<Operation> m : mixes) {
				for (Operation op : m) {
					String mine = post(ours, op.query(), this.ourAuthorization);
					assertThat(mine).as(op.name()).doesNotContain("\"errors\"").contains("\"data\"");
					String theirs = post(peer.endpoint(), op.peer(), theirAuthorization);
					assertThat(theirs).as("peer " + op.name()).doesNotContain("\"errors\"").contains("\"data\"");
					assertThat(agreed(op.name(), this.json.readTree(theirs).get("data"), true))
						.as("both sides answer " + op.name() + " alike")
						.isEqualTo(agreed(op.name(), this.json.readTree(mine).get("data"), false));
					compared++;
				}
			}
			for (Operation op : names) {
				assertThat(post(peer.endpoint(), op.peer(), null)).as("peer " + op.name() + " without a JWT")
					.contains("Unauthenticated")
					.doesNotContain("\"id\"");
			}
			lines.add("answers compared before timing: " + compared + " (" + names.size()
					+ " question types on 8 streets: the same counts, ids, paths, posts, vertices, hidden neighbours and edges)");

			run(ours, this.ourAuthorization, mixes, false, ALL_WARM_UP, null);
			run(peer.endpoint(), theirAuthorization, mixes, true, ALL_WARM_UP, null);

			lines.add("");
			lines.add(String.format(Locale.ROOT,
					"each question type alone, %d s a side after %d s of warm-up (each side first answered the whole mix for %d s):",
					TYPE_MEASURE.toSeconds(), TYPE_WARM_UP.toSeconds(), ALL_WARM_UP.toSeconds()));
			lines.add(String.format(Locale.ROOT, "  %-38s %12s %12s %7s   %-17s %-17s", "question", "GovGraph r/s",
					"peer r/s", "ratio", "p50 ms (G / peer)", "p99 ms (G / peer)"));
			for (int t = 0; t < names.size(); t++) {
				final int type = t;
				List<List<Operation>> only = mixes.stream().map(m -> List.of(m.get(type))).toList();
				Result mine = measure(ours, this.ourAuthorization, only, false, TYPE_WARM_UP, TYPE_MEASURE);
				Result theirs = measure(peer.endpoint(), theirAuthorization, only, true, TYPE_WARM_UP, TYPE_MEASURE);
				lines.add(String.format(Locale.ROOT, "  %-38s %12.1f %12.1f %6.2fx   %7.1f / %-7.1f %7.1f / %-7.1f",
						names.get(t).name(), mine.throughput(), theirs.throughput(), mine.throughput() / theirs.throughput(),
						mine.pct(50), theirs.pct(50), mine.pct(99), theirs.pct(99)));
				System.out.println(lines.get(lines.size() - 1));
			}
			// The floor: what a request costs each side before it reads anything (HTTP, GraphQL; for
			// GovGraph its token check too: the peer's library checks the JWT only in its own
			// resolvers, which __typename does not reach), so that each type's ratio can be read against it.
			Operation floor = new Operation("{ __typename } (reads nothing)", "{ __typename }", "{ __typename }");
			Result mineFloor = measure(ours, this.ourAuthorization, List.of(List.of(floor)), false, TYPE_WARM_UP, TYPE_MEASURE);
			Result theirFloor = measure(peer.endpoint(), theirAuthorization, List.of(List.of(floor)), true, TYPE_WARM_UP,
					TYPE_MEASURE);
			lines.add(String.format(Locale.ROOT, "  %-38s %12.1f %12.1f %6.2fx   %7.1f / %-7.1f %7.1f / %-7.1f",
					floor.name(), mineFloor.throughput(), theirFloor.throughput(),
					mineFloor.throughput() / theirFloor.throughput(), mineFloor.pct(50), theirFloor.pct(50),
					mineFloor.pct(99), theirFloor.pct(99)));
			System.out.println(lines.get(lines.size() - 1));

			lines.add("");
			lines.add(String.format(Locale.ROOT, "the mix (each client takes the %d questions in turn over 8 streets), %d s a side after %d s of warm-up:",
					names.size(), MEASURE.toSeconds(), WARM_UP.toSeconds()));
			Result mine = measure(ours, this.ourAuthorization, mixes, false, WARM_UP, MEASURE);
			lines.addAll(mine.lines("GovGraph", names));
			Result theirs = measure(peer.endpoint(), theirAuthorization, mixes, true, WARM_UP, MEASURE);
			lines.addAll(theirs.lines("@neo4j/graphql " + PEER_VERSION, names));
			lines.add(String.format(Locale.ROOT,
					"ratio GovGraph / @neo4j/graphql, the mix: throughput %.2fx; p50 %.1f vs %.1f ms; p99 %.1f vs %.1f ms",
					mine.throughput() / theirs.throughput(), mine.pct(50), theirs.pct(50), mine.pct(99), theirs.pct(99)));
			lines.add("load average at the end: " + loadAverage());
			write(lines);
			assertThat(mine.requests()).isPositive();
		}
	}

	/**
	 * What GovGraph alone spends on a request, and on each level of one ({@code -Dbench.levels=true},
	 * no peer): each question type of one street, then {@code __typename} (no level: the HTTP,
	 * security and GraphQL path), a person by id (one level), with their posts (two), with the
	 * posts' units (three), each timed alone; to target/bench/planner-levels.txt.
	 */
	private void levels(URI ours, List<Operation> questions) throws Exception {
		String person = first("people(where: {id: {startsWith: \\\"g.p\\\"}}, first: 1)", 0);
		List<Operation> probes = new ArrayList<>(questions);
		probes.add(new Operation("__typename", "{ __typename }", null));
		probes.add(new Operation("person", "{ person(id: \"%s\") { name } }".formatted(person), null));
		probes.add(new Operation("person.posts", "{ person(id: \"%s\") { name posts { role } } }".formatted(person), null));
		probes.add(new Operation("person.posts.unit",
				"{ person(id: \"%s\") { name posts { role unit { name } } } }".formatted(person), null));
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "GovGraph alone, %d clients, each request %d s after %d s of warm-up; load average at the start %s",
				CLIENTS, TYPE_MEASURE.toSeconds(), TYPE_WARM_UP.toSeconds(), loadAverage()));
		for (Operation op : probes) {
			assertThat(post(ours, op.query(), this.ourAuthorization)).as(op.name()).doesNotContain("\"errors\"");
			Result r = measure(ours, null, List.of(List.of(op)), false, TYPE_WARM_UP, TYPE_MEASURE);
			lines.add(String.format(Locale.ROOT, "  %-38s %8.1f requests/s  p50 %6.1f ms  p99 %6.1f ms", op.name(),
					r.throughput(), r.pct(50), r.pct(99)));
			System.out.println(lines.get(lines.size() - 1));
		}
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/planner-levels.txt"), lines, StandardCharsets.UTF_8);
	}

	/**
	 * Where a request's CPU goes ({@code -Dbench.statements=true}, GovGraph alone): each question type
	 * of one street timed alone with the process's CPU per request, then each statement it ran
	 * (recorded with its parameters), replayed by {@value #CLIENTS} threads in read transactions of
	 * its own, and all of them in one read transaction; to target/bench/planner-statements.txt.
	 * What the request costs beyond its statements is the HTTP, security, GraphQL and mapping side.
	 */
	private void statements(URI ours, List<Operation> questions) throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "GovGraph alone, %d clients, %d s each after %d s of warm-up; CPU of the whole process (2 cores); load average at the start %s",
				CLIENTS, TYPE_MEASURE.toSeconds(), TYPE_WARM_UP.toSeconds(), loadAverage()));
		// the first pass warms up (JIT, page cache, query plans); the last is reported
		for (int pass = 1; pass <= Integer.getInteger("bench.passes", 2); pass++) {
		lines.add("pass " + pass);
		for (Operation op : questions) {
			List<org.neo4j.driver.Query> statements = this.recorder.record(() -> post(ours, op.query(), this.ourAuthorization));
			long cpu = Rounds.processCpuNanos();
			Map<String, Long> threads = threadCpuNanos();
			Result r = measure(ours, null, List.of(List.of(op)), false, TYPE_WARM_UP, TYPE_MEASURE);
			double requests = r.requests() * (1 + TYPE_WARM_UP.toSeconds() / (double) TYPE_MEASURE.toSeconds());
			double perRequest = (Rounds.processCpuNanos() - cpu) / 1e6 / requests;
			lines.add(String.format(Locale.ROOT, "%s: %.1f requests/s, %.2f ms CPU a request, %d statements", op.name(),
					r.throughput(), perRequest, statements.size()));
			System.out.println(lines.get(lines.size() - 1));
			Map<String, Long> after = threadCpuNanos();
			StringBuilder split = new StringBuilder("    by thread (ms a request):");
			double javaThreads = 0;
			for (Map.Entry<String, Long> e : after.entrySet()) {
				double ms = (e.getValue() - threads.getOrDefault(e.getKey(), 0L)) / 1e6 / requests;
				javaThreads += ms;
				if (ms >= 0.05) {
					split.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), ms));
				}
			}
			split.append(String.format(Locale.ROOT, " not a Java thread (GC, JIT, VM) %.2f", perRequest - javaThreads));
			lines.add(split.toString());
			System.out.println(split);
			for (org.neo4j.driver.Query q : statements) {
				double[] m = replay(List.of(q));
				lines.add(String.format(Locale.ROOT, "    %8.1f/s %6.2f ms CPU  %s", m[0], m[1],
						q.text().replaceAll("\\s+", " ").substring(0, Math.min(110, q.text().replaceAll("\\s+", " ").length()))));
				System.out.println(lines.get(lines.size() - 1));
			}
			double[] all = replay(statements);
			lines.add(String.format(Locale.ROOT, "    %8.1f/s %6.2f ms CPU  all %d in one read transaction", all[0], all[1],
					statements.size()));
			System.out.println(lines.get(lines.size() - 1));
		}
		}
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/planner-statements.txt"), lines, StandardCharsets.UTF_8);
	}

	/** Runs the statements in one read transaction, over and over on {@value #CLIENTS} threads: per second, and CPU ms each time. */
	private double[] replay(List<org.neo4j.driver.Query> statements) throws InterruptedException {
		org.neo4j.driver.SessionConfig read = org.neo4j.driver.SessionConfig.builder()
			.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
			.build();
		double[] result = new double[2];
		for (Duration window : List.of(Duration.ofSeconds(2), Duration.ofSeconds(Math.max(3, TYPE_MEASURE.toSeconds() / 2)))) {
			AtomicLong count = new AtomicLong();
			long cpu = Rounds.processCpuNanos();
			long started = System.nanoTime();
			long end = started + window.toNanos();
			CountDownLatch done = new CountDownLatch(CLIENTS);
			for (int c = 0; c < CLIENTS; c++) {
				new Thread(() -> {
					try {
						while (System.nanoTime() < end) {
							try (org.neo4j.driver.Session session = this.driver.session(read);
									org.neo4j.driver.Transaction tx = session.beginTransaction()) {
								statements.forEach(q -> tx.run(q).list());
								tx.rollback();
							}
							count.incrementAndGet();
						}
					}
					finally {
						done.countDown();
					}
				}).start();
			}
			done.await();
			result[0] = count.get() / ((System.nanoTime() - started) / 1e9);
			result[1] = (Rounds.processCpuNanos() - cpu) / 1e6 / count.get();
		}
		return result;
	}

	/** CPU time of the benchmark's client threads that have ended. */
	private static final AtomicLong CLIENT_CPU = new AtomicLong();

	/** CPU time of the live Java threads (and of the ended client threads, as bench-client), summed by name with digits dropped (a pool's threads together). */
	private static Map<String, Long> threadCpuNanos() {
		java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
		Map<String, Long> sums = new TreeMap<>();
		sums.put("bench-client", CLIENT_CPU.get());
		for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
			if (info != null) {
				long t = mx.getThreadCpuTime(info.getThreadId());
				if (t > 0) {
					sums.merge(info.getThreadName().replaceAll("\\[.*", "").replaceAll("[0-9]+", "N").strip(), t, Long::sum);
				}
			}
		}
		return sums;
	}

	/** Records statements, for {@code -Dbench.statements=true} only (a proxy around every session and transaction). */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@org.springframework.context.annotation.Bean
		@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "bench.statements", havingValue = "true")
		static StatementRecorder statementRecorder() {
			return new StatementRecorder();
		}

	}

	private static void write(List<String> lines) throws java.io.IOException {
		lines.forEach(System.out::println);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/planner.txt"), lines, StandardCharsets.UTF_8);
	}

	/** The 1, 5 and 15 minute load averages (Linux), or why not. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " / " + fields[1] + " / " + fields[2] + " (1 / 5 / 15 min, 2 cores)";
		}
		catch (java.io.IOException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	/** The peer's version, as package.json pins it. */
	static final String PEER_VERSION = "7.6.3";

	/** What one side did in a measured window: requests and (operation, microseconds) samples. */
	record Result(long requests, List<long[]> samples, Duration window) {

		double throughput() {
			return this.requests / (double) this.window.toSeconds();
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
	private Result measure(URI endpoint, String authorization, List<List<Operation>> mixes, boolean peer,
			Duration warmUp, Duration window) throws InterruptedException {
		String signIn = authorization == null ? this.ourAuthorization : authorization;
		run(endpoint, signIn, mixes, peer, warmUp, null);
		ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
		long requests = run(endpoint, signIn, mixes, peer, window, samples);
		return new Result(requests, List.copyOf(samples), window);
	}

	/** Runs the clients for the duration; each takes the operations in turn over the mixes. */
	private long run(URI endpoint, String authorization, List<List<Operation>> mixes, boolean peer, Duration duration,
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
						String body = post(endpoint, peer ? operation.peer() : operation.query(), authorization);
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
					CLIENT_CPU.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
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

	private String post(URI endpoint, String query, String authorization) {
		return send(endpoint, body(query), authorization).body();
	}

	private static String body(String query) {
		return "{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
	}

	/** The n-th id a listing query answers (queries written with escaped quotes, for the JSON body). */
	private String first(String listing, int n) {
		String field = listing.substring(0, listing.indexOf('('));
		String raw = "{ \"query\": \"{ " + listing.replace("first: 1", "first: " + (n + 1)) + " { edges { node { id } } } }\" }";
		String body = send(URI.create("http://127.0.0.1:" + this.port + "/graphql"), raw, this.ourAuthorization).body();
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
	 * Every request of the benchmark, to either side, is built here: JSON, with the side's
	 * {@code Authorization} header (none when null).
	 */
	private HttpResponse<String> send(URI endpoint, String json, String authorization) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
