package io.govgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import io.govgraph.IntegrationTest;
import io.govgraph.analysis.Interlocks;
import io.govgraph.analysis.LinkActivities;
import io.govgraph.analysis.LinkActivityBench;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis benchmark of issue 17 (profile {@code -Pbench}, never in {@code verify}): on a
 * generated district of {@code bench.vertices} (500,000) vertices with the v1.1 files, in each of
 * the variants of {@code bench.variants} (the generator's ordinary district and its dense one),
 * {@code paperLinks} and {@code interlocks(minWeight 2, first 100)} for the whole store and for a
 * street, through the service: the first call after the import (cold) and the median of
 * {@code bench.runs} (5) more (warm); then the street's once through GraphQL (the whole store's
 * {@code interlocks} is refused there by {@code govgraph.graphql.max-complexity}, and
 * {@code paperLinks} has no whole-store form). The paper links found must
 * be those computed from the files. Results in target/bench/v11-analysis.txt. The GraphQL time-out
 * is raised so that a slow answer is measured rather than cut (the default is 30 s).
 */
@Tag("bench")
@IntegrationTest
@org.springframework.context.annotation.Import(LinkActivityBench.class)
@TestPropertySource(properties = "govgraph.graphql.timeout=5m")
class V11AnalysisBenchmark {

	static final LocalDate AS_OF = DistrictGenerator.V11_AS_OF;

	@Autowired
	DataSetImporter store;

	@Autowired
	LinkActivities activities;

	@Autowired
	LinkActivityBench wholeStore;

	@Autowired
	Interlocks interlocks;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void paperLinksAndInterlocks() throws Exception {
		int vertices = Integer.getInteger("bench.vertices", 500_000);
		int runs = Integer.getInteger("bench.runs", 5);
		List<String> report = new ArrayList<>();
		report.add("| district | step | answer | cold s | warm p50 s | GraphQL s |");
		report.add("|---|---|---|---|---|---|");
		GraphQlTester client = this.graphQl.mutate().responseTimeout(Duration.ofMinutes(5)).build();
		for (String variant : System.getProperty("bench.variants", "sparse,dense").split(",")) {
			boolean dense = variant.equals("dense");
			Path folder = Path.of("target/bench/v11-district-" + variant + "-" + vertices);
			DistrictGenerator.Summary generated = DistrictGenerator.generate(folder, vertices, 1, dense, true);
			Map<String, Long> expectedPaper = DistrictGeneratorTests.paperLinks(folder, AS_OF);
			// Emptied in committed batches first (as CentralityBenchmark does).
			try (var session = this.driver.session()) {
				session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
			}
			long t0 = System.nanoTime();
			this.store.importDataSet(folder, false);
			double importSeconds = (System.nanoTime() - t0) / 1e9;
			String district = String.format(Locale.ROOT, "%s, %,d vertices", variant, generated.vertices());
			report.add(String.format(Locale.ROOT, "| %s | import %,d rows (%.0f%% v1.1) | | %.1f | | |", district,
					generated.rows(), 100.0 * generated.v11Rows() / generated.rows(), importSeconds));
			String street = "g.s" + generated.streets() / 2;
			report.add(timed(district, "paperLinks(whole store)", runs,
					() -> this.wholeStore.paperLinks(AS_OF).size(), null));
			report.add(timed(district, "paperLinks(" + street + ")", runs,
					() -> (int) this.activities.inScope(street, AS_OF).stream().filter(a -> !a.active()).count(),
					() -> client.document("query($s: ID!, $d: Date) { paperLinks(scopeId: $s, asOf: $d) { link { type from { id } to { id } since } active last { id } }  }")
						.variable("s", street)
						.variable("d", AS_OF.toString())
						.execute()
						.path("paperLinks")
						.entityList(Object.class)
						.get()
						.size()));
			report.add(timed(district, "interlocks(whole store, 2, 100)", runs,
					// GraphQL refuses it: priced at the whole graph's vertices, above govgraph.graphql.max-complexity
					() -> this.interlocks.interlocks(null, AS_OF, 2, 100).size(), null));
			report.add(timed(district, "interlocks(" + street + ", 2, 100)", runs,
					() -> this.interlocks.interlocks(street, AS_OF, 2, 100).size(),
					() -> interlocksOverGraphQl(client, street)));
			assertThat(this.wholeStore.paperLinks(AS_OF)).as("paper links as computed from the files")
				.hasSize((int) expectedPaper.values().stream().mapToLong(Long::longValue).sum());
			report.add(String.format(Locale.ROOT, "| %s | paper links expected from the files | %s | | | |", district,
					expectedPaper));
			report.forEach(System.out::println);
		}
		report.add("");
		report.add("heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, "
				+ Runtime.getRuntime().availableProcessors() + " cores, load average at the end "
				+ Files.readString(Path.of("/proc/loadavg")).trim());
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/v11-analysis.txt"), report, StandardCharsets.UTF_8);
		System.out.println(String.join("\n", report));
	}

	private static int interlocksOverGraphQl(GraphQlTester client, String scope) {
		return client
			.document("query($s: ID, $d: Date) { interlocks(scopeId: $s, asOf: $d, minWeight: 2, first: 100) "
					+ "{ a { id } b { id } weight people { id } } }")
			.variable("s", scope)
			.variable("d", AS_OF.toString())
			.execute()
			.path("interlocks")
			.entityList(Object.class)
			.get()
			.size();
	}

	/** A table row: the answer's size, the first call's time, the median of the next runs, one GraphQL call. */
	private static String timed(String district, String step, int runs, Supplier<Integer> call,
			Supplier<Integer> overGraphQl) {
		long t0 = System.nanoTime();
		int answer = call.get();
		double cold = (System.nanoTime() - t0) / 1e9;
		double[] warm = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			assertThat(call.get()).as(step).isEqualTo(answer);
			warm[i] = (System.nanoTime() - t) / 1e9;
		}
		Arrays.sort(warm);
		String graphQl = "";
		if (overGraphQl != null) {
			long t = System.nanoTime();
			assertThat(overGraphQl.get()).as(step + " over GraphQL").isEqualTo(answer);
			graphQl = String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t) / 1e9);
		}
		String row = String.format(Locale.ROOT, "| %s | %s | %,d | %.2f | %.2f | %s |", district, step, answer, cold,
				warm[runs / 2], graphQl);
		System.out.println(row);
		return row;
	}

}
