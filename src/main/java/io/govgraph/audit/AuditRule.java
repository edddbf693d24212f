package io.govgraph.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One audit rule: a Cypher file of {@code cypher/audit/rules/} whose header comment gives its id,
 * titles, severity, rationale and parameters, e.g.
 *
 * <pre>
 * // id: too_many_posts
 * // title: A person holding more than N concurrent posts
 * // title_zh: 一人兼任职务过多
 * // severity: LOW
 * // param: maxPosts = 4
 * // enabled: true
 * // rationale: Why it matters; the rationale may go on over
 * //   indented comment lines.
 * MATCH …
 * </pre>
 *
 * The statement takes {@code $asOf}, {@code $scopeUnitIds} (null: everywhere) and the declared
 * parameters, and returns rows of {@code subject} (a unit or person id), {@code evidence} (a list of
 * strings, each a vertex id or an edge {@code "a -[TYPE …]-> b"}) and {@code message}.
 */
public record AuditRule(String id, String title, String titleZh, Severity severity, String rationale,
		boolean enabledByDefault, Map<String, Long> parameters, String file, String query) {

	static final List<String> COLUMNS = List.of("subject", "evidence", "message");

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private static final Pattern FIELD = Pattern.compile("//\\s*([a-z_]+)\\s*:\\s*(.*)");

	private static final Pattern CONTINUATION = Pattern.compile("//\\s{2,}(\\S.*)");

	private static final Pattern PARAM = Pattern.compile("([A-Za-z][A-Za-z0-9]*)\\s*=\\s*(-?\\d+)");

	/** A header that cannot be read: the file, the line and what is wrong with it. */
	static class MalformedRule extends RuntimeException {

		MalformedRule(String file, int line, String message) {
			super(file + (line > 0 ? ":" + line : "") + ": " + message);
		}

	}

	/**
	 * Reads a rule file.
	 * @param file the file, for messages, e.g. {@code cypher/audit/rules/too_many_posts.cypher}
	 * @throws MalformedRule naming the file, line and problem
	 */
	static AuditRule parse(String file, String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, Long> parameters = new LinkedHashMap<>();
		String last = null;
		String[] lines = text.split("\\R", -1);
		int body = 0;
		for (; body < lines.length; body++) {
			String line = lines[body].strip().isEmpty() ? "" : lines[body];
			int number = body + 1;
			if (!line.startsWith("//")) {
				break;
			}
			Matcher continuation = CONTINUATION.matcher(line);
			Matcher field = FIELD.matcher(line);
			if (continuation.matches() && last != null) {
				fields.merge(last, continuation.group(1).strip(), (a, b) -> a + " " + b);
			}
			else if (field.matches()) {
				String key = field.group(1);
				String value = field.group(2).strip();
				switch (key) {
					case "param" -> {
						Matcher param = PARAM.matcher(value);
						if (!param.matches()) {
							throw new MalformedRule(file, number, "param must read \"name = integer\", not \"" + value + "\"");
						}
						parameters.put(param.group(1), Long.parseLong(param.group(2)));
					}
					case "id", "title", "title_zh", "severity", "rationale", "enabled" -> {
						if (fields.containsKey(key)) {
							throw new MalformedRule(file, number, "\"" + key + "\" is given twice");
						}
						fields.put(key, value);
					}
					default -> throw new MalformedRule(file, number, "unknown header field \"" + key
							+ "\" (id, title, title_zh, severity, rationale, param, enabled)");
				}
				last = key.equals("param") ? null : key;
			}
			else if (!line.strip().equals("//")) {
				throw new MalformedRule(file, number, "header lines read \"// field: value\" (or continue the previous"
						+ " field after \"//\" and two spaces), not \"" + line.strip() + "\"");
			}
		}
		List<String> missing = new ArrayList<>();
		for (String key : List.of("id", "title", "title_zh", "severity", "rationale")) {
			if (fields.getOrDefault(key, "").isBlank()) {
				missing.add(key);
			}
		}
		if (!missing.isEmpty()) {
			throw new MalformedRule(file, 0, "the header lacks " + String.join(", ", missing));
		}
		String id = fields.get("id");
		if (!ID.matcher(id).matches()) {
			throw new MalformedRule(file, 0, "id \"" + id + "\" must be lower case letters, digits and _");
		}
		String expected = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.cypher$", "");
		if (!id.equals(expected)) {
			throw new MalformedRule(file, 0, "id \"" + id + "\" must be the file name \"" + expected + "\"");
		}
		Severity severity;
		try {
			severity = Severity.valueOf(fields.get("severity"));
		}
		catch (IllegalArgumentException ex) {
			throw new MalformedRule(file, 0, "severity \"" + fields.get("severity") + "\" is not one of HIGH, MEDIUM, LOW, INFO");
		}
		String enabled = fields.getOrDefault("enabled", "true");
		if (!enabled.equals("true") && !enabled.equals("false")) {
			throw new MalformedRule(file, 0, "enabled must be true or false, not \"" + enabled + "\"");
		}
		String query = String.join("\n", List.of(lines).subList(body, lines.length)).strip();
		if (query.isEmpty()) {
			throw new MalformedRule(file, 0, "no Cypher statement after the header");
		}
		return new AuditRule(id, fields.get("title"), fields.get("title_zh"), severity, fields.get("rationale"),
				Boolean.parseBoolean(enabled), Collections.unmodifiableMap(parameters), file, query);
	}

}
