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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner's questions (the example operations, on a generated district's ids) driven over
 * HTTP by {@value #CLIENTS} concurrent clients against a generated district of about
 * {@value #VERTICES} vertices. Runs only with {@code -Pbench}; prints throughput and p50/p99 and
 * writes them to target/bench/planner.txt.
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
	DataSetStore store;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** One question of the mix: a name and its GraphQL text. */
	record Operation(String name, String query) {
	}

	static List<Operation> mix(String street, String community, String compound, String lawFirm, String person) {
		return List.of(new Operation("communitiesWithLegalAdvisor", """
				{ units(where: {within: "%s", type: {eq: "COMMUNITY_COMMITTEE"},
				    links: {some: {type: {eq: "PAIRED_WITH"}, direction: IN, other: {type: {eq: "LAW_FIRM"}}}}}, first: 50) {
				  totalCount edges { node { id name links(type: "PAIRED_WITH", direction: IN) { other { name } } } } } }
				""".formatted(street)), new Operation("peopleOnOwnersAndCommunityCommittees", """
				{ people(where: {AND: [{posts: {some: {unit: {within: "%1$s", type: {eq: "OWNERS_COMMITTEE"}}}}},
				    {posts: {some: {unit: {within: "%1$s", type: {eq: "COMMUNITY_COMMITTEE"}}}}}]}, first: 20) {
				  totalCount edges { node { id name partyMember posts { role unit { name type } } } } } }
				""".formatted(street)), new Operation("streetAtAGlance", """
				{ unit(id: "%1$s") { name subtreeCounts { byType { type count } peopleWithPosts posts } }
				  postsAggregate(where: {unit: {within: "%1$s"}}) { count people byRole { role count } } }
				""".formatted(street)), new Operation("compoundsWithoutOwnersCommittee", """
				{ units(where: {within: "%s", type: {eq: "COMPOUND"}, children: {none: {type: {eq: "OWNERS_COMMITTEE"}}}}, first: 50) {
				  totalCount edges { node { id name links(type: "SERVES") { other { name } } } } } }
				""".formatted(street)), new Operation("changesInAYear", """
				{ changes(scopeId: "%s", from: "2020-01-01", to: "2020-12-31", first: 50) {
				  totalCount edges { node { date event edge { kind type role } } } } }
				""".formatted(community)), new Operation("lawFirmToStreet", """
				{ paths(fromId: "%s", toId: "%s", maxLength: 6) { length vertices { id name } edges { kind type } } }
				""".formatted(lawFirm, street)), new Operation("aroundACompound", """
				{ neighborhood(ids: ["%s"], depth: 2, limit: 300) { truncated vertices { id kind type name hiddenNeighbors } edges { id kind type } } }
				""".formatted(compound)), new Operation("personProfile", """
				{ person(id: "%s") { name partyMember posts { role title unit { name type parent { name } } } } }
				""".formatted(person)));
	}

	@Test
	void thirtyTwoClientsAskThePlannersQuestions() throws Exception {
		Path folder = Path.of("target/bench/district-" + VERTICES);
		DistrictGenerator.Summary summary = DistrictGenerator.generate(folder, VERTICES, 20260401L);
		long started = System.nanoTime();
		this.store.importDataSet(folder, false);
		System.out.printf("Imported %d vertices (%d rows) in %d ms%n", summary.vertices(), summary.rows(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());

		List<List<Operation>> mixes = new ArrayList<>();
		for (int s = 0; s < 8; s++) {
			String street = first("units(where: {type: {eq: \\\"STREET_COMMITTEE\\\"}, id: {startsWith: \\\"g.\\\"}}, first: 1)", s);
			mixes.add(mix(street, child(street, "COMMUNITY_COMMITTEE"), grandchild(street, "COMPOUND"),
					first("units(where: {type: {eq: \\\"LAW_FIRM\\\"}, id: {startsWith: \\\"g.\\\"}}, first: 1)", s % 4),
					first("people(where: {id: {startsWith: \\\"g.p\\\"}, posts: {some: {unit: {within: \\\"" + street
							+ "\\\"}}}}, first: 1)", 0)));
		}
		for (List<Operation> m : mixes) {
			for (Operation op : m) {
				String body = post(op.query());
				assertThat(body).as(op.name()).doesNotContain("\"errors\"").contains("\"data\"");
			}
		}

		run(mixes, WARM_UP, null);
		ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
		long requests = run(mixes, MEASURE, samples);

		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "district: %d vertices (%d units, %d people), %d rows; %d clients, %d s",
				summary.vertices(), summary.units(), summary.people(), summary.rows(), CLIENTS, MEASURE.toSeconds()));
		List<Long> all = samples.stream().map(s -> s[1]).sorted().toList();
		lines.add(String.format(Locale.ROOT, "all: %.1f requests/s, p50 %.1f ms, p99 %.1f ms (%d requests)",
				requests / (double) MEASURE.toSeconds(), pct(all, 50), pct(all, 99), requests));
		List<Operation> names = mixes.get(0);
		for (int i = 0; i < names.size(); i++) {
			final int op = i;
			List<Long> one = samples.stream().filter(s -> s[0] == op).map(s -> s[1]).sorted().toList();
			lines.add(String.format(Locale.ROOT, "  %-38s p50 %7.1f ms  p99 %7.1f ms  (%d)", names.get(i).name(),
					pct(one, 50), pct(one, 99), one.size()));
		}
		lines.forEach(System.out::println);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/planner.txt"), lines, StandardCharsets.UTF_8);
		assertThat(requests).isPositive();
	}

	/** Runs the clients for the duration; each takes the operations in turn over the mixes. */
	private long run(List<List<Operation>> mixes, Duration duration, ConcurrentLinkedQueue<long[]> samples)
			throws InterruptedException {
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
						String body = post(mix.get(op).query());
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

	private String post(String query) {
		return send("{\"query\": \"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}");
	}

	/** The n-th id a listing query answers (queries written with escaped quotes, for the JSON body). */
	private String first(String listing, int n) {
		String field = listing.substring(0, listing.indexOf('('));
		String raw = "{ \"query\": \"{ " + listing.replace("first: 1", "first: " + (n + 1)) + " { edges { node { id } } } }\" }";
		String body = send(raw);
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

	private String send(String json) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
