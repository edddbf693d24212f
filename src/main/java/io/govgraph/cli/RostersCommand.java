package io.govgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.springframework.context.ApplicationContext;

import io.govgraph.roster.RosterImporter;
import io.govgraph.roster.RosterReport;

/**
 * {@code rosters PATH... [--as-of DATE] [--dry-run]} (spec rosters.md): imports a district's
 * rosters as they are kept, all files or none, and prints per sheet what it did.
 */
@Command(name = "rosters", header = "Import rosters (名单/花名册: .xlsx, .csv) and decide who is who.",
		description = { "Files or folders (a folder's .xlsx and .csv files, by name), all or nothing. Prints per sheet: rows, "
				+ "people matched (certain / probable), new people, candidates for review, posts started and ended, "
				+ "columns ignored; a rejected import prints every problem as file!sheet!cell: column: message "
				+ "and changes nothing." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:written (or a clean dry run)", "1:rejected or failed", "2:usage" },
		footer = { "", GovGraphCommand.SPRING_OPTIONS_HELP }, usageHelpAutoWidth = true)
final class RostersCommand implements Callable<Integer> {

	@ParentCommand
	GovGraphCommand govgraph;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "1..*", description = "Roster files (.xlsx, .csv) or folders of them.")
	List<Path> paths;

	@Option(names = "--as-of", paramLabel = "DATE", description = "The day every roster describes (YYYY-MM-DD); "
			+ "default: a full date in each sheet's title rows, else today.")
	LocalDate asOf;

	@Option(names = "--dry-run", description = "Check and report; write nothing.")
	boolean dryRun;

	@Override
	public Integer call() throws Exception {
		return this.govgraph.launch(this::run);
	}

	private int run(ApplicationContext context) {
		RosterImporter importer = context.getBean(RosterImporter.class);
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			RosterReport report = importer.importPaths(this.paths, this.asOf, this.dryRun,
					"cli:" + System.getProperty("user.name", "?"));
			if (report.rejected()) {
				report.lines().forEach(err::println);
				return GovGraphCommand.FAILED;
			}
			report.lines().forEach(out::println);
			return GovGraphCommand.OK;
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			err.println("rosters failed: " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
	}

}
