package io.govgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.govgraph.export.DataSetExporter;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSetRejectedException;
import io.govgraph.model.DataSet;

/**
 * The command line of interfaces.md: {@code import PATH [--replace] [--verify]} and
 * {@code export PATH}. {@code --verify} checks the data set against the store by every rule of an
 * import and writes nothing. Exit codes: 0 done (or verified), 1 rejected or failed, 2 usage.
 */
@Component
public class DataSetCommand {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	public static final String USAGE_TEXT = """
			usage: java -jar govgraph.jar import PATH [--replace]   import a data set folder or .zip
			       java -jar govgraph.jar import PATH --verify      check it against the store, write nothing
			       java -jar govgraph.jar export PATH               write the whole graph as a data set folder
			       java -jar govgraph.jar                           serve GraphQL, GraphiQL and the explorer""";

	private final DataSetImporter importer;

	private final DataSetExporter exporter;

	public DataSetCommand(DataSetImporter importer, DataSetExporter exporter) {
		this.importer = importer;
		this.exporter = exporter;
	}

	/** The command named by the arguments, if any: the first argument that is not an option. */
	public static String commandName(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				return arg;
			}
		}
		return null;
	}

	/** Checks the arguments of a command before anything starts; null when they are fine. */
	public static String usageProblem(String[] args) {
		List<String> words = words(args);
		String name = words.isEmpty() ? null : words.get(0);
		if (!"import".equals(name) && !"export".equals(name)) {
			return "unknown command \"" + name + "\"";
		}
		if (words.size() != 2) {
			return name + " takes exactly one PATH";
		}
		for (String arg : args) {
			if (arg.startsWith("--") && !arg.startsWith("--govgraph.") && !arg.startsWith("--spring.")
					&& !arg.startsWith("--server.") && !arg.startsWith("--logging.")
					&& !("import".equals(name) && (arg.equals("--replace") || arg.equals("--verify")))) {
				return "unknown option " + arg;
			}
		}
		return null;
	}

	public int run(String[] args, PrintStream out, PrintStream err) {
		List<String> words = words(args);
		Path path = Path.of(words.get(1));
		boolean verify = List.of(args).contains("--verify");
		try {
			if (words.get(0).equals("import")) {
				boolean replace = List.of(args).contains("--replace");
				if (verify) {
					DataSetImporter.Verification verified = this.importer.verify(path, replace);
					out.println("Verified " + path + ": no problems; nothing was written");
					out.println("  " + verified);
					return OK;
				}
				DataSetImporter.ImportSummary summary = this.importer.importDataSet(path, replace);
				out.println("Imported " + path + (summary.changedNothing() ? " (the store already held it)" : ""));
				out.println("  " + summary);
			}
			else {
				DataSet ds = this.exporter.exportTo(path);
				out.println("Exported " + ds.units().size() + " units, " + ds.people().size() + " people, "
						+ ds.posts().size() + " posts, " + ds.links().size() + " links to " + path);
			}
			return OK;
		}
		catch (DataSetRejectedException ex) {
			ex.problems().forEach(err::println);
			err.println(ex.problems().size() + " problem(s) in " + path
					+ (verify ? "; an import would be rejected (nothing was written)." : "; nothing was imported."));
			return FAILED;
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.IOException | java.io.UncheckedIOException ex) {
			err.println(words.get(0) + " failed: " + ex.getMessage());
			return FAILED;
		}
	}

	private static List<String> words(String[] args) {
		List<String> words = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				words.add(arg);
			}
		}
		return words;
	}

}
