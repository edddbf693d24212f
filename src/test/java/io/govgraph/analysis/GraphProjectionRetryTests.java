package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.linkage.ScopeService;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.FailingOnce;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection whose read the driver runs again after a transient failure keeps nothing of the
 * failed run: a post ended in between is not an edge.
 */
@IntegrationTest
class GraphProjectionRetryTests {

	static final LocalDate AS_OF = LocalDate.parse("2026-07-01");

	@Autowired
	Driver driver;

	@Autowired
	ScopeService scopes;

	@Autowired
	CypherQueries cypher;

	@Autowired
	GraphProjection projection;

	@BeforeEach
	void aPostInForce() {
		write("""
				CREATE (u:Unit:CommunityCommittee {id: 'rt.u', type: 'COMMUNITY_COMMITTEE', name: 'rt'})
				CREATE (:Person {id: 'rt.p', name: 'rt'})-[:HOLDS_POST {role: 'MEMBER', since: date('2020-01-01')}]->(u)""");
	}

	@AfterEach
	void removeIt() {
		write("MATCH (n) WHERE (n:Unit OR n:Person) AND n.id STARTS WITH 'rt.' DETACH DELETE n");
	}

	@Test
	void aReadRunAgainLeavesNothingOfItsFirstRun() {
		String posts = this.cypher.get("analysis/post_edges");
		AtomicBoolean failed = new AtomicBoolean();
		// the posts' read sees rt.p's post, the post is deleted, the read fails and is run again
		Driver failingOnce = FailingOnce.after(this.driver, (statement, parameters) -> statement.equals(posts),
				() -> write("MATCH (:Person {id: 'rt.p'})-[h:HOLDS_POST]->() DELETE h"), failed);
		LinkageGraph retried = new GraphProjection(failingOnce, this.scopes, this.cypher).project(null, AS_OF).graph();
		assertThat(failed).isTrue();
		LinkageGraph now = this.projection.project(null, AS_OF).graph();
		assertThat(now.indexOf("rt.u")).isNotNegative();
		assertThat(now.indexOf("rt.p")).isNegative();
		assertThat(retried.indexOf("rt.p")).as("the person whose only post was deleted").isNegative();
		assertThat(retried.vertexCount()).isEqualTo(now.vertexCount());
		assertThat(retried.edgeCount()).isEqualTo(now.edgeCount());
	}

	private void write(String statement) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
		}
	}

}
