package io.govgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the versioned scripts of {@code schema/} (neo4j-migrations naming:
 * {@code V0001__Description.cypher}) at start, in version order, recording each one's version and
 * SHA-256 checksum as a {@code :__GovGraphMigration} node. A script that was changed after it was
 * applied stops the start: released scripts are immutable, a change needs a new version.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

	private final Driver driver;

	private final CypherQueries queries;

	public SchemaMigrations(Driver driver, CypherQueries queries) {
		this.driver = driver;
		this.queries = queries;
	}

	/** One script of {@code schema/}. */
	public record Script(int version, String description, String checksum, List<String> statements) {
	}

	@Override
	public void afterPropertiesSet() {
		apply(scripts());
	}

	void apply(List<Script> scripts) {
		try (Session session = this.driver.session()) {
			Map<Integer, String> applied = new java.util.HashMap<>();
			session.executeRead(tx -> tx.run(this.queries.get("store/applied_migrations")).list())
				.forEach(r -> applied.put(r.get("version").asInt(), r.get("checksum").asString()));
			int count = 0;
			for (Script script : scripts) {
				String checksum = applied.get(script.version());
				if (checksum != null) {
					if (!checksum.equals(script.checksum())) {
						throw new StartupProblem(String.format(
								"schema/V%04d__%s.cypher was changed after it was applied to this database "
										+ "(applied checksum %s, file checksum %s).",
								script.version(), script.description(), checksum, script.checksum()),
								"Restore the script as it was released and put the change in a new script with a higher version.");
					}
					continue;
				}
				for (String statement : script.statements()) {
					// Schema commands cannot share a transaction with writes: each runs alone, in a
					// write transaction function (the leader; retried on transient errors).
					session.executeWrite(tx -> tx.run(statement).consume());
				}
				session.executeWrite(tx -> tx.run(this.queries.get("store/record_migration"),
						Map.of("version", script.version(), "description", script.description(), "checksum",
								script.checksum()))
					.consume());
				log.info("Applied schema script V{}__{}", String.format("%04d", script.version()), script.description());
				count++;
			}
			log.info("Schema up to date: {} script(s) known, {} applied now", scripts.size(), count);
		}
	}

	/** The scripts on the classpath under {@code schema/}, in version order. */
	public static List<Script> scripts() {
		List<Script> scripts = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:schema/V*.cypher")) {
				Matcher m = NAME.matcher(resource.getFilename());
				if (!m.matches()) {
					throw new StartupProblem("schema/" + resource.getFilename() + " is not named V<version>__<Description>.cypher",
							"Rename it, e.g. V0007__Link_since_index.cypher.");
				}
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2), sha256(text), statements(text)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the schema scripts", ex);
		}
		scripts.sort(java.util.Comparator.comparingInt(Script::version));
		for (int i = 1; i < scripts.size(); i++) {
			if (scripts.get(i).version() == scripts.get(i - 1).version()) {
				throw new StartupProblem("Two schema scripts have version " + scripts.get(i).version(),
						"Give each script in schema/ its own version.");
			}
		}
		return scripts;
	}

	/** Splits a script into statements at semicolons that end a line; drops comment lines. */
	static List<String> statements(String text) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("//")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				result.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			result.add(current.toString().strip());
		}
		return result;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
