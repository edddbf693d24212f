package io.govgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import io.govgraph.audit.AuditReport;
import io.govgraph.export.ExportFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The command line as parsed, without the application: help, usage errors, the shared spellings
 * and the Spring options split off for the launch. Nothing here starts Spring or Neo4j: a launch
 * is only recorded.
 */
class GovGraphCommandTests {

	private static final List<String> SHARED = List.of("--scope=ID", "--as-of=DATE", "--format=FMT", "--out=FILE");

	@Test
	void theApplicationServesWhenNoCommandIsNamed() {
		assertThat(GovGraphCommand.serves(new String[0])).isTrue();
		assertThat(GovGraphCommand.serves(new String[] { "--server.port=0", "--debug" })).isTrue();
		assertThat(GovGraphCommand.serves(new String[] { "--x=1", "import", "p" })).isFalse();
		assertThat(GovGraphCommand.serves(new String[] { "--help" })).isFalse();
		assertThat(GovGraphCommand.serves(new String[] { "-h" })).isFalse();
	}

	@Test
	void theHelpNamesEveryCommandAndTheSpringOptions() {
		CommandRun run = CommandRun.parseOnly("--help");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("Usage: govgraph [-h] COMMAND")
			.containsPattern("(?m)^  import  ")
			.containsPattern("(?m)^  export  ")
			.containsPattern("(?m)^  audit  ")
			.contains("--govgraph.embedded.path=DIR")
			.contains("--spring.neo4j.uri=");
		assertThat(run.err()).isEmpty();
		assertThat(run.launches()).isEmpty();
	}

	@Test
	void exportAndAuditHelpListTheSharedFlagsAlike() {
		for (String command : List.of("export", "audit")) {
			for (String help : List.of("--help", "-h")) {
				CommandRun run = CommandRun.parseOnly(command, help);
				assertThat(run.exit()).as(command + " " + help).isZero();
				assertThat(run.out()).startsWith(command.equals("export") ? "Export the graph" : "Run the audit")
					.contains("Usage: govgraph " + command)
					.contains(SHARED)
					.contains("--govgraph.embedded.path=DIR")
					.contains("Exit codes:")
					// the old spelling is accepted but not shown
					.doesNotContain("--asOf");
				assertThat(run.err()).isEmpty();
				assertThat(run.launches()).isEmpty();
			}
		}
	}

