package io.govgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import io.govgraph.IntegrationTest;
import io.govgraph.export.ExportFiles;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export}: the graph in a format, a data set folder (docs/spec/interfaces.md's {@code export PATH})
 * or a graph file for a visualization tool.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ExportCommandTests {

	private static final String GEXF = "http://gexf.net/1.3";

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSetImporter store;

	@TempDir
	Path dir;

	@BeforeEach
	void importTestData() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/explorer"), false);
	}

	private CommandRun run(String... args) {
		return CommandRun.in(this.context, args);
	}

	@Test
	void exportWritesTheFourFiles() throws Exception {
		Path target = this.dir.resolve("export");
		CommandRun run = run("export", target.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(Files.readAllLines(target.resolve("units.csv")).get(0))
			.isEqualTo("id,type,name,parent_id,aliases,sector,founded,dissolved,note,source");
		assertThat(Files.readAllLines(target.resolve("units.csv"))).hasSizeGreaterThan(840);
		assertThat(run.out()).startsWith("Exported ");
	}

	@Test
	void theDataSetIsAFormatLikeTheOthers() throws Exception {
		Path target = this.dir.resolve("export");
		CommandRun run = run("export", "--format", "dataset", "--out", target.toString());
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Exported ").endsWith(" links to " + target + System.lineSeparator());
		assertThat(Files.readAllLines(target.resolve("links.csv"))).hasSizeGreaterThan(1);
	}

	@Test
	void writesAScopeWithItsHistoryAsGexf() throws Exception {
		Path file = this.dir.resolve("out/ex.gexf");
		CommandRun run = run("export", "--format", "gexf", "--out", file.toString(), "--scope", "ex", "--as-of",
				"2019-06-01", "--history");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out().strip())
			.isEqualTo("Exported 10 vertices, 11 edges (2019-06-01, with history) as gexf to " + file);
		var doc = ExportFiles.xml(Files.readString(file));
		assertThat(ExportFiles.elements(doc, GEXF, "node")).hasSize(10);
		assertThat(ExportFiles.elements(doc, GEXF, "edge")).hasSize(11);
	}

	@Test
	void theSpellingsOfTheHandWrittenParserStillWork() throws Exception {
		Path file = this.dir.resolve("old.gexf");
		CommandRun run = run("export", file.toString(), "--format=gexf", "--scope=ex", "--asOf=2019-06-01", "--history");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out().strip())
			.isEqualTo("Exported 10 vertices, 11 edges (2019-06-01, with history) as gexf to " + file);
	}

	@Test
	void writesANeighbourhoodAsCytoscapeJson() throws Exception {
		Path file = this.dir.resolve("n.json");
		CommandRun run = run("export", file.toString(), "--format=cytoscape", "--ids=ex.s.c", "--depth=2",
				"--as-of=2026-07-01");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(Files.readString(file)).contains("\"id\" : \"ex.pc2\"").contains("\"parent\" : \"ex.s\"");
		assertThat(run.out()).startsWith("Exported 8 vertices, 7 edges (2026-07-01)");
	}

	@Test
	void showsItsProgressWhileReadingAndWriting(CapturedOutput output) {
		for (String format : List.of("gexf", "graphml", "cytoscape")) {
			Path file = this.dir.resolve("p." + format);
			assertThat(run("export", "--out", file.toString(), "--format", format, "--scope", "ex", "--as-of",
					"2019-06-01", "--history")
				.exit()).isZero();
			// 10 vertices and 11 edges: every one counted once, whatever the format.
			assertThat(output.getOut()).contains("export p." + format + ": writing: 21 / 21 elements (100.0%)")
				.containsPattern("export p\\." + format + ": reading: \\d+ rows");
		}
	}

	@Test
	void anUnknownScopeFailsWithExitOne() {
		CommandRun run = run("export", "--out", this.dir.resolve("x.graphml").toString(), "--format", "graphml",
				"--scope", "no.such");
		assertThat(run.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err().strip()).isEqualTo("export failed: scopeId: no unit with id \"no.such\"");
	}

}
