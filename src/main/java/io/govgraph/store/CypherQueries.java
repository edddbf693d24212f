package io.govgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every Cypher statement the application runs, read once at start from {@code cypher/**}. A query
 * is named by its path below {@code cypher/} without the extension, e.g. {@code ingest/create_units}.
 */
@Component
public class CypherQueries {

	private static final String ROOT = "cypher/";

	private final Map<String, String> queries;

	public CypherQueries() {
		this.queries = load();
	}

	/** The text of the named query; fails at once (at start, where callers fetch it) if absent. */
	public String get(String name) {
		String query = this.queries.get(name);
		if (query == null) {
			throw new IllegalStateException("No Cypher file " + ROOT + name + ".cypher on the classpath; have "
					+ this.queries.keySet());
		}
		return query;
	}

	/**
	 * Every query in the folder {@code cypher/<folder>/} (not below it), by name, in name order: for
	 * features whose statements are discovered rather than named in code (audit rules).
	 */
	public Map<String, String> in(String folder) {
		String prefix = folder.endsWith("/") ? folder : folder + "/";
		Map<String, String> result = new TreeMap<>();
		this.queries.forEach((name, text) -> {
			if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
				result.put(name, text);
			}
		});
		return result;
	}

	private static Map<String, String> load() {
		Map<String, String> result = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + ROOT + "**/*.cypher")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
				result.put(name, resource.getContentAsString(StandardCharsets.UTF_8).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher files", ex);
		}
		return Map.copyOf(result);
	}

}
