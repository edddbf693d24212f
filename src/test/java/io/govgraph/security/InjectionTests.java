package io.govgraph.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text in every string argument: Cypher fragments, braces, quotes and backticks, overlong
 * strings and control characters change nothing and get a clear error or an empty answer.
 */
@IntegrationTest
class InjectionTests {

	static final List<String> HOSTILE = List.of("x') MATCH (n) DETACH DELETE n //", "\"}) MATCH (n) DETACH DELETE n //",
			"` DETACH DELETE n `", "'; CALL db.clearQueryCaches() //", "}}}{{{", "$id", "\\u0000", "名'字\"`}",
			"a".repeat(5000), "bell\u0007", "nul\u0000byte", "esc\u001b[31m");

	/** Documents with one $s variable in a string argument, covering every field that takes text. */
	static final List<String> DOCUMENTS = List.of("query($s: ID!) { unit(id: $s) { id } }",
			"query($s: ID!) { person(id: $s) { id } }", "query($s: String!) { search(text: $s) { id } }",
			"query($s: String) { units(type: null, nameContains: $s) { totalCount } }",
			"query($s: String) { units(after: $s) { totalCount } }",
			"query($s: String!) { units(where: { name: { contains: $s }, sector: { startsWith: $s }, note: { eq: $s } }) { totalCount } }",
			"query($s: String!) { people(where: { id: { in: [$s] }, gender: { eq: $s } }) { totalCount } }",
			"query($s: String!) { people(where: { name: { eq: $s } }) { totalCount } }",
			"query($s: String!) { posts(where: { role: { eq: \"MEMBER\" }, title: { contains: $s } }) { totalCount } }",
			"query($s: ID!) { neighborhood(ids: [$s]) { truncated } }",
			"query($s: ID!) { paths(fromId: $s, toId: \"yz.minglou\") { length } }",
			"query($s: ID) { crossAppointmentStats(scopeId: $s) { compounds } }",
			"query($s: ID!) { ownersCommitteeComposition(id: $s) { members } }",
			"query($s: ID) { centrality(measure: DEGREE, scopeId: $s) { vertexCount } }",
			"query($s: ID) { changes(scopeId: $s, from: \"2020-01-01\", to: \"2020-12-31\") { totalCount } }",
			"query($s: ID) { findings(scopeId: $s) { totalCount } }",
			"query($s: ID!) { history(id: $s) { id } }",
			"query($s: String) { accessLog(account: $s) { totalCount } }",
			"mutation($s: ID!) { decideFinding(id: $s, decision: CONFIRMED, reason: $s) { id } }",
			"mutation($s: String!) { createUnit(input: { id: \"sx.inj\", type: $s, name: $s, note: $s }) { errors { field } } }",
			"mutation($s: ID!) { createUnit(input: { id: $s, type: \"TEAM\", name: \"注入\" }) { errors { field } } }",
			"mutation($s: ID!) { createPost(input: { personId: $s, unitId: $s, role: \"MEMBER\" }) { errors { field } } }",
			"mutation($s: ID!) { endLink(key: { fromId: $s, toId: $s, type: \"SERVES\" }, until: \"2025\") { errors { field } } }");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	private String fingerprint() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE n:Unit OR n:Person
				WITH count(n) AS vertices, sum(size(keys(n))) AS props
				MATCH ()-[r]->()
				RETURN vertices, props, count(r) AS edges, COUNT { MATCH (e:Edit) } AS edits
				""").execute().records().get(0).toString();
	}

	@TestFactory
	Stream<DynamicTest> hostileTextChangesNothing() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String document : DOCUMENTS) {
			for (String text : HOSTILE) {
				String shown = text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + ")" : text;
				tests.add(DynamicTest.dynamicTest(document.substring(0, Math.min(60, document.length())) + " ← " + shown,
						() -> {
							String before = fingerprint();
							var response = this.graphQl.document(document).variable("s", text).execute();
							response.errors().satisfy(errors -> errors.forEach(e -> {
								assertThat(e.getErrorType().toString()).isIn("BAD_REQUEST", "ValidationError");
								assertThat(e.getMessage()).isNotBlank().doesNotContainIgnoringCase("exception");
							}));
							assertThat(fingerprint()).isEqualTo(before);
						}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> hostileTextThatIsAValidNameIsStoredVerbatimAndRunsNothing() {
		List<String> valid = HOSTILE.stream().filter(t -> t.length() <= 2000 && t.chars().noneMatch(Character::isISOControl))
			.toList();
		return java.util.stream.IntStream.range(0, valid.size()).mapToObj(i -> DynamicTest.dynamicTest(valid.get(i), () -> {
			String id = "sx.inj" + i;
			long vertices = count("MATCH (n) WHERE n:Unit OR n:Person RETURN count(n) AS n");
			long edges = count("MATCH ()-[r]->() RETURN count(r) AS n");
			this.graphQl.document("mutation($id: ID!, $s: String!) { createPerson(input: { id: $id, name: $s, phone: $s }) { person { id } errors { field } } }")
				.variable("id", id)
				.variable("s", valid.get(i))
				.execute()
				.path("createPerson.errors").entityList(Object.class).hasSize(0);
			assertThat(this.driver.executableQuery("MATCH (p:Person {id: $id}) RETURN p.name AS name, p.phone AS phone")
				.withParameters(Map.of("id", id)).execute().records())
				.singleElement()
				.satisfies(r -> {
					assertThat(r.get("name").asString()).isEqualTo(valid.get(i));
					assertThat(r.get("phone").asString()).isEqualTo(valid.get(i));
				});
			assertThat(count("MATCH (n) WHERE n:Unit OR n:Person RETURN count(n) AS n")).isEqualTo(vertices + 1);
			assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(edges);
		}));
	}

	private long count(String cypher) {
		return this.driver.executableQuery(cypher).execute().records().get(0).get("n").asLong();
	}

	@TestFactory
	Stream<DynamicTest> overlongAndControlCharactersAreRefusedNamingTheArgument() {
		return Stream.of(Map.entry("a".repeat(5000), "at most 2000"), Map.entry("bell\u0007", "control character"))
			.map(c -> DynamicTest.dynamicTest(c.getValue(), () -> this.graphQl
				.document("query($s: String!) { search(text: $s) { id } }")
				.variable("s", c.getKey())
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("search(text)", c.getValue())))));
	}

}
