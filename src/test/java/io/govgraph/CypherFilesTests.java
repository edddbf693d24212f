package io.govgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Cypher file that the code names exists, and every file under {@code cypher/} is named by
 * some code. The code names a file by a string literal holding its path below {@code cypher/}
 * without the extension ({@code "linkage/expand"}, whose first part is a folder of
 * {@code cypher/} or a package of the application), or names a whole folder whose files it
 * discovers ({@code "audit/rules"}). A name built at run time ({@code "ingest/" + what}) is no
 * name: it would dodge the check at start that every named file exists.
 */
class CypherFilesTests {

	static final Path CYPHER = Path.of("cypher");

	static final Path SOURCES = Path.of("src/main/java");

	static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*(/[a-z0-9_]+)+");

	/** The files under cypher/, by name ({@code linkage/expand}). */
	static Set<String> files;

	/** The folders under cypher/ ({@code audit}, {@code audit/rules}). */
	static Set<String> folders;

	/** What the code names: each literal that looks like a Cypher name, and where it is. */
	static TreeMap<String, String> named;

	@BeforeAll
	static void read() throws IOException {
		files = new TreeSet<>();
		folders = new TreeSet<>();
		try (Stream<Path> paths = Files.walk(CYPHER)) {
			for (Path p : paths.filter(p -> !p.equals(CYPHER)).toList()) {
				String name = CYPHER.relativize(p).toString().replace('\\', '/');
				if (Files.isDirectory(p)) {
					folders.add(name);
				}
				else if (name.endsWith(".cypher")) {
					files.add(name.substring(0, name.length() - ".cypher".length()));
				}
			}
		}
		Set<String> prefixes = new TreeSet<>();
		folders.stream().filter(f -> !f.contains("/")).forEach(prefixes::add);
		try (Stream<Path> packages = Files.list(SOURCES.resolve("io/govgraph"))) {
			packages.filter(Files::isDirectory).forEach(p -> prefixes.add(p.getFileName().toString()));
		}
		named = new TreeMap<>();
		try (Stream<Path> sources = Files.walk(SOURCES)) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
				for (String literal : literals(Files.readString(source))) {
					if (NAME.matcher(literal).matches() && prefixes.contains(literal.substring(0, literal.indexOf('/')))) {
						named.putIfAbsent(literal, SOURCES.relativize(source).toString());
					}
				}
			}
		}
	}

	@Test
	void everyFileTheCodeNamesExists() {
		assertThat(named.entrySet()
			.stream()
			.filter(n -> !files.contains(n.getKey()) && !folders.contains(n.getKey()))
			.map(n -> n.getValue() + " names cypher/" + n.getKey() + ".cypher"))
			.as("names of Cypher files that do not exist")
			.isEmpty();
	}

	@Test
	void everyFileIsNamedByTheCode() {
		assertThat(files.stream()
			.filter(f -> !named.containsKey(f) && !named.containsKey(f.substring(0, f.lastIndexOf('/'))))
			.map(f -> "cypher/" + f + ".cypher"))
			.as("Cypher files that no code names")
			.isEmpty();
	}

	@Test
	void theScanSeesTheNamesItShould() {
		// A scan that saw nothing would pass both tests above; these names are known to be used.
		assertThat(named).containsKeys("linkage/expand", "audit/rules", "edit/create_unit")
			.doesNotContainKeys("text/plain", "application/json");
		assertThat(files).contains("linkage/expand", "audit/rules/post_dates_inverted");
	}

	/** The string literals of a Java source, comments and text blocks left out, escapes kept as written. */
	static List<String> literals(String java) {
		List<String> result = new java.util.ArrayList<>();
		int i = 0;
		int n = java.length();
		while (i < n) {
			char c = java.charAt(i);
			if (java.startsWith("//", i)) {
				i = java.indexOf('\n', i) < 0 ? n : java.indexOf('\n', i);
			}
			else if (java.startsWith("/*", i)) {
				i = java.indexOf("*/", i + 2) < 0 ? n : java.indexOf("*/", i + 2) + 2;
			}
			else if (java.startsWith("\"\"\"", i)) {
				i = java.indexOf("\"\"\"", i + 3) < 0 ? n : java.indexOf("\"\"\"", i + 3) + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < n && java.charAt(end) != c) {
					end += java.charAt(end) == '\\' ? 2 : 1;
				}
				if (c == '"') {
					result.add(java.substring(i + 1, Math.min(end, n)));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return result;
	}

}
