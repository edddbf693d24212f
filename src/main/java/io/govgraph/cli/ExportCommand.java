package io.govgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import io.govgraph.export.ExportFormat;
import io.govgraph.export.ExportGraph;
import io.govgraph.export.ExportService;
import io.govgraph.model.ProgressLine;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code export PATH --format=cytoscape|graphml|gexf [--scope=ID | --ids=A,B [--depth=N]]
 * [--asOf=DATE] [--history]}: writes a scope, a neighbourhood or the whole graph to the file PATH
 * for a visualization tool. Without {@code --format}, {@code export} keeps writing a data set folder.
 */
@Component
public class ExportCommand {

	public static final String USAGE_TEXT = """
			usage: java -jar govgraph.jar export FILE --format=cytoscape|graphml|gexf
			           [--scope=UNIT_ID | --ids=ID,ID [--depth=N]] [--asOf=YYYY-MM-DD] [--history]
			       writes a scope, a neighbourhood or (neither given) the whole graph to FILE""";

	private static final List<String> OPTIONS = List.of("--format=", "--scope=", "--ids=", "--depth=", "--asOf=");

	private final ExportService exports;

	private final AsOf asOf;

	ExportCommand(ExportService exports, AsOf asOf) {
		this.exports = exports;
		this.asOf = asOf;
	}

	/** Whether the arguments ask for a graph export (an {@code export} with {@code --format=}). */
	public static boolean applies(String[] args) {
		List<String> words = words(args);
		return !words.isEmpty() && words.get(0).equals("export")
				&& Arrays.stream(args).anyMatch(a -> a.startsWith("--format="));
	}

	/** Checks the arguments before anything starts; null when they are fine. */
	public static String usageProblem(String[] args) {
		if (words(args).size() != 2) {
			return "export takes exactly one FILE";
		}
		for (String arg : args) {
			boolean known = arg.equals("--history") || OPTIONS.stream().anyMatch(arg::startsWith)
					|| arg.startsWith("--govgraph.") || arg.startsWith("--spring.") || arg.startsWith("--logging.");
			if (arg.startsWith("--") && !known) {
				return "unknown option " + arg;
			}
		}
		try {
			ExportFormat.named(option(args, "--format="));
			if (option(args, "--scope=") != null && option(args, "--ids=") != null) {
				return "give --scope or --ids, not both";
			}
			depth(args);
			date(args);
		}
		catch (UserInputException ex) {
			return ex.getMessage();
		}
		return null;
	}

	/** Runs the export; 0 done, 1 failed (an unknown id, an unwritable file). */
	public int run(String[] args, PrintStream out, PrintStream err) {
		Path file = Path.of(words(args).get(1));
		try {
			ExportFormat format = ExportFormat.named(option(args, "--format="));
			LocalDate day = this.asOf.orToday(date(args));
			boolean history = Arrays.asList(args).contains("--history");
			String ids = option(args, "--ids=");
			ExportGraph graph;
			// ProgressLine while reading (rows, total not known beforehand) and while writing (elements).
			try (ProgressLine reading = ProgressLine.start("export " + file.getFileName() + ": reading", -1)) {
				Runnable read = () -> reading.advance(1);
				graph = ids != null
						? this.exports.neighborhood(Arrays.stream(ids.split(",")).map(String::strip).toList(),
								depth(args), day, history, read)
						: this.exports.scope(option(args, "--scope="), day, history, read);
			}
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			long elements = graph.vertexCount() + graph.edgeCount();
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
					ProgressLine writing = ProgressLine.start("export " + file.getFileName() + ": writing", elements, "elements")) {
				this.exports.write(graph, format, writer, () -> writing.advance(1));
			}
			out.println("Exported " + graph.vertexCount() + " vertices, " + graph.edgeCount()
					+ " edges (" + day + (history ? ", with history" : "") + ") as " + format.name().toLowerCase()
					+ " to " + file);
			return 0;
		}
		catch (UserInputException ex) {
			err.println("export failed: " + ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("export failed: cannot write " + file + ": " + ex.getMessage());
			return 1;
		}
	}

	private static int depth(String[] args) {
		String depth = option(args, "--depth=");
		try {
			return depth == null ? 1 : Integer.parseInt(depth);
		}
		catch (NumberFormatException ex) {
			throw new UserInputException("--depth: \"" + depth + "\" is not a whole number");
		}
	}

	private static LocalDate date(String[] args) {
		String date = option(args, "--asOf=");
		try {
			return date == null ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new UserInputException("--asOf: \"" + date + "\" is not a date YYYY-MM-DD");
		}
	}

	private static String option(String[] args, String prefix) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return null;
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
