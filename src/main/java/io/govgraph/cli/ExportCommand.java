package io.govgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import org.springframework.context.ApplicationContext;

import io.govgraph.export.DataSetExporter;
import io.govgraph.export.ExportFormat;
import io.govgraph.export.ExportGraph;
import io.govgraph.export.ExportService;
import io.govgraph.model.DataSet;
import io.govgraph.model.ProgressLine;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code export}: the graph in a format. As {@code dataset} (the default, docs/spec/interfaces.md's
 * {@code export PATH}) the whole graph as a data set folder, a lossless round trip of
 * {@code import}; as {@code graphml}, {@code gexf} or {@code cytoscape} a scope, a neighbourhood
 * or the whole graph as one file for a visualization tool.
 */
@Command(name = "export", header = "Export the graph in a format: a data set folder (default) or a graph file.",
		description = { "export PATH writes the whole graph as a data set folder (the import format; import takes it back).",
				"export --format graphml|gexf|cytoscape --out FILE writes a scope, a neighbourhood or "
						+ "(neither given) the whole graph for a visualization tool." },
		exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:written", "1:failed", "2:usage" },
		footer = { "", "Examples:", "  export backup/", "  export --format gexf --out minglou.gexf --scope yz.minglou --history",
				"  export --format graphml --out near.graphml --ids p00444 --depth 2",
				"", GovGraphCommand.SPRING_OPTIONS_HELP },
		usageHelpAutoWidth = true)
final class ExportCommand implements Callable<Integer> {

	static final String DATA_SET = "dataset";

	/** The options that choose part of the graph or a day: a data set export is always the whole graph as it is. */
	private static final List<String> GRAPH_ONLY = List.of("--scope", "--ids", "--depth", "--as-of", "--asOf",
			"--history");

	@ParentCommand
	GovGraphCommand govgraph;

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "PATH", arity = "0..1",
			description = "Where to write: the data set folder, or the graph file (the same as --out).")
	Path path;

	@Option(names = "--out", paramLabel = "FILE", description = "Where to write (instead of PATH).")
	Path out;

	@Option(names = "--format", paramLabel = "FMT", converter = Formats.class,
			description = "dataset (default): the data set folder; graphml, gexf (dynamic, with the days of each "
					+ "element) or cytoscape (Cytoscape.js elements JSON): one graph file.")
	ExportFormat format;

	@Mixin
	SharedOptions.Scope scope;

	@Option(names = "--ids", paramLabel = "ID", split = ",",
			description = "Unit or person ids: their neighbourhood instead of a scope.")
	List<String> ids;

	@Option(names = "--depth", paramLabel = "N", defaultValue = "1",
			description = "How many steps from --ids the neighbourhood reaches (default: ${DEFAULT-VALUE}).")
	int depth;

	@Mixin
	SharedOptions.AsOf asOf;

	@Option(names = "--history", description = "Every dated element, each with its days (not only those in "
			+ "force on the day).")
	boolean history;

	@Override
	public Integer call() throws Exception {
		Path target = target();
		if (this.format == null) {
			this.spec.commandLine()
				.getParseResult()
				.matchedOptions()
				.stream()
				.map(OptionSpec::longestName)
				.filter(GRAPH_ONLY::contains)
				.findFirst()
				.ifPresent((option) -> {
					throw new ParameterException(this.spec.commandLine(), option + " is for a graph file (--format "
							+ graphFormats(" or ") + "); a data set export is always the whole graph");
				});
			return this.govgraph.launch((context) -> writeDataSet(context, target));
		}
		if (this.scope.id != null && this.ids != null) {
			throw new ParameterException(this.spec.commandLine(), "give --scope or --ids, not both");
		}
		return this.govgraph.launch((context) -> writeGraph(context, target));
	}

	private Path target() {
		if (this.path != null && this.out != null) {
			throw new ParameterException(this.spec.commandLine(), "give PATH or --out, not both");
		}
		if (this.path == null && this.out == null) {
			throw new ParameterException(this.spec.commandLine(), "export needs PATH or --out FILE: where to write");
		}
		return (this.path != null) ? this.path : this.out;
	}

	private int writeDataSet(ApplicationContext context, Path folder) {
		try {
			DataSet ds = context.getBean(DataSetExporter.class).exportTo(folder);
			this.spec.commandLine()
				.getOut()
				.println("Exported " + ds.units().size() + " units, " + ds.people().size() + " people, "
						+ ds.posts().size() + " posts, " + ds.links().size() + " links to " + folder);
			return GovGraphCommand.OK;
		}
		catch (IllegalArgumentException | IllegalStateException | IOException | UncheckedIOException ex) {
			this.spec.commandLine().getErr().println("export failed: " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
	}

	private int writeGraph(ApplicationContext context, Path file) {
		ExportService exports = context.getBean(ExportService.class);
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			LocalDate day = context.getBean(AsOf.class).orToday(this.asOf.day());
			ExportGraph graph;
			// ProgressLine while reading (rows, total not known beforehand) and while writing (elements).
			try (ProgressLine reading = ProgressLine.start("export " + file.getFileName() + ": reading", -1)) {
				Runnable read = () -> reading.advance(1);
				graph = (this.ids != null)
						? exports.neighborhood(this.ids.stream().map(String::strip).toList(), this.depth, day,
								this.history, read)
						: exports.scope(this.scope.id, day, this.history, read);
			}
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			long elements = graph.vertexCount() + graph.edgeCount();
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
					ProgressLine writing = ProgressLine.start("export " + file.getFileName() + ": writing", elements,
							"elements")) {
				exports.write(graph, this.format, writer, () -> writing.advance(1));
			}
			this.spec.commandLine()
				.getOut()
				.println("Exported " + graph.vertexCount() + " vertices, " + graph.edgeCount() + " edges (" + day
						+ (this.history ? ", with history" : "") + ") as " + this.format.name().toLowerCase(Locale.ROOT)
						+ " to " + file);
			return GovGraphCommand.OK;
		}
		catch (UserInputException ex) {
			err.println("export failed: " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
		catch (IOException | UncheckedIOException ex) {
			err.println("export failed: cannot write " + file + ": " + ex.getMessage());
			return GovGraphCommand.FAILED;
		}
	}

	private static String graphFormats(String lastSeparator) {
		List<String> names = Arrays.stream(ExportFormat.values()).map((f) -> f.name().toLowerCase(Locale.ROOT)).toList();
		return String.join(", ", names.subList(0, names.size() - 1)) + lastSeparator + names.get(names.size() - 1);
	}

	/** {@code dataset} (read as null: no graph format) or a graph format by its name. */
	static final class Formats implements ITypeConverter<ExportFormat> {

		@Override
		public ExportFormat convert(String name) {
			if (name.equalsIgnoreCase(DATA_SET)) {
				return null;
			}
			try {
				return ExportFormat.named(name);
			}
			catch (UserInputException ex) {
				throw new TypeConversionException("\"" + name + "\" is not " + DATA_SET + ", " + graphFormats(" or "));
			}
		}

	}

}
