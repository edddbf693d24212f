package io.govgraph.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import org.springframework.context.ApplicationContext;

/**
 * The command line, {@code govgraph import|export|audit|rosters …}: parsed before the application starts,
 * so that {@code --help} and usage errors are answered at once and start no database. Exit codes:
 * 0 done, 1 rejected or failed, 2 usage.
 */
@Command(name = "govgraph", subcommands = { ImportCommand.class, ExportCommand.class, AuditCommand.class, RostersCommand.class },
		synopsisSubcommandLabel = "COMMAND",
		header = "GovGraph: the organizational linkages of a district as a graph.",
		description = { "Without a command, java -jar govgraph.jar serves GraphQL, GraphiQL and the explorer.",
				"Each command runs against the same store and exits: 0 done, 1 rejected or failed, 2 usage." },
		footer = { "", GovGraphCommand.SPRING_OPTIONS_HELP }, usageHelpAutoWidth = true)
public final class GovGraphCommand implements Callable<Integer> {

	public static final int OK = 0;

	public static final int FAILED = 1;

	public static final int USAGE = 2;

	/**
	 * What ends every command's help: the application's own options, which go to Spring
	 * whichever command is named.
	 */
	static final String SPRING_OPTIONS_HELP = "Every command also takes the application's own options, as --NAME=VALUE:%n"
			+ "  --govgraph.* (e.g. --govgraph.embedded.path=DIR, --govgraph.sample=false),%n"
			+ "  --spring.* (e.g. --spring.neo4j.uri=bolt://HOST:7687), --server.*, --logging.*";

	private static final List<String> SPRING_PREFIXES = List.of("--govgraph.", "--spring.", "--server.", "--logging.");

	@Option(names = { "-h", "--help" }, usageHelp = true, scope = ScopeType.INHERIT,
			description = "Show this help and exit.")
	boolean help;

	@Spec
	CommandSpec spec;

	private final Launcher launcher;

	private final List<String> springArgs;

	private GovGraphCommand(Launcher launcher, List<String> springArgs) {
		this.launcher = launcher;
		this.springArgs = springArgs;
	}

	/**
	 * Whether the arguments name no command, so that the application serves: every argument is an
	 * option (Spring's) and none asks for help.
	 */
	public static boolean serves(String[] args) {
		return Arrays.stream(args).allMatch((arg) -> arg.startsWith("--") && !arg.equals("--help"));
	}

	/**
	 * Parses the arguments and, when they name a command rightly, runs it through the launcher; the
	 * application's own options ({@code --govgraph.*}, {@code --spring.*}, {@code --server.*},
	 * {@code --logging.*}) are split off first and handed to the launcher. Returns the exit code.
	 */
	public static int execute(String[] args, Launcher launcher, PrintStream out, PrintStream err) {
		return execute(args, launcher, out, err, Ansi.AUTO);
	}

	static int execute(String[] args, Launcher launcher, PrintStream out, PrintStream err, Ansi ansi) {
		Split split = Split.of(args);
		CommandLine commandLine = commandLine(launcher, split.springArgs());
		commandLine.setOut(writer(out));
		commandLine.setErr(writer(err));
		commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
		try {
			return commandLine.execute(split.commandArgs().toArray(String[]::new));
		}
		finally {
			commandLine.getOut().flush();
			commandLine.getErr().flush();
		}
	}

	/** The arguments split into the application's own options (for Spring) and the command's (for picocli). */
	record Split(List<String> springArgs, List<String> commandArgs) {

		static Split of(String[] args) {
			List<String> springArgs = new ArrayList<>();
			List<String> commandArgs = new ArrayList<>();
			for (String arg : args) {
				(SPRING_PREFIXES.stream().anyMatch(arg::startsWith) ? springArgs : commandArgs).add(arg);
			}
			return new Split(List.copyOf(springArgs), List.copyOf(commandArgs));
		}

	}

	/** The command line with its commands, before it has parsed anything. */
	static CommandLine commandLine(Launcher launcher, List<String> springArgs) {
		CommandLine commandLine = new CommandLine(new GovGraphCommand(launcher, springArgs));
		// A PATH may begin with "@"; picocli would read it as a file of arguments.
		commandLine.setExpandAtFiles(false);
		return commandLine;
	}

	/** A writer that encodes as the stream does (System.out as the terminal wants, a test's stream as UTF-8). */
	private static PrintWriter writer(PrintStream stream) {
		return new PrintWriter(new Writer() {

			@Override
			public void write(char[] chars, int offset, int length) {
				stream.append(CharBuffer.wrap(chars, offset, length));
			}

			@Override
			public void flush() {
				stream.flush();
			}

			@Override
			public void close() {
				// The stream is the caller's (System.out, System.err) and outlives the command.
				stream.flush();
			}

		}, true);
	}

	/** Only Spring's options and no command: nothing to run. */
	@Override
	public Integer call() {
		throw new ParameterException(this.spec.commandLine(), "name a command: import, export or audit");
	}

	/** Starts the application with the Spring options split off the command line and runs the command in it. */
	int launch(ToIntFunction<ApplicationContext> command) throws Exception {
		return this.launcher.launch(this.springArgs, command);
	}

	/** Starts the application for a parsed command, runs the command in it, and stops it. */
	@FunctionalInterface
	public interface Launcher {

		/** Runs the command in an application started with these options; returns its exit code. */
		int launch(List<String> springArgs, ToIntFunction<ApplicationContext> command) throws Exception;

	}

}
