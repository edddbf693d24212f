package io.govgraph.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.govgraph.ingest.SampleData;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.StartupProblem;

/**
 * The audit rules: every file of {@code cypher/audit/rules/}, read and checked at start. Adding a
 * rule is adding a file. A rule whose header is malformed, whose Cypher does not compile or which
 * does not return {@code subject, evidence, message} stops the start with the file and the reason.
 * A rule parameter's default (its {@code // param:} line) is overridden by the property
 * {@code govgraph.audit.param.<name>}.
 */
@Component
public class AuditRules implements SmartLifecycle {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditRules.class);

	static final String FOLDER = "audit/rules";

	private final Map<String, AuditRule> rules;

	private final CompletableFuture<Void> checked = new CompletableFuture<>();

	private volatile boolean running;

	public AuditRules(CypherQueries cypher, Driver driver, AuditProperties properties,
			ObjectProvider<SampleData> sample) {
		this.rules = load(cypher.in(FOLDER), properties.param());
		// Compiling the rules on a cold DBMS takes seconds: it runs beside the rest of the start
		// (GraphQL schema, security, web server) and is awaited before the start completes (start()
		// below). Not beside loading the sample, though: both are Cypher work on a cold JVM, and on
		// two cores they only slowed each other down. Asking for the sample loads it first.
		sample.getIfAvailable();
		Thread thread = new Thread(() -> {
			try {
				long started = System.nanoTime();
				check(driver);
				log.info("Checked {} audit rules in {} ms", this.rules.size(), (System.nanoTime() - started) / 1_000_000);
				this.checked.complete(null);
			}
			catch (RuntimeException ex) {
				this.checked.completeExceptionally(ex);
			}
		}, "audit-rule-check");
		thread.setDaemon(true);
		thread.start();
	}

	/** Every rule by id, in id order. */
	public List<AuditRule> all() {
		awaitCheck();
		return List.copyOf(this.rules.values());
	}

	/** The rule with this id, or null. */
	public AuditRule get(String id) {
		awaitCheck();
		return this.rules.get(id);
	}

	private void awaitCheck() {
		try {
			this.checked.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/** A rule that does not compile fails the start here, with its file and the reason. */
	@Override
	public void start() {
		awaitCheck();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The rules of these files, their parameters overridden by these values by name. */
	static Map<String, AuditRule> load(Map<String, String> files, Map<String, String> overrides) {
		Map<String, AuditRule> rules = new LinkedHashMap<>();
		files.forEach((name, text) -> {
			String file = "cypher/" + name + ".cypher";
			AuditRule rule;
			try {
				rule = AuditRule.parse(file, text);
			}
			catch (AuditRule.MalformedRule ex) {
				throw problem(ex.getMessage());
			}
			Map<String, Long> parameters = new LinkedHashMap<>(rule.parameters());
			for (String parameter : rule.parameters().keySet()) {
				String property = "govgraph.audit.param." + parameter;
				String value = override(overrides, parameter);
				if (value != null) {
					try {
						parameters.put(parameter, Long.parseLong(value.strip()));
					}
					catch (NumberFormatException ex) {
						throw new StartupProblem(property + "=" + value + " is not an integer",
								"Set " + property + " to a whole number, or remove it to use the default "
										+ rule.parameters().get(parameter) + " of " + file + ".");
					}
				}
			}
			rules.put(rule.id(), new AuditRule(rule.id(), rule.title(), rule.titleZh(), rule.severity(), rule.rationale(),
					rule.enabledByDefault(), Collections.unmodifiableMap(parameters), rule.file(), rule.query()));
		});
		return rules;
	}

	/** The override of a parameter; bound from an environment variable, its name is in lower case. */
	private static String override(Map<String, String> overrides, String parameter) {
		String value = overrides.get(parameter);
		if (value != null) {
			return value;
		}
		return overrides.entrySet()
			.stream()
			.filter(e -> e.getKey().equalsIgnoreCase(parameter))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Compiles every rule (EXPLAIN: nothing runs) and checks the columns it returns. */
	private void check(Driver driver) {
		try (Session session = driver.session()) {
			for (AuditRule rule : this.rules.values()) {
				List<String> keys;
				try {
					keys = session.executeRead(
							tx -> tx.run("EXPLAIN " + rule.query(), parameters(rule, LocalDate.now(), null)).keys());
				}
				catch (Neo4jException ex) {
					throw problem(rule.file() + ": the Cypher statement does not compile: " + ex.getMessage());
				}
				if (!keys.equals(AuditRule.COLUMNS)) {
					throw problem(rule.file() + ": returns " + keys + "; an audit rule returns " + AuditRule.COLUMNS);
				}
			}
		}
	}

	/** The parameters a rule runs with. */
	static Map<String, Object> parameters(AuditRule rule, LocalDate asOf, List<String> scopeUnitIds) {
		Map<String, Object> parameters = new HashMap<>(rule.parameters());
		parameters.put("asOf", asOf);
		parameters.put("scopeUnitIds", scopeUnitIds == null ? null : new ArrayList<>(scopeUnitIds));
		return parameters;
	}

	private static StartupProblem problem(String message) {
		return new StartupProblem("Audit rule " + message,
				"Fix the rule file (see the header format in io.govgraph.audit.AuditRule), or remove it.");
	}

}
