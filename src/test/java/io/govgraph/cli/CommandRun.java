package io.govgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Help.Ansi;

import org.springframework.context.ApplicationContext;

/**
 * One run of the command line in a test: its exit code, what it printed, and the Spring options
 * each launch was given. With an application context, the command runs in it (the tests' shared
 * one: the Spring options cannot reach it any more); without, a launch runs nothing and exits 0.
 */
record CommandRun(int exit, String out, String err, List<List<String>> launches) {

	static CommandRun in(ApplicationContext context, String... args) {
		return run(context, args);
	}

	static CommandRun parseOnly(String... args) {
		return run(null, args);
	}

	private static CommandRun run(ApplicationContext context, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		List<List<String>> launches = new ArrayList<>();
		int exit = GovGraphCommand.execute(args, (springArgs, command) -> {
			launches.add(springArgs);
			return (context != null) ? command.applyAsInt(context) : GovGraphCommand.OK;
		}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				Ansi.OFF);
		return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
				launches);
	}

}
