package io.govgraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.govgraph.model.DataFile;

/** Test data sets: copies of the bundled ones, optionally with one file edited. */
public final class DataSets {

	public static final Path TINY = Path.of("src/test/resources/datasets/tiny");

	public static final Path SAMPLE = Path.of("data/yinzhou");

	private DataSets() {
	}

	/** A copy of {@code source} in {@code dir} with {@code from} replaced by {@code to} in {@code file}. */
	/** Asserts that two exports hold the same files, byte for byte (a v1.1 file may be absent from both). */
	public static void assertSameFiles(Path expected, Path actual) throws IOException {
		for (DataFile f : DataFile.values()) {
			Path e = expected.resolve(f.fileName());
			Path a = actual.resolve(f.fileName());
			org.assertj.core.api.Assertions.assertThat(Files.exists(a)).as(f.fileName()).isEqualTo(Files.exists(e));
			if (Files.exists(e)) {
				org.assertj.core.api.Assertions.assertThat(Files.readString(a)).as(f.fileName()).isEqualTo(Files.readString(e));
			}
		}
	}

	public static Path copyWith(Path source, Path dir, String file, String from, String to) throws IOException {
		Files.createDirectories(dir);
		for (DataFile f : DataFile.values()) {
			if (Files.exists(source.resolve(f.fileName()))) {
				Files.copy(source.resolve(f.fileName()), dir.resolve(f.fileName()));
			}
		}
		if (file != null) {
			Path target = dir.resolve(file);
			String text = Files.readString(target, StandardCharsets.UTF_8);
			if (!text.contains(from)) {
				throw new IllegalArgumentException(file + " has no \"" + from + "\"");
			}
			Files.writeString(target, text.replace(from, to), StandardCharsets.UTF_8);
		}
		return dir;
	}

}
