package io.govgraph.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter operator and relationship predicate, on the sample district. Expected figures were
 * counted from data/yinzhou/*.csv by a separate script, on a day after the sample's last change.
 * Filters on units are kept to the sample's ids, since other tests add units of their own.
 */
@IntegrationTest
class FilterTests {

	static final String DAY = "2026-11-26";

	static final Map<String, Object> IN_YINZHOU = Map.of("within", "yz");

	@Autowired
	GraphQlTester graphQl;

	long units(Map<String, Object> where) {
		return this.graphQl.documentName("filteredUnits")
			.variable("where", where)
			.variable("asOf", DAY)
			.execute()
			.path("units.totalCount")
			.entity(Long.class)
			.get();
	}

	long unitsInYinzhou(Map<String, Object> where) {
		return units(Map.of("AND", List.of(IN_YINZHOU, where)));
	}

	long people(Map<String, Object> where) {
		return this.graphQl.documentName("filteredPeople")
			.variable("where", Map.of("AND", List.of(Map.of("id", Map.of("startsWith", "p0")), where)))
			.variable("asOf", DAY)
			.execute()
			.path("people.totalCount")
			.entity(Long.class)
			.get();
	}

	long posts(Map<String, Object> where) {
		return this.graphQl.documentName("filteredPosts")
			.variable("where", Map.of("AND", List.of(Map.of("person", Map.of("id", Map.of("startsWith", "p0"))), where)))
			.variable("asOf", DAY)
			.execute()
			.path("posts.totalCount")
			.entity(Long.class)
			.get();
	}

	@Test
	void stringOperators() {
		assertThat(units(Map.of("id", Map.of("eq", "yz.minglou")))).isEqualTo(1);
		assertThat(units(Map.of("id", Map.of("in", List.of("yz.minglou", "lf.tongzhou", "pc.mingzhu", "nope")))))
			.isEqualTo(3);
		// 明楼街道党工委, its joint meeting, and three stationed units outside the tree.
		assertThat(allSampleUnits(Map.of("name", Map.of("contains", "明楼")))).isEqualTo(5);
		assertThat(unitsInYinzhou(Map.of("name", Map.of("contains", "明楼")))).isEqualTo(2);
		assertThat(unitsInYinzhou(Map.of("name", Map.of("startsWith", "明楼")))).isEqualTo(2);
		assertThat(units(Map.of("sector", Map.of("eq", "police")))).isEqualTo(5);
		// several operators on one field must all hold
		assertThat(allSampleUnits(Map.of("name", Map.of("contains", "明楼", "startsWith", "明楼")))).isEqualTo(2);
	}

	@Test
	void dateOperators() {
		assertThat(unitsInYinzhou(Map.of("founded", Map.of("eq", "2020-04-01")))).isEqualTo(1);
		assertThat(allSampleUnits(Map.of("founded", Map.of("lt", "2000-01-01")))).isEqualTo(36);
		assertThat(allSampleUnits(Map.of("founded", Map.of("lte", "2000-01-01")))).isEqualTo(36);
		assertThat(allSampleUnits(Map.of("founded", Map.of("gt", "2000-01-01")))).isEqualTo(521);
		assertThat(allSampleUnits(Map.of("founded", Map.of("gte", "2020-04-01")))).isEqualTo(210);
		assertThat(allSampleUnits(Map.of("founded", Map.of("isNull", true)))).isEqualTo(283);
		assertThat(allSampleUnits(Map.of("dissolved", Map.of("isNull", false)))).isEqualTo(2);
		assertThat(allSampleUnits(Map.of("existing", false))).isEqualTo(2);
	}

	/** Every unit of the sample, wherever it hangs: ids the sample uses and test data never does. */
	long allSampleUnits(Map<String, Object> where) {
		Map<String, Object> sample = Map.of("OR", List.of(IN_YINZHOU, Map.of("id", Map.of("startsWith", "pc.")),
				Map.of("id", Map.of("startsWith", "lf.")), Map.of("id", Map.of("startsWith", "su.")),
				Map.of("id", Map.of("startsWith", "is.")), Map.of("id", Map.of("startsWith", "nf."))));
		return units(Map.of("AND", List.of(sample, where)));
	}

