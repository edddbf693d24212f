package io.govgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.export.DataSetExporter;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSets;
import io.govgraph.model.DataSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of interfaces.md: {@code import PATH [--replace]}, {@code export PATH}, exit codes. */
@IntegrationTest
class DataSetCommandTests {

	@Autowired
	DataSetCommand command;

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return this.command.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void importPrintsASummaryAndExitsZero() {
		assertThat(run("import", DataSets.TINY.toString(), "--govgraph.embedded.bolt-port=0")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Imported " + DataSets.TINY)
			.contains("units: ")
			.contains("links: ");
	}

	@Test
	void aRejectedImportPrintsEveryProblemAndExitsOne() throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY",
				"p1,c,BOSS");
		assertThat(run("import", bad.toString())).isEqualTo(DataSetCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("posts.csv:2: role: unknown role \"BOSS\"")
			.contains("nothing was imported");
	}

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@Test
	void verifyChecksAgainstTheStoreAndWritesNothing() throws IOException {
		this.importer.importDataSet(DataSets.TINY, false);
		DataSet before = this.exporter.read();
		Path changed = DataSets.copyWith(DataSets.TINY, this.dir.resolve("changed"), "units.csv",
				"su,STATIONED_UNIT,派出所,,,police", "su2,STATIONED_UNIT,派出所,,,police");
		assertThat(run("import", changed.toString(), "--verify")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Verified " + changed)
			.contains("8 units (1 new, 7 in the store)")
			.contains("nothing was written");
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void verifyPrintsEveryProblemAndExitsOne() throws IOException {
		DataSet before = this.exporter.read();
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY,书记,2018-01-01",
				"p1,c,BOSS,书记,2018-99-01");
		assertThat(run("import", bad.toString(), "--verify")).isEqualTo(DataSetCommand.FAILED);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("posts.csv:2: role: unknown role \"BOSS\"")
			.contains("posts.csv:2: since: bad date \"2018-99-01\"")
			.contains("2 problem(s)")
			.contains("an import would be rejected (nothing was written)");
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void exportWritesTheFourFiles() throws IOException {
		Path target = this.dir.resolve("export");
		assertThat(run("export", target.toString())).isZero();
		assertThat(Files.readAllLines(target.resolve("units.csv")).get(0))
			.isEqualTo("id,type,name,parent_id,aliases,sector,founded,dissolved,note,source");
		assertThat(Files.readAllLines(target.resolve("units.csv"))).hasSizeGreaterThan(840);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).startsWith("Exported ");
	}

	@Test
	void usageProblemsAreFoundBeforeAnythingStarts() {
		assertThat(DataSetCommand.commandName(new String[] { "--server.port=0" })).isNull();
		assertThat(DataSetCommand.commandName(new String[] { "--x=1", "import", "p" })).isEqualTo("import");
		assertThat(DataSetCommand.usageProblem(new String[] { "import", "a", "--replace" })).isNull();
		assertThat(DataSetCommand.usageProblem(new String[] { "import", "a", "--verify" })).isNull();
		assertThat(DataSetCommand.usageProblem(new String[] { "export", "a", "--verify" }))
			.isEqualTo("unknown option --verify");
		assertThat(DataSetCommand.usageProblem(new String[] { "export", "a", "--govgraph.sample=false" })).isNull();
		assertThat(DataSetCommand.usageProblem(new String[] { "import" })).isEqualTo("import takes exactly one PATH");
		assertThat(DataSetCommand.usageProblem(new String[] { "export", "a", "--replace" }))
			.isEqualTo("unknown option --replace");
		assertThat(DataSetCommand.usageProblem(new String[] { "load", "a" })).isEqualTo("unknown command \"load\"");
	}

}
