package io.govgraph.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue over GraphQL and its decisions: SAME joins two people and an undo splits them
 * back exactly; DIFFERENT is remembered across a re-import; each is in the edit history.
 */
@IntegrationTest
class ResolutionDecisionsTests {

	@Autowired
	RosterImporter importer;

	@Autowired
	ResolutionDecisions decisions;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@BeforeEach
	void street() {
		TestStreet.setUp(this.driver);
	}

	@AfterEach
	void cleanUp() {
		TestStreet.remove(this.driver);
	}

	private List<String> state() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (p:Person) WHERE p.id STARTS WITH 'rp-'
					OPTIONAL MATCH (p)-[h:HOLDS_POST]->(u:Unit)
					WITH p, h, u ORDER BY u.id, h.role
					WITH p, collect(u.id + ' ' + h.role + ' ' + toString(h.since)) AS posts
					OPTIONAL MATCH (m:RosterMention {personId: p.id})
					WITH p, posts, m ORDER BY m.file, m.row
					WITH p, posts, collect(m.file + '!' + toString(m.row)) AS mentions
					RETURN p.id + ' ' + p.name + ' ' + coalesce(p.phone, '-') + ' ' + coalesce(toString(p.birthYear), '-') + ' '
					  + coalesce(toString(p.partyMember), '-') + ' ' + reduce(t = '', x IN posts | t + x + '; ')
					  + reduce(t = '', x IN mentions | t + x + '; ') AS line
					ORDER BY line""").list(r -> r.get("line").asString()));
		}
	}

	private Path csv(String name, String... lines) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
		return file;
	}

	private List<Path> rosters(String year) throws IOException {
		return List.of(
				csv("居委会" + year + ".csv", "测试甲社区居委会成员名单（" + year + "年1月1日）", "姓名,性别,出生年月,政治面貌,职务,联系电话",
						"赵六,男,1966.01,党员,委员,13700000000"),
				csv("业委会" + year + ".csv", "测试甲花园业委会成员名单（" + year + "年6月30日）", "姓名,政治面貌,职务", "赵六,群众,委员"));
	}

	private String candidateId() {
		return this.graphQl.document("""
				{ resolutionCandidates(scopeId: "test.roster.street") { totalCount edges { node { id score
				  mentions { file sheet row unitId name } evidence { rule agree differ } } } } }""")
			.execute()
			.path("resolutionCandidates.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("resolutionCandidates.edges[0].node.mentions[*].file")
			.entityList(String.class)
			.containsExactly("业委会2024.csv", "居委会2024.csv")
			.path("resolutionCandidates.edges[0].node.evidence.agree")
			.entityList(String.class)
			.containsExactly("name", "street")
			.path("resolutionCandidates.edges[0].node.id")
			.entity(String.class)
			.get();
	}

	@Test
	void sameJoinsThePeopleAndAnUndoSplitsThemBackExactly() throws IOException {
		this.importer.importPaths(rosters("2024"), null, false, "tester");
		List<String> before = state();
		assertThat(before).hasSize(2);
		String id = candidateId();
		this.graphQl.document("mutation($id: ID!) { decideResolution(candidateId: $id, decision: SAME, reason: \"one man\") "
				+ "{ status personId } }")
			.variable("id", id)
			.execute()
			.path("decideResolution.status")
			.entity(String.class)
			.isEqualTo("SAME");
		List<String> merged = state();
		assertThat(merged).singleElement()
			.satisfies(line -> assertThat(line).contains("赵六 13700000000 1966 true")
				.contains("test.roster.oc MEMBER 2024-06-30")
				.contains("test.roster.rc MEMBER 2024-01-01")
				.contains("业委会2024.csv!3")
				.contains("居委会2024.csv!3"));
		this.graphQl.document("{ resolutionCandidates(scopeId: \"test.roster.street\") { totalCount } }")
			.execute()
			.path("resolutionCandidates.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.decisions.undo(id, "two men after all", "tester");
		assertThat(state()).isEqualTo(before);
		try (Session session = this.driver.session()) {
			List<Object> edits = session.executeRead(tx -> tx.run("""
					MATCH (e:Edit {entity: 'RESOLUTION', entityId: $id})
					RETURN collect(e.operation + ' ' + e.account + ' ' + e.afterValues[1]) AS edits""", java.util.Map.of("id", id))
				.single()
				.get("edits")
				.asList());
			assertThat(edits).containsExactlyInAnyOrder("decideResolution tester one man", "undoResolution tester two men after all");
		}
	}

	@Test
	void differentIsRememberedAcrossAReimport() throws IOException {
		this.importer.importPaths(rosters("2024"), null, false, "tester");
		String id = candidateId();
		this.decisions.decide(id, ResolutionDecisions.Decision.DIFFERENT, "father and son", "tester");
		RosterReport again = this.importer.importPaths(rosters("2025"), null, false, "tester");
		assertThat(again.total().candidates()).isZero();
		assertThat(again.total().certain()).isEqualTo(2);
		assertThat(state()).hasSize(2);
		this.graphQl.document("{ resolutionCandidates { totalCount } }")
			.execute()
			.path("resolutionCandidates.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void aDecisionNeedsAReasonAndAnOpenCandidate() throws IOException {
		this.importer.importPaths(rosters("2024"), null, false, "tester");
		String id = candidateId();
		this.graphQl.document("mutation($id: ID!) { decideResolution(candidateId: $id, decision: DIFFERENT, reason: \" \") "
				+ "{ status } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("reason: say why")));
		this.decisions.decide(id, ResolutionDecisions.Decision.DIFFERENT, "apart", "tester");
		this.graphQl.document("mutation($id: ID!) { decideResolution(candidateId: $id, decision: SAME, reason: \"x\") "
				+ "{ status } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("already decided (DIFFERENT)")));
	}

}