	@Test
	void personOperatorsIncludingNumbersAndBooleans() {
		assertThat(people(Map.of())).isEqualTo(1113);
		assertThat(people(Map.of("partyMember", true))).isEqualTo(777);
		assertThat(people(Map.of("partyMember", false))).isEqualTo(336);
		assertThat(people(Map.of("birthYear", Map.of("gte", 1990)))).isEqualTo(181);
		assertThat(people(Map.of("birthYear", Map.of("isNull", true)))).isEqualTo(0);
		assertThat(people(Map.of("birthYear", Map.of("gte", 1990), "NOT", Map.of("partyMember", true)))).isEqualTo(48);
	}

	@Test
	void booleanCombinators() {
		assertThat(allSampleUnits(Map.of("OR",
				List.of(Map.of("type", Map.of("eq", "LAW_FIRM")), Map.of("type", Map.of("eq", "PROPERTY_COMPANY"))))))
			.isEqualTo(35);
		assertThat(allSampleUnits(Map.of("type", Map.of("in", List.of("LAW_FIRM", "PROPERTY_COMPANY"))))).isEqualTo(35);
		assertThat(units(Map.of("within", "yz.minglou", "NOT", Map.of("type", Map.of("eq", "BUILDING_GROUP")))))
			.isEqualTo(73);
		// An empty OR matches nothing; an OR holding {} matches everything.
		assertThat(units(Map.of("within", "yz.minglou", "OR", List.of()))).isEqualTo(0);
		assertThat(units(Map.of("within", "yz.minglou", "OR", List.of(Map.of(), Map.of("id", Map.of("eq", "x"))))))
			.isEqualTo(units(Map.of("within", "yz.minglou")));
	}

	@Test
	void communityCommitteesWithAPairedLawFirm() {
		// 一社区一法律顾问: every live community is paired with a law firm.
		assertThat(unitsInYinzhou(Map.of("type", Map.of("eq", "COMMUNITY_COMMITTEE"), "links",
				Map.of("some", Map.of("type", Map.of("eq", "PAIRED_WITH"), "direction", "IN", "other",
						Map.of("type", Map.of("eq", "LAW_FIRM")))))))
			.isEqualTo(26);
		// ... and the pairing runs from the firm: none goes out from a community.
		assertThat(unitsInYinzhou(Map.of("type", Map.of("eq", "COMMUNITY_COMMITTEE"), "links",
				Map.of("some", Map.of("type", Map.of("eq", "PAIRED_WITH"), "direction", "OUT")))))
			.isEqualTo(0);
	}

	@Test
	void peopleWithAPostInAnOwnersCommitteeAndOneInACommunityCommittee() {
		assertThat(people(Map.of("AND",
				List.of(Map.of("posts", Map.of("some", Map.of("unit", Map.of("type", Map.of("eq", "OWNERS_COMMITTEE"))))),
						Map.of("posts",
								Map.of("some", Map.of("unit", Map.of("type", Map.of("eq", "COMMUNITY_COMMITTEE")))))))))
			.isEqualTo(11);
	}

	@Test
	void aPersonFilterStartedFromItsPostsSubtreeAgreesWithTestingEveryPerson() {
		// An OR of one item means the same but is never anchored: every person is tested instead.
		Map<String, Object> inMinglou = Map.of("unit", Map.of("within", "yz.minglou"));
		Map<String, Object> secretaryInMinglou = Map.of("role", Map.of("eq", "SECRETARY"), "unit",
				Map.of("within", "yz.minglou", "type", Map.of("eq", "COMMUNITY_COMMITTEE")));
		List<Map<String, Object>> filters = List.of(Map.of("posts", Map.of("some", inMinglou)),
				Map.of("posts", Map.of("some", secretaryInMinglou)),
				Map.of("posts", Map.of("some", inMinglou, "none", Map.of("role", Map.of("eq", "SECRETARY")))),
				Map.of("partyMember", false, "posts", Map.of("some", inMinglou, "all", Map.of("unit",
						Map.of("within", "yz.minglou")))));
		List<Long> anchored = filters.stream().map(this::people).toList();
		List<Long> tested = filters.stream().map(f -> people(Map.of("OR", List.of(f)))).toList();
		assertThat(anchored).isEqualTo(tested);
		// people holding several posts in 明楼 are counted once: as many as hold posts there
		assertThat(anchored.get(0)).isEqualTo(this.graphQl.document("""
				query($asOf: Date) { postsAggregate(asOf: $asOf,
				    where: {person: {id: {startsWith: "p0"}}, unit: {within: "yz.minglou"}}) { count people } }""")
			.variable("asOf", DAY)
			.execute()
			.path("postsAggregate.people")
			.entity(Long.class)
			.get());
		assertThat(anchored.get(2)).isLessThan(anchored.get(0));
		assertThat(anchored.get(3)).isPositive().isLessThan(anchored.get(0));
	}