	@Test
	void importHelpListsItsOwnFlags() {
		CommandRun run = CommandRun.parseOnly("import", "--help");
		assertThat(run.exit()).isZero();
		assertThat(run.out()).contains("Usage: govgraph import [-h] [--replace] [--verify] PATH")
			.contains("--govgraph.embedded.path=DIR");
		assertThat(run.launches()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			import                                      | Missing required parameter: 'PATH'
			import a b                                  | Unmatched argument at index 2: 'b'
			export a --verify                           | Unknown option: '--verify'
			export a --replace                          | Unknown option: '--replace'
			export a --scope x                          | --scope is for a graph file (--format cytoscape, graphml or gexf); a data set export is always the whole graph
			export a --format dataset --history         | --history is for a graph file (--format cytoscape, graphml or gexf); a data set export is always the whole graph
			export a --out b                            | give PATH or --out, not both
			export --format=gexf                        | export needs PATH or --out FILE: where to write
			export f --format=dot                       | Invalid value for option '--format': "dot" is not dataset, cytoscape, graphml or gexf
			export f --format=gexf --scope=a --ids=b    | give --scope or --ids, not both
			export f --format=gexf --depth=two          | Invalid value for option '--depth': 'two' is not an int
			export f --format=gexf --asOf=2020-13-01    | Invalid value for option '--asOf': "2020-13-01" is not a date YYYY-MM-DD
			export f --format=gexf --replace            | Unknown option: '--replace'
			audit                                       | Missing required option: '--out=FILE'
			audit --scope x                             | Missing required option: '--out=FILE'
			audit --out f --format pdf                  | Invalid value for option '--format': "pdf" is not csv, html or xlsx
			audit --out f --as-of 2026-13-01            | Invalid value for option '--as-of': "2026-13-01" is not a date YYYY-MM-DD
			audit --out f --replace                     | Unknown option: '--replace'
			audit --out                                 | Missing required parameter for option '--out' (FILE)
			load a                                      | Unmatched arguments from index 0: 'load', 'a'
			""")
	void aUsageErrorNamesWhatIsWrongPrintsTheUsageAndExitsTwo(String args, String message) {
		CommandRun run = CommandRun.parseOnly(args.split(" "));
		assertThat(run.exit()).isEqualTo(GovGraphCommand.USAGE);
		assertThat(run.err().lines().findFirst()).hasValue(message);
		String command = args.split(" ")[0];
		assertThat(run.err()).contains("Usage: govgraph" + (command.equals("load") ? " [-h] COMMAND" : " " + command));
		assertThat(run.out()).isEmpty();
		assertThat(run.launches()).as("nothing starts").isEmpty();
	}

	@Test
	void onlySpringOptionsNameNoCommand() {
		CommandRun run = CommandRun.parseOnly("--govgraph.sample=false");
		assertThat(run.exit()).isEqualTo(GovGraphCommand.USAGE);
		assertThat(run.err()).startsWith("name a command: import, export or audit");
		assertThat(run.launches()).isEmpty();
	}

	@Test
	void theSpringOptionsGoToTheLaunchWhereverTheyStand() {
		String[] args = { "--govgraph.embedded.path=/tmp/store", "import", "--spring.neo4j.uri=bolt://db:7687", "data",
				"--logging.level.root=INFO", "--replace", "--server.port=0", "--govgraph.sample=false" };
		CommandRun run = CommandRun.parseOnly(args);
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.launches()).containsExactly(List.of("--govgraph.embedded.path=/tmp/store",
				"--spring.neo4j.uri=bolt://db:7687", "--logging.level.root=INFO", "--server.port=0",
				"--govgraph.sample=false"));
		ImportCommand parsed = parsed(ImportCommand.class, args);
		assertThat(parsed.path).isEqualTo(Path.of("data"));
		assertThat(parsed.replace).isTrue();
		assertThat(parsed.verify).isFalse();
		for (String[] command : List.of(new String[] { "export", "f", "--govgraph.embedded.bolt-port=0" },
				new String[] { "audit", "--out", "f", "--govgraph.embedded.bolt-port=0" })) {
			assertThat(CommandRun.parseOnly(command).launches()).containsExactly(List.of("--govgraph.embedded.bolt-port=0"));
		}
	}

	@Test
	void exportAndAuditReadTheSharedFlagsAlikeInEitherForm() {
		for (List<String> form : List.of(List.of("--scope", "yz.minglou", "--as-of", "2026-07-01", "--out", "r"),
				List.of("--scope=yz.minglou", "--as-of=2026-07-01", "--out=r"))) {
			ExportCommand export = parsed(ExportCommand.class, concat(List.of("export", "--format", "gexf"), form));
			assertThat(export.scope.id).isEqualTo("yz.minglou");
			assertThat(export.asOf.day()).isEqualTo(LocalDate.parse("2026-07-01"));
			assertThat(export.out).isEqualTo(Path.of("r"));
			assertThat(export.format).isEqualTo(ExportFormat.GEXF);
			AuditCommand audit = parsed(AuditCommand.class, concat(List.of("audit", "--format=csv"), form));
			assertThat(audit.scope.id).isEqualTo("yz.minglou");
			assertThat(audit.asOf.day()).isEqualTo(LocalDate.parse("2026-07-01"));
			assertThat(audit.out).isEqualTo(Path.of("r"));
			assertThat(audit.format).isEqualTo(AuditReport.Format.CSV);
		}
	}

	@Test
	void exportWithoutAFormatIsTheDataSetAndTheGraphFileMayStillBeAPath() {
		ExportCommand dataSet = parsed(ExportCommand.class, "export", "folder");
		assertThat(dataSet.format).isNull();
		assertThat(dataSet.path).isEqualTo(Path.of("folder"));
		assertThat(parsed(ExportCommand.class, "export", "--format=dataset", "--out=folder").format).isNull();
		ExportCommand graph = parsed(ExportCommand.class, "export", "f.gexf", "--format=gexf", "--scope=a",
				"--asOf=2020-01-01", "--history", "--ids=x, y", "--depth=3");
		assertThat(graph.format).isEqualTo(ExportFormat.GEXF);
		assertThat(graph.path).isEqualTo(Path.of("f.gexf"));
		assertThat(graph.asOf.day()).isEqualTo(LocalDate.parse("2020-01-01"));
		assertThat(graph.history).isTrue();
		assertThat(graph.ids).containsExactly("x", " y");
		assertThat(graph.depth).isEqualTo(3);
		assertThat(parsed(ExportCommand.class, "export", "f.json", "--format=cytoscape").depth).isEqualTo(1);
		assertThat(CommandRun.parseOnly("export", "f.gexf", "--format=gexf", "--scope=a", "--asOf=2020-01-01",
				"--history", "--govgraph.sample=false")
			.exit()).isZero();
	}

	@Test
	void auditWritesHtmlUnlessToldOtherwise() {
		AuditCommand audit = parsed(AuditCommand.class, "audit", "--out", "r.html");
		assertThat(audit.format).isEqualTo(AuditReport.Format.HTML);
		assertThat(audit.scope.id).isNull();
		assertThat(audit.asOf.day()).isNull();
	}

	private static <T> T parsed(Class<T> type, String... args) {
		GovGraphCommand.Split split = GovGraphCommand.Split.of(args);
		CommandLine commandLine = GovGraphCommand.commandLine((springArgs, command) -> fail("launched"),
				split.springArgs());
		ParseResult result = commandLine.parseArgs(split.commandArgs().toArray(String[]::new));
		return type.cast(result.subcommand().commandSpec().userObject());
	}

	private static String[] concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
	}

}
