package io.govgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import io.govgraph.model.DataFile;
import io.govgraph.model.Problem;

/**
 * The raw bytes of a data set's files (the four of v1, and those of the optional v1.1 files that are
 * there), from a folder or from a .zip of one (the files may sit at the top of the archive or in one
 * folder inside it).
 */
final class DataSetFiles {

	private DataSetFiles() {
	}

	/** Reads the files; a missing file is a {@link Problem}, an unreadable path an exception. */
	static Map<DataFile, byte[]> read(Path path, List<Problem> problems) {
		Map<DataFile, byte[]> files = new EnumMap<>(DataFile.class);
		if (!Files.exists(path)) {
			throw new IllegalArgumentException("No data set at " + path + ": no such file or folder");
		}
		try {
			if (Files.isDirectory(path)) {
				for (DataFile file : DataFile.values()) {
					Path csv = path.resolve(file.fileName());
					if (Files.isRegularFile(csv)) {
						files.put(file, Files.readAllBytes(csv));
					}
				}
			}
			else if (path.getFileName().toString().toLowerCase().endsWith(".zip")) {
				readZip(path, files);
			}
			else {
				throw new IllegalArgumentException(
						"A data set is a folder or a .zip of one holding units.csv, people.csv, posts.csv and links.csv; "
								+ path + " is neither");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the data set at " + path + ": " + ex.getMessage(), ex);
		}
		for (DataFile file : DataFile.values()) {
			if (!files.containsKey(file) && !file.optionalFile()) {
				problems.add(new Problem(file.fileName(), 0, "-",
						"file missing: a data set holds units.csv, people.csv, posts.csv and links.csv (an empty one "
								+ "needs its header row only)"));
			}
		}
		return files;
	}

	private static void readZip(Path path, Map<DataFile, byte[]> files) throws IOException {
		try (ZipFile zip = new ZipFile(path.toFile())) {
			// The shallowest folder holding units.csv is the data set; its siblings are the other files.
			String folder = null;
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				String name = e.nextElement().getName();
				if (name.equals("units.csv") || name.endsWith("/units.csv")) {
					String candidate = name.substring(0, name.length() - "units.csv".length());
					if (folder == null || candidate.length() < folder.length()) {
						folder = candidate;
					}
				}
			}
			if (folder == null) {
				return;
			}
			for (DataFile file : DataFile.values()) {
				ZipEntry entry = zip.getEntry(folder + file.fileName());
				if (entry != null) {
					try (InputStream in = zip.getInputStream(entry)) {
						files.put(file, in.readAllBytes());
					}
				}
			}
		}
	}

}
