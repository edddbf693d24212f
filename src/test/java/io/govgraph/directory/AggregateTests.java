package io.govgraph.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.SameAnswers;
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
				   {"role": "MEMBER", "count": 89}, {"role": "REPORTED_MEMBER", "count": 10},
				   {"role": "SECRETARY", "count": 27}],
				 "byUnitType": [{"type": "COMMUNITY_COMMITTEE", "count": 42}, {"type": "GRID_BRANCH", "count": 35},
				   {"type": "JOINT_MEETING", "count": 5}, {"type": "OWNERS_COMMITTEE", "count": 85},
				   {"type": "PARTY_BRANCH", "count": 3}, {"type": "RESIDENTS_COMMITTEE", "count": 25},
				   {"type": "STREET_COMMITTEE", "count": 4}],
				 "byParty": {"members": 125, "nonMembers": 74, "unknown": 0}}
				""");
		response.path("unit.subtreeCounts").matchesJson("""
				{"byType": [
				  {"type": "BUILDING_GROUP", "count": 50}, {"type": "COMMUNITY_COMMITTEE", "count": 5},
				  {"type": "COMPOUND", "count": 21}, {"type": "GRID_BRANCH", "count": 17},
				  {"type": "JOINT_MEETING", "count": 6}, {"type": "OWNERS_COMMITTEE", "count": 15},
				  {"type": "PARTY_BRANCH", "count": 3}, {"type": "RESIDENTS_COMMITTEE", "count": 5}],
				 "peopleWithPosts": 173, "partyMembersWithPosts": 111, "posts": 199}
				""");
		// one statement per aggregate field asked for, except that the units' count and byType, and
		// the posts' count, people and byRole, are one statement each (1 + 3 + 3); one for the unit
		// with its counts
		assertThat(this.counter.count() - before).isEqualTo(8);
	}

	@Test
	void figuresAskedTogetherAreTheFiguresAskedOneByOne() {
		List<Map<String, Object>> postSets = List.of(Map.of("unit", Map.of("within", "yz.minglou", "existing", true)),
				Map.of(), Map.of("unit", Map.of("within", "yz.minglou", "type", Map.of("eq", "COMPOUND"))),
				Map.of("role", Map.of("eq", "SECRETARY"), "unit", Map.of("within", "yz")));
		List<Long> counts = new ArrayList<>();
		for (Map<String, Object> where : postSets) {
			Map<String, Object> together = posts(where, "count people byRole { role count }");
			Map<String, Object> alone = new HashMap<>();
			for (String field : List.of("count", "people", "byRole { role count }")) {
				alone.putAll(posts(where, field));
			}
			assertThat(together).as(where.toString()).isEqualTo(alone);
			counts.add(((Number) together.get("count")).longValue());
		}
		// the first set is the one counted from the CSV files above; one set is empty
		assertThat(counts.get(0)).isEqualTo(199);
		assertThat(counts).contains(0L);
		for (Map<String, Object> where : List.of(Map.<String, Object>of("within", "yz.minglou"), Map.<String, Object>of(),
				Map.<String, Object>of("id", Map.of("eq", "nothing")))) {
			Map<String, Object> together = aggregate("unitsAggregate", "UnitWhere", where, "count byType { type count }");
			Map<String, Object> alone = new HashMap<>(aggregate("unitsAggregate", "UnitWhere", where, "count"));
			alone.putAll(aggregate("unitsAggregate", "UnitWhere", where, "byType { type count }"));
			assertThat(together).as(where.toString()).isEqualTo(alone);
		}
		long before = this.counter.count();
		posts(postSets.get(0), "count people byRole { role count }");
		assertThat(this.counter.count() - before).as("count, people and byRole together").isEqualTo(1);
	}

	private Map<String, Object> posts(Map<String, Object> where, String fields) {
		return aggregate("postsAggregate", "PostWhere", where, fields);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> aggregate(String field, String type, Map<String, Object> where, String fields) {
		return this.graphQl.document("query($where: %s) { %s(where: $where, asOf: \"2026-11-26\") { %s } }"
			.formatted(type, field, fields)).variable("where", where).execute().path(field).entity(Map.class).get();
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

	@Test
	void aUnitWithItsSubtreeCountsIsOneStatementAndAnswersAsTheCountsReadOnTheirOwn() {
		long before = this.counter.count();
		this.graphQl.document("""
				{ unit(id: "yz.minglou") { name subtreeCounts(asOf: "2026-11-26") { posts } } }
				""").execute().path("unit.subtreeCounts.posts").entity(Integer.class).isEqualTo(199);
		assertThat(this.counter.count() - before).isEqualTo(1);
		before = this.counter.count();
		this.graphQl.document("""
				{ unit(id: "yz.minglou") { now: subtreeCounts(asOf: "2026-11-26") { posts } then: subtreeCounts(asOf: "2020-01-01") { posts } } }
				""").execute().path("unit.now.posts").entity(Integer.class).isEqualTo(199);
		// counts asked for on two days: the unit, then the counts of each day
		assertThat(this.counter.count() - before).isEqualTo(3);
		String counts = "subtreeCounts(asOf: \"%s\") { byType { type count } peopleWithPosts partyMembersWithPosts posts }";
		for (String id : List.of("yz", "yz.minglou", "yz.minglou.hefeng", "yz.minglou.hefeng.g01", "yz.lawyers", "lf.tongzhou",
				"yz.zhonghe.chengxing.fenggechengshi")) {
			for (String day : List.of("2026-11-26", "2019-01-01", "1990-01-01")) {
				String fields = "id name type parent { id } " + counts.formatted(day);
				SameAnswers.assertSame(this.graphQl, id + " on " + day, "{ unit(id: \"%s\") { %s } }".formatted(id, fields),
						"unit", "{ units(where: {id: {eq: \"%s\"}}, first: 1) { edges { node { %s } } } }".formatted(id, fields),
						"units.edges[0].node");
			}
		}
		this.graphQl.document("{ unit(id: \"nope\") { subtreeCounts { posts } } }").execute().path("unit").valueIsNull();
	}

}
