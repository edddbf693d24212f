package io.govgraph.cli;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govgraph.GovGraphApplication;
import io.govgraph.ingest.DataSets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a user runs it: {@link GovGraphApplication#main} in a JVM of its own, its
 * exit code, its output and error streams, and the Spring options reaching the application.
 */
class CommandProcessTests {

	@TempDir
	Path dir;

	/** What a run of the application left: its exit code and its two streams. */
	record Exited(int code, String out, String err) {
	}

	@Test
	void helpAndUsageErrorsAreAnsweredWithoutStartingTheDatabase() throws Exception {
		Path store = this.dir.resolve("store");
		Exited help = run("export", "--help", "--govgraph.embedded.path=" + store);
		assertThat(help.code()).as(help.err()).isZero();
		assertThat(help.out()).contains("Usage: govgraph export").contains("--as-of=DATE");
		assertThat(help.err()).isEmpty();
		Exited usage = run("import", "--bogus", "data", "--govgraph.embedded.path=" + store);
		assertThat(usage.code()).isEqualTo(GovGraphCommand.USAGE);
		assertThat(usage.err()).startsWith("Unknown option: '--bogus'").contains("Usage: govgraph import");
		assertThat(usage.out()).isEmpty();
		assertThat(store).doesNotExist();
	}

	@Test
	void aRejectedDataSetExitsOneOnTheStoreTheSpringOptionsNamed() throws Exception {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY",
				"p1,c,BOSS");
		Path store = this.dir.resolve("store");
		Exited run = run("import", bad.toString(), "--govgraph.embedded.path=" + store,
				"--govgraph.embedded.bolt-port=0", "--govgraph.embedded.page-cache=64m");
		assertThat(run.code()).as(run.out() + run.err()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err()).contains("posts.csv:2: role: unknown role \"BOSS\"").contains("nothing was imported");
		assertThat(store).isDirectoryContaining((p) -> p.getFileName().toString().equals("data"));
	}

	private Exited run(String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		ManagementFactory.getRuntimeMXBean()
			.getInputArguments()
			.stream()
			.filter((a) -> a.startsWith("--add-opens") || a.startsWith("-Dio.netty"))
			.forEach(command::add);
		command.addAll(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath(),
				GovGraphApplication.class.getName()));
		command.addAll(List.of(args));
		Path out = Files.createTempFile(this.dir, "out", ".txt");
		Path err = Files.createTempFile(this.dir, "err", ".txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("exited").isTrue();
		return new Exited(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	/** This JVM's class path, each entry once. */
	private static String classPath() {
		Set<String> entries = new LinkedHashSet<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
		}
		return String.join(File.pathSeparator, entries);
	}

}
