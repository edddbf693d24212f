package io.govgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs some tests drive from outside the JVM: Debian's chromium and chromedriver, and
 * Debian's python3 (not a pyenv build on the PATH, which lacks Debian's python3-* modules). Each
 * path can be moved with a system property ({@code -Dgovgraph.test.chromium=…},
 * {@code govgraph.test.chromedriver}, {@code govgraph.test.python}), which is also how a test run
 * shows what happens where a program is missing.
 */
public final class ExternalPrograms {

	private ExternalPrograms() {
	}

	public static Path chromium() {
		return Path.of(System.getProperty("govgraph.test.chromium", "/usr/bin/chromium"));
	}

	public static Path chromedriver() {
		return Path.of(System.getProperty("govgraph.test.chromedriver", "/usr/bin/chromedriver"));
	}

	public static Path python() {
		return Path.of(System.getProperty("govgraph.test.python", "/usr/bin/python3"));
	}

	/** Whether {@link #python()} runs and imports every one of the modules. */
	public static boolean pythonImports(String... modules) {
		if (!Files.isExecutable(python())) {
			return false;
		}
		List<String> command = new ArrayList<>(List.of(python().toString(), "-c", "import " + String.join(", ", modules)));
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
