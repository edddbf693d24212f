package io.govgraph.directory;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts over filtered sets and along the tree, for 明楼街道 (figures counted from the CSV files). */
@IntegrationTest
class AggregateTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Test
	void countsByTypeRoleAndPartyForTheSetsOfMingLou() {
		long before = this.counter.count();
		var response = this.graphQl.documentName("aggregates")
			.variable("units", Map.of("within", "yz.minglou"))
			.variable("people", Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", "yz.minglou")))))
			.variable("posts", Map.of("unit", Map.of("within", "yz.minglou", "existing", true)))
			.variable("id", "yz.minglou")
			.variable("asOf", "2026-11-26")
			.execute();
		response.path("unitsAggregate").matchesJson("""
				{"count": 123, "byType": [
				  {"type": "BUILDING_GROUP", "count": 50}, {"type": "COMMUNITY_COMMITTEE", "count": 5},
				  {"type": "COMPOUND", "count": 21}, {"type": "GRID_BRANCH", "count": 17},
				  {"type": "JOINT_MEETING", "count": 6}, {"type": "OWNERS_COMMITTEE", "count": 15},
				  {"type": "PARTY_BRANCH", "count": 3}, {"type": "RESIDENTS_COMMITTEE", "count": 5},
				  {"type": "STREET_COMMITTEE", "count": 1}]}
				""");
		response.path("peopleAggregate").matchesJson("""
				{"count": 173, "byParty": {"members": 111, "nonMembers": 62, "unknown": 0}, "byRole": [
				  {"role": "CHAIR", "count": 15}, {"role": "DEPUTY_DIRECTOR", "count": 20},
				  {"role": "DEPUTY_SECRETARY", "count": 6}, {"role": "DIRECTOR", "count": 5},
				  {"role": "GRID_WORKER", "count": 17}, {"role": "LAWYER", "count": 15},
				  {"role": "LEGAL_ADVISOR", "count": 5}, {"role": "MANAGER", "count": 9},
				  {"role": "MEMBER", "count": 101}, {"role": "REPORTED_MEMBER", "count": 11},
				  {"role": "SECRETARY", "count": 31}, {"role": "VOLUNTEER", "count": 15}]}
				""");
		response.path("postsAggregate").matchesJson("""
				{"count": 199, "people": 173,
				 "byRole": [{"role": "CHAIR", "count": 15}, {"role": "DEPUTY_DIRECTOR", "count": 20},
				   {"role": "DEPUTY_SECRETARY", "count": 6}, {"role": "DIRECTOR", "count": 10},
				   {"role": "GRID_WORKER", "count": 17}, {"role": "LEGAL_ADVISOR", "count": 5},
				   {"role": "MEMBER", "count": 89}, {"role": "SECRETARY", "count": 27}],
				 "byUnitType": [{"type": "COMMUNITY_COMMITTEE", "count": 37}, {"type": "GRID_BRANCH", "count": 35},
				   {"type": "JOINT_MEETING", "count": 5}, {"type": "OWNERS_COMMITTEE", "count": 85},
				   {"type": "PARTY_BRANCH", "count": 3}, {"type": "RESIDENTS_COMMITTEE", "count": 20},
				   {"type": "STREET_COMMITTEE", "count": 4}],
				 "byParty": {"members": 115, "nonMembers": 74, "unknown": 0}}
				""");
		response.path("unit.subtreeCounts").matchesJson("""
				{"byType": [
				  {"type": "BUILDING_GROUP", "count": 50}, {"type": "COMMUNITY_COMMITTEE", "count": 5},
				  {"type": "COMPOUND", "count": 21}, {"type": "GRID_BRANCH", "count": 17},
				  {"type": "JOINT_MEETING", "count": 6}, {"type": "OWNERS_COMMITTEE", "count": 15},
				  {"type": "PARTY_BRANCH", "count": 3}, {"type": "RESIDENTS_COMMITTEE", "count": 5}],
				 "peopleWithPosts": 173, "partyMembersWithPosts": 111, "posts": 199}
				""");
		// one statement per aggregate field asked for (2 + 3 + 5), one for the unit, one for its counts
		assertThat(this.counter.count() - before).isEqualTo(12);
	}

	@Test
	void subtreeCountsOfManyUnitsCostOneStatement() {
		long before = this.counter.count();
		this.graphQl.document("""
				{ unit(id: "yz") { children(asOf: "2026-11-26") { id subtreeCounts(asOf: "2026-11-26") { peopleWithPosts } } } }
				""")
			.execute()
			.path("unit.children[*].subtreeCounts.peopleWithPosts")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts).hasSize(7).allMatch(n -> n > 0));
		// the unit, its 7 children (6 streets and the lawyers' association), all their counts
		assertThat(this.counter.count() - before).isEqualTo(3);
		this.graphQl.document("""
				{ unit(id: "yz.minglou") { subtreeCounts(asOf: "2026-11-26") { posts } } }
				""").execute().path("unit.subtreeCounts.posts").entity(Integer.class).isEqualTo(199);
	}

}
