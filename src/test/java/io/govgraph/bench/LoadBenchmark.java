package io.govgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test of issue 8: {@value #CLIENTS} concurrent clients for {@code bench.seconds} (60 s)
 * against a generated district of {@value #VERTICES} vertices, over the GraphQL HTTP endpoint, each
 * asking the planner's questions (the example operations), the cross-appointment figures and a
 * small centrality in turn. Every answer must be free of errors. Prints throughput, p50/p99 and
 * the heap in use (after a GC) before and after, and writes them to target/bench/load.txt. The
 * heap is this JVM's: server and clients together.
 */
@IntegrationTest
@Tag("bench")
class LoadBenchmark {

	static final int CLIENTS = 50;

	static final int VERTICES = 50_000;

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 15));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 60));

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	private GovGraphHttp http;

	@Test
	void fiftyClientsForAMinuteWithoutAnError() throws Exception {
		// the many planners of the issue: the planner account (names masked, nothing logged)
		this.http = GovGraphHttp.as(this.port, TestAccounts.PLANNER);
		Path folder = Path.of("target/bench/district-" + VERTICES);
		DistrictGenerator.Summary district = DistrictGenerator.generate(folder, VERTICES, 20260401L);
		this.store.importDataSet(folder, false);
		List<List<PlannerBenchmark.Operation>> mixes = mixes();
		for (List<PlannerBenchmark.Operation> mix : mixes) {
			for (PlannerBenchmark.Operation op : mix) {
				assertThat(ask(op)).as(op.name()).doesNotContain("\"errors\"").contains("\"data\"");
			}
		}
		load(mixes, WARM_UP, new ConcurrentLinkedQueue<>());
		long heapBefore = heapAfterGc();
		ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
		long[] peak = new long[1];
		long errors = load(mixes, MEASURE, samples, peak);
		long heapAfter = heapAfterGc();

		long[] micros = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "district: %d vertices (%d units, %d people); %d clients, %d s",
				district.vertices(), district.units(), district.people(), CLIENTS, MEASURE.toSeconds()));
		lines.add(String.format(Locale.ROOT,
				"requests: %d, errors: %d, throughput %.1f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms", micros.length,
				errors, micros.length / (double) MEASURE.toSeconds(), percentile(micros, 50), percentile(micros, 99),
				micros.length == 0 ? Double.NaN : micros[micros.length - 1] / 1000.0));
		lines.add(String.format(Locale.ROOT, "heap used after GC: before %d MB, after %d MB; peak during the run %d MB",
				heapBefore >> 20, heapAfter >> 20, peak[0] >> 20));
		List<PlannerBenchmark.Operation> names = mixes.get(0);
		for (int i = 0; i < names.size(); i++) {
			final int op = i;
			long[] one = samples.stream().filter(s -> s[0] == op).mapToLong(s -> s[1]).sorted().toArray();
			lines.add(String.format(Locale.ROOT, "  %-38s p50 %7.1f ms  p99 %7.1f ms  (%d)", names.get(i).name(),
					percentile(one, 50), percentile(one, 99), one.length));
		}
		lines.forEach(System.out::println);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/load.txt"), lines, StandardCharsets.UTF_8);
		assertThat(errors).as("requests answered with an error").isZero();
		assertThat(micros).isNotEmpty();
		// Bounded: a minute of load leaves no more than a little garbage-proof growth behind.
		assertThat(heapAfter - heapBefore).as("heap growth over the run").isLessThan(256L << 20);
	}

	/** Eight mixes, one per generated street, of the planner's questions plus two of ours. */
	private List<List<PlannerBenchmark.Operation>> mixes() throws Exception {
		List<String> streets = ids("""
				{ units(where: {type: {eq: "STREET_COMMITTEE"}, id: {startsWith: "g."}}, first: 8) { edges { node { id } } } }""",
				Map.of());
		List<String> lawFirms = ids("""
				{ units(where: {type: {eq: "LAW_FIRM"}, id: {startsWith: "g."}}, first: 4) { edges { node { id } } } }""",
				Map.of());
		List<List<PlannerBenchmark.Operation>> mixes = new ArrayList<>();
		for (int s = 0; s < streets.size(); s++) {
			String street = streets.get(s);
			String community = ids("""
					query($s: String!) { units(where: {parent: {id: {eq: $s}}, type: {eq: "COMMUNITY_COMMITTEE"}}, first: 1) {
					  edges { node { id } } } }""", Map.of("s", street)).get(0);
			String compound = ids("""
					query($s: ID!) { units(where: {within: $s, type: {eq: "COMPOUND"}}, first: 1) { edges { node { id } } } }""",
					Map.of("s", street)).get(0);
			String person = ids("""
					query($s: ID!) { people(where: {id: {startsWith: "g.p"}, posts: {some: {unit: {within: $s}}}}, first: 1) {
					  edges { node { id } } } }""", Map.of("s", street)).get(0);
			List<PlannerBenchmark.Operation> mix = new ArrayList<>(
					PlannerBenchmark.mix(new PeerMix(LocalDate.now(ZoneId.of("Asia/Shanghai"))), street, community,
							compound, lawFirms.get(s % lawFirms.size()), person));
			mix.add(new PlannerBenchmark.Operation("crossAppointmentStats", """
					{ crossAppointmentStats(scopeId: "%s") { compounds withOwnersCommittee withCrossAppointment crossAppointedPeople } }
					""".formatted(street), null));
			mix.add(new PlannerBenchmark.Operation("communityDegree", """
					{ centrality(measure: DEGREE, scopeId: "%s", top: 5) { vertexCount scores { vertex { id } score } } }
					""".formatted(community), null));
			mixes.add(mix);
		}
		return mixes;
	}

	private long load(List<List<PlannerBenchmark.Operation>> mixes, Duration duration,
			ConcurrentLinkedQueue<long[]> samples) throws InterruptedException {
		return load(mixes, duration, samples, new long[1]);
	}

	/** Runs the clients; each takes the operations in turn, over the mixes. Returns the errors. */
	private long load(List<List<PlannerBenchmark.Operation>> mixes, Duration duration,
			ConcurrentLinkedQueue<long[]> samples, long[] peakHeap) throws InterruptedException {
		AtomicLong errors = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		CountDownLatch done = new CountDownLatch(CLIENTS);
		int perMix = mixes.get(0).size();
		for (int c = 0; c < CLIENTS; c++) {
			int client = c;
			new Thread(() -> {
				try {
					for (int i = client * 7; System.nanoTime() < end; i++) {
						int op = i % perMix;
						PlannerBenchmark.Operation operation = mixes.get((i / perMix) % mixes.size()).get(op);
						long started = System.nanoTime();
						String body = ask(operation);
						samples.add(new long[] { op, (System.nanoTime() - started) / 1000 });
						if (body.contains("\"errors\"") || !body.contains("\"data\"")) {
							errors.incrementAndGet();
							System.err.println(operation.name() + ": " + body);
						}
					}
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					ex.printStackTrace();
				}
				finally {
					done.countDown();
				}
			}, "load-client-" + c).start();
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		while (!done.await(500, TimeUnit.MILLISECONDS)) {
			peakHeap[0] = Math.max(peakHeap[0], memory.getHeapMemoryUsage().getUsed());
		}
		return errors.get();
	}

	private String ask(PlannerBenchmark.Operation operation) throws Exception {
		HttpResponse<String> response = this.http.graphQl(operation.query(), Map.of());
		return response.statusCode() == 200 ? response.body() : "HTTP " + response.statusCode() + " " + response.body();
	}

	@SuppressWarnings("unchecked")
	private List<String> ids(String query, Map<String, Object> variables) throws Exception {
		String body = this.http.graphQl(query, variables).body();
		assertThat(body).as(query).doesNotContain("\"errors\"");
		Map<String, Object> data = (Map<String, Object>) GovGraphHttp.json(body).get("data");
		Map<String, Object> connection = (Map<String, Object>) data.values().iterator().next();
		List<String> ids = ((List<Map<String, Object>>) connection.get("edges")).stream()
			.map(e -> (String) ((Map<String, Object>) e.get("node")).get("id"))
			.toList();
		assertThat(ids).as(query).isNotEmpty();
		return ids;
	}

	private static long heapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double percentile(long[] sortedMicros, int p) {
		if (sortedMicros.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
		return sortedMicros[Math.max(0, index)] / 1000.0;
	}

}
