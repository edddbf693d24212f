package io.govgraph.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.govgraph.store.StartupProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The header of a rule file, and the start-up problems a malformed one causes. */
class AuditRuleHeaderTests {

	static final String GOOD = """
			// id: sample_rule
			// title: A sample
			// title_zh: 示例
			// severity: LOW
			// param: maxPosts = 4
			// rationale: Why it matters,
			//   over two lines.
			MATCH (n:Unit) WHERE n.id IN $scopeUnitIds
			RETURN n.id AS subject, [n.id] AS evidence, n.name AS message""";

	@Test
	void readsEveryHeaderField() {
		AuditRule rule = AuditRule.parse("cypher/audit/rules/sample_rule.cypher", GOOD);
		assertThat(rule).extracting(AuditRule::id, AuditRule::title, AuditRule::titleZh, AuditRule::severity,
				AuditRule::rationale, AuditRule::enabledByDefault)
			.containsExactly("sample_rule", "A sample", "示例", Severity.LOW, "Why it matters, over two lines.", true);
		assertThat(rule.parameters()).containsExactly(Map.entry("maxPosts", 4L));
		assertThat(rule.query()).startsWith("MATCH (n:Unit)");
	}

	@Test
	void aPropertyOverridesAParameterDefault() {
		Map<String, AuditRule> rules = AuditRules.load(Map.of("audit/rules/sample_rule", GOOD),
				Map.of("maxPosts", "6"));
		assertThat(rules.get("sample_rule").parameters()).containsEntry("maxPosts", 6L);
	}

	@Test
	void aMalformedHeaderStopsTheStartNamingFileLineAndProblem() {
		assertProblem(GOOD.replace("severity: LOW", "severity: URGENT"),
				"Audit rule cypher/audit/rules/sample_rule.cypher: severity \"URGENT\" is not one of HIGH, MEDIUM, LOW, INFO");
		assertProblem(GOOD.replace("// title_zh: 示例\n", ""), "Audit rule cypher/audit/rules/sample_rule.cypher: the header lacks title_zh");
		assertProblem(GOOD.replace("// param: maxPosts = 4", "// param: maxPosts = four"),
				"Audit rule cypher/audit/rules/sample_rule.cypher:5: param must read \"name = integer\", not \"maxPosts = four\"");
		assertProblem(GOOD.replace("// title: A sample", "// titel: A sample"),
				"Audit rule cypher/audit/rules/sample_rule.cypher:2: unknown header field \"titel\"");
		assertProblem(GOOD.replace("id: sample_rule", "id: other_rule"),
				"Audit rule cypher/audit/rules/sample_rule.cypher: id \"other_rule\" must be the file name \"sample_rule\"");
		assertProblem(GOOD.substring(0, GOOD.indexOf("MATCH")),
				"Audit rule cypher/audit/rules/sample_rule.cypher: no Cypher statement after the header");
	}

	@Test
	void aParameterOverrideThatIsNotANumberStopsTheStart() {
		assertThatThrownBy(() -> AuditRules.load(Map.of("audit/rules/sample_rule", GOOD),
				Map.of("maxPosts", "many")))
			.isInstanceOf(StartupProblem.class)
			.hasMessage("govgraph.audit.param.maxPosts=many is not an integer");
	}

	private static void assertProblem(String text, String message) {
		assertThatThrownBy(() -> AuditRules.load(Map.of("audit/rules/sample_rule", text), Map.of()))
			.isInstanceOf(StartupProblem.class)
			.hasMessageStartingWith(message);
	}

}