	@Test
	void someNoneAndAllOverPostsLinksAndChildren() {
		Map<String, Object> communities = Map.of("type", Map.of("eq", "COMMUNITY_COMMITTEE"), "existing", true);
		Map<String, Object> firstSecretary = Map.of("role", Map.of("eq", "FIRST_SECRETARY"));
		assertThat(unitsInYinzhou(Map.of("AND", List.of(communities, Map.of("posts", Map.of("some", firstSecretary))))))
			.isEqualTo(4);
		assertThat(unitsInYinzhou(Map.of("AND", List.of(communities, Map.of("posts", Map.of("none", firstSecretary))))))
			.isEqualTo(22);
		assertThat(unitsInYinzhou(Map.of("AND", List.of(communities,
				Map.of("posts", Map.of("all", Map.of("person", Map.of("partyMember", true))))))))
			.isEqualTo(25);
		// 明楼: 21 compounds, 15 with an owners committee (the article's figures).
		Map<String, Object> compounds = Map.of("within", "yz.minglou", "type", Map.of("eq", "COMPOUND"));
		Map<String, Object> oc = Map.of("type", Map.of("eq", "OWNERS_COMMITTEE"));
		assertThat(units(Map.of("AND", List.of(compounds, Map.of("children", Map.of("some", oc)))))).isEqualTo(15);
		assertThat(units(Map.of("AND", List.of(compounds, Map.of("children", Map.of("none", oc)))))).isEqualTo(6);
		Map<String, Object> companies = Map.of("id", Map.of("startsWith", "pc."), "type",
				Map.of("eq", "PROPERTY_COMPANY"));
		assertThat(units(Map.of("AND",
				List.of(companies, Map.of("links", Map.of("all", Map.of("type", Map.of("eq", "SERVES"))))))))
			.isEqualTo(1);
		assertThat(units(Map.of("AND", List.of(companies, Map.of("links", Map.of("some", Map.of("type",
				Map.of("eq", "SERVES"), "direction", "OUT", "other", Map.of("within", "yz.minglou"))))))))
			.isEqualTo(12);
	}

	@Test
	void postFiltersReachPersonAndUnit() {
		assertThat(posts(Map.of())).isEqualTo(1836);
		assertThat(posts(Map.of("role", Map.of("eq", "SECRETARY"), "unit", Map.of("within", "yz.minglou"))))
			.isEqualTo(27);
		assertThat(posts(Map.of("person", Map.of("partyMember", true), "unit",
				Map.of("type", Map.of("eq", "OWNERS_COMMITTEE")))))
			.isEqualTo(170);
	}

	@Test
	void relationshipPredicatesSeeOnlyWhatIsInForceOnTheDay() {
		Map<String, Object> servedByMingzhu = Map.of("id", Map.of("eq", "yz.minglou.changqingteng.yongjiangxincun"),
				"links", Map.of("some", Map.of("other", Map.of("id", Map.of("eq", "pc.mingzhu")))));
		assertThat(units(servedByMingzhu)).isEqualTo(0);
		assertThat(this.graphQl.documentName("filteredUnits")
			.variable("where", servedByMingzhu)
			.variable("asOf", "2024-06-30")
			.execute()
			.path("units.totalCount")
			.entity(Long.class)
			.get()).isEqualTo(1);
	}

	@Test
	void misspeltVocabularyAndOverlyDeepFiltersAreUserErrors() {
		this.graphQl.documentName("filteredUnits")
			.variable("where", Map.of("type", Map.of("eq", "COMMUNITY")))
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("where: type \"COMMUNITY\" is unknown")));
		Map<String, Object> deep = Map.of("id", Map.of("eq", "x"));
		for (int i = 0; i < 5; i++) {
			deep = Map.of("parent", deep);
		}
		this.graphQl.documentName("filteredUnits")
			.variable("where", deep)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("relationship filters nest at most 4 deep")));
	}

	@Test
	void userTextIsAParameterNeverCypher() {
		String hostile = "x' OR 1=1 //\"}) MATCH (n) DETACH DELETE n //";
		assertThat(units(Map.of("name", Map.of("contains", hostile)))).isEqualTo(0);
		assertThat(units(Map.of("id", Map.of("eq", "yz.minglou")))).isEqualTo(1);
	}

}
