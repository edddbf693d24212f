package io.govgraph.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.bench.DistrictGenerator;
import io.govgraph.ingest.DataSetImporter;

/**
 * The audit benchmark of issue 4 (profile {@code -Pbench}, never in {@code verify}): a generated
 * district of {@code bench.auditSize} vertices (default 500,000) is imported, replacing the store,
 * then the whole audit is timed: a first run (every finding new), a second run (every finding found
 * again), one street's run, the roll-up, the cross-appointment list and both reports. Writes
 * target/bench/audit-report.md.
 */
@Tag("bench")
@IntegrationTest
class AuditBenchmark {

	@Autowired
	DataSetImporter store;

	@Autowired
	AuditService audit;

	@Autowired
	AuditReport report;

	@Autowired
	CrossAppointmentAudit crossAppointments;

	private final List<String> rows = new ArrayList<>();

	@Test
	void auditOfAGeneratedDistrict() throws Exception {
		int size = Integer.getInteger("bench.auditSize", 500_000);
		Path folder = Path.of("target/bench/district-" + size);
		DistrictGenerator.Summary generated = DistrictGenerator.generate(folder, size, 1);
		this.rows.add("| step | seconds | result |");
		this.rows.add("|---|---|---|");
		time("import " + generated.rows() + " rows (" + generated.vertices() + " vertices)",
				() -> this.store.importDataSet(folder, true).toString());
		LocalDate day = LocalDate.parse("2026-07-01");
		time("audit everywhere, first run", () -> summary(this.audit.run(null, day)));
		time("audit everywhere, second run", () -> summary(this.audit.run(null, day)));
		time("audit of one street (g.s0)", () -> summary(this.audit.run("g.s0", day)));
		time("roll-up everywhere", () -> this.crossAppointments.rollup(null, day).size() + " streets");
		time("cross-appointment list everywhere", () -> this.crossAppointments.list(null, day).size() + " entries");
		time("CSV report everywhere", () -> this.report.render(null, day, AuditReport.Format.CSV).length() + " chars");
		time("HTML report everywhere", () -> this.report.render(null, day, AuditReport.Format.HTML).length() + " chars");
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/audit-report.md"), this.rows);
		this.rows.forEach(System.out::println);
	}

	private static String summary(AuditService.AuditRun run) {
		return run.hits().size() + " findings (" + run.opened() + " opened, " + run.reopened() + " reopened, " + run.closed()
				+ " closed)";
	}

	private void time(String step, Callable<String> work) throws Exception {
		long t0 = System.nanoTime();
		String result = work.call();
		double seconds = (System.nanoTime() - t0) / 1e9;
		this.rows.add(String.format(Locale.ROOT, "| %s | %.1f | %s |", step, seconds, result.replace("|", "/")));
		System.out.println(this.rows.get(this.rows.size() - 1));
	}

}
