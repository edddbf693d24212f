package io.govgraph.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.springframework.context.ApplicationContext;

import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSetRejectedException;

/**
 * {@code import PATH [--replace] [--verify]} (docs/spec/interfaces.md): imports a data set folder or .zip;
 * {@code --verify} checks it against the store by every rule of an import and writes nothing.
 */
@Command(name = "import", header = "Import a data set folder or .zip (the import format) into the store.",
		description = "Prints a summary; a rejected data set prints every problem as file:line: column: message "
				+ "and changes nothing.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:imported (or verified)", "1:rejected or failed", "2:usage" },
		footer = { "", GovGraphCommand.SPRING_OPTIONS_HELP }, usageHelpAutoWidth = true)
final class ImportCommand implements Callable<Integer> {

	@ParentCommand
	GovGraphCommand govgraph;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "The data set: a folder of the import format's files, or a .zip of them.")
	Path path;

	@Option(names = "--replace", description = "Empty the store first (the data set becomes the whole graph).")
	boolean replace;

	@Option(names = "--verify", description = "Check the data set against the store by every rule of an import; "
			+ "write nothing.")
	boolean verify;

	@Override
	public Integer call() throws Exception {
		return this.govgraph.launch(this::run);
	}

	private int run(ApplicationContext context) {
		DataSetImporter store = context.getBean(DataSetImporter.class);
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			if (this.verify) {
				DataSetImporter.Verification verified = store.verify(this.path, this.replace);
				out.println("Verified " + this.path + ": no problems; nothing was written");
				out.println("  " + verified);
				return GovGraphCommand.OK;
			}
			DataSetImporter.ImportSummary summary = store.importDataSet(this.path, this.replace);
			out.println("Imported " + this.path + (summary.changedNothing() ? " (the store already held it)" : ""));
			out.println("  " + summary);
			return GovGraphCommand.OK;
		}
		catch (DataSetRejectedException ex) {
			ex.problems().forEach(err::println);
			err.println(ex.problems().size() + " problem(s) in " + this.path + (this.verify
					? "; an import would be rejected (nothing was written)." : "; nothing was imported."));
			return GovGraphCommand.FAILED;
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			err.println("import failed: " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
	}

}
