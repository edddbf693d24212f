package io.govgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.govgraph.IntegrationTest;
import io.govgraph.export.ExportFiles;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export FILE --format=…}: the graph export on the command line, beside the data set export. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExportCommandTests {

	private static final String GEXF = "http://gexf.net/1.3";

	@Autowired
	ExportCommand command;

	@Autowired
	DataSetImporter store;

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void importTestData() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/explorer"), false);
	}

	private int run(String... args) {
		return this.command.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void writesAScopeWithItsHistoryAsGexf() throws Exception {
		Path file = this.dir.resolve("out/ex.gexf");
		assertThat(run("export", file.toString(), "--format=gexf", "--scope=ex", "--asOf=2019-06-01", "--history"))
			.isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("Exported 10 vertices, 11 edges (2019-06-01, with history) as gexf to " + file);
		var doc = ExportFiles.xml(Files.readString(file));
		assertThat(ExportFiles.elements(doc, GEXF, "node")).hasSize(10);
		assertThat(ExportFiles.elements(doc, GEXF, "edge")).hasSize(11);
	}

	@Test
	void writesANeighbourhoodAsCytoscapeJson() throws Exception {
		Path file = this.dir.resolve("n.json");
		assertThat(run("export", file.toString(), "--format=cytoscape", "--ids=ex.s.c", "--depth=2",
				"--asOf=2026-07-01"))
			.isZero();
		assertThat(Files.readString(file)).contains("\"id\" : \"ex.pc2\"").contains("\"parent\" : \"ex.s\"");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Exported 8 vertices, 7 edges (2026-07-01)");
	}

	@Test
	void showsItsProgressWhileReadingAndWriting(CapturedOutput output) {
		for (String format : java.util.List.of("gexf", "graphml", "cytoscape")) {
			Path file = this.dir.resolve("p." + format);
			assertThat(run("export", file.toString(), "--format=" + format, "--scope=ex", "--asOf=2019-06-01",
					"--history"))
				.isZero();
			// 10 vertices and 11 edges: every one counted once, whatever the format.
			assertThat(output.getOut()).contains("export p." + format + ": writing: 21 / 21 elements (100.0%)")
				.containsPattern("export p\\." + format + ": reading: \\d+ rows");
		}
	}

	@Test
	void anUnknownScopeFailsWithExitOne() {
		assertThat(run("export", this.dir.resolve("x.graphml").toString(), "--format=graphml", "--scope=no.such"))
			.isEqualTo(1);
		assertThat(this.err.toString(StandardCharsets.UTF_8).strip())
			.isEqualTo("export failed: scopeId: no unit with id \"no.such\"");
	}

	@Test
	void onlyAnExportWithAFormatIsAGraphExport() {
		assertThat(ExportCommand.applies(new String[] { "export", "f", "--format=gexf" })).isTrue();
		assertThat(ExportCommand.applies(new String[] { "export", "folder" })).isFalse();
		assertThat(ExportCommand.applies(new String[] { "import", "f", "--format=gexf" })).isFalse();
	}

	@Test
	void usageProblemsAreFoundBeforeAnythingStarts() {
		assertThat(ExportCommand.usageProblem(new String[] { "export", "f", "--format=gexf", "--scope=a",
				"--asOf=2020-01-01", "--history", "--govgraph.sample=false" }))
			.isNull();
		assertThat(ExportCommand.usageProblem(new String[] { "export", "f", "--format=dot" }))
			.isEqualTo("format: unknown export format \"dot\" (one of cytoscape, graphml, gexf)");
		assertThat(ExportCommand.usageProblem(new String[] { "export", "f", "--format=gexf", "--scope=a", "--ids=b" }))
			.isEqualTo("give --scope or --ids, not both");
		assertThat(ExportCommand.usageProblem(new String[] { "export", "f", "--format=gexf", "--depth=two" }))
			.isEqualTo("--depth: \"two\" is not a whole number");
		assertThat(ExportCommand.usageProblem(new String[] { "export", "f", "--format=gexf", "--asOf=2020-13-01" }))
			.isEqualTo("--asOf: \"2020-13-01\" is not a date YYYY-MM-DD");
		assertThat(ExportCommand.usageProblem(new String[] { "export", "f", "--format=gexf", "--replace" }))
			.isEqualTo("unknown option --replace");
		assertThat(ExportCommand.usageProblem(new String[] { "export", "--format=gexf" }))
			.isEqualTo("export takes exactly one FILE");
	}

}
