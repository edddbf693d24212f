package io.govgraph.linkage;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neighbourhoods and paths of the sample district. Expected figures were counted from
 * data/yinzhou/*.csv by hand-written script, on a day after the last change in the sample
 * (2026-06-30), so they hold on any later day.
 */
@IntegrationTest
class ExploreGraphQlTests {

	static final String DAY = "2026-11-26";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void theNeighbourhoodOfAStreetIsItsTreeItsLeadersAndItsCoConstructors() {
		var response = this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou"))
			.variable("asOf", DAY)
			.execute();
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("neighborhood.vertices[0]").matchesJson("""
				{"id": "yz.minglou", "kind": "UNIT", "type": "STREET_COMMITTEE", "name": "明楼街道党工委",
				 "parentId": "yz", "hiddenNeighbors": 0}
				""");
		// 1 + 22 neighbours: 5 communities, 5 stationed units, 3 party branches, 2 industry systems,
		// 1 new-field org, the district, the joint meeting and 4 people with posts.
		response.path("neighborhood.vertices[*].id").entityList(String.class).hasSize(23);
		response.path("neighborhood.vertices[?(@.kind == 'PERSON')].id")
			.entityList(String.class)
			.containsExactly("p00005", "p00006", "p00007", "p00008");
		response.path("neighborhood.vertices[?(@.kind == 'PERSON')].type")
			.entityList(Object.class)
			.satisfies(types -> assertThat(types).hasSize(4).containsOnlyNulls());
		response.path("neighborhood.vertices[?(@.id == 'is.education')].hiddenNeighbors")
			.entityList(Integer.class)
			.containsExactly(2);
		response.path("neighborhood.vertices[*].hiddenNeighbors")
			.entityList(Integer.class)
			.satisfies(hidden -> assertThat(hidden.stream().mapToInt(Integer::intValue).sum()).isEqualTo(182));
		// 21 edges from the street, 4 more among its neighbours (co-construction with communities).
		response.path("neighborhood.edges[*].type").entityList(String.class).satisfies(types -> {
			assertThat(types).hasSize(25);
			assertThat(types.stream().filter("CO_CONSTRUCTS"::equals)).hasSize(11);
			assertThat(types.stream().filter("UNDER"::equals)).hasSize(10);
			assertThat(types.stream().filter("HOLDS_POST"::equals)).hasSize(4);
		});
		response.path("neighborhood.edges[?(@.kind == 'POST' && @.role == 'SECRETARY')]").matchesJson("""
				[{"source": "p00005", "target": "yz.minglou", "type": "HOLDS_POST"}]
				""");
		response.path("neighborhood.edges[?(@.kind == 'UNDER' && @.source == 'yz.minglou')]").matchesJson("""
				[{"id": "UNDER|yz.minglou|yz", "target": "yz", "role": null, "since": null, "until": null}]
				""");
		response.path("neighborhood.edges[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).doesNotHaveDuplicates().isSorted());
	}

	@Test
	void edgeIdsAreTheSameInEveryAnswer() {
		List<String> fromStreet = edgeIds(List.of("yz.minglou"));
		List<String> fromCommunity = edgeIds(List.of("yz.minglou.hefeng"));
		assertThat(fromStreet).contains("UNDER|yz.minglou.hefeng|yz.minglou");
		assertThat(fromCommunity).contains("UNDER|yz.minglou.hefeng|yz.minglou");
		assertThat(edgeIds(List.of("yz.minglou"))).isEqualTo(fromStreet);
	}

	private List<String> edgeIds(List<String> ids) {
		return this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", ids)
			.variable("asOf", DAY)
			.execute()
			.path("neighborhood.edges[*].id")
			.entityList(String.class)
			.get();
	}

	@Test
	void theLimitKeepsTheSeedsAndTheNearestAndSaysItCut() {
		var response = this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou"))
			.variable("depth", 2)
			.variable("asOf", DAY)
			.variable("limit", 5)
			.execute();
		response.path("neighborhood.truncated").entity(Boolean.class).isEqualTo(true);
		// The seed, then neighbours by id: is.education, is.housing, nf.social.yigong, p00005.
		response.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.containsExactly("yz.minglou", "is.education", "is.housing", "nf.social.yigong", "p00005");
		// 22 neighbours of the street on the day, 4 of them shown.
		response.path("neighborhood.vertices[0].hiddenNeighbors").entity(Integer.class).isEqualTo(18);
		response.path("neighborhood.edges[*].target")
			.entityList(String.class)
			.satisfies(targets -> assertThat(targets).hasSize(4).containsOnly("yz.minglou"));
	}

	@Test
	void depthTwoReachesTheNeighboursOfNeighbours() {
		this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou"))
			.variable("depth", 2)
			.variable("asOf", DAY)
			.execute()
			.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.hasSize(161);
	}

	@Test
	void linkTypesAndUnitTypesNarrowTheWalk() {
		this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou"))
			.variable("linkTypes", List.of("UNDER"))
			.variable("asOf", DAY)
			.execute()
			.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.containsExactly("yz.minglou", "pc.anju.pb", "pc.tianyi.pb", "pc.yongcheng.pb", "yz",
					"yz.minglou.changqingteng", "yz.minglou.hefeng", "yz.minglou.mingnan", "yz.minglou.qingfeng",
					"yz.minglou.wjy", "yz.minglou.zhaohui");
		var communities = this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.minglou"))
			.variable("unitTypes", List.of("COMMUNITY_COMMITTEE"))
			.variable("asOf", DAY)
			.execute();
		communities.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.containsExactly("yz.minglou", "p00005", "p00006", "p00007", "p00008", "yz.minglou.changqingteng",
					"yz.minglou.hefeng", "yz.minglou.mingnan", "yz.minglou.qingfeng", "yz.minglou.zhaohui");
		// The walk did not enter the district or the drivers, and counts them as not shown neither.
		communities.path("neighborhood.vertices[0].hiddenNeighbors").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void aLinkThatEndedIsThereOnlyOnDaysItWasInForce() {
		String compound = "yz.minglou.changqingteng.yongjiangxincun";
		var before = this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of(compound))
			.variable("asOf", "2024-06-30")
			.execute();
		before.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.containsExactly(compound, "pc.mingzhu", "yz.minglou.changqingteng", compound + ".oc");
		before.path("neighborhood.edges[?(@.type == 'SERVES')]").matchesJson("""
				[{"id": "SERVES|pc.mingzhu|yz.minglou.changqingteng.yongjiangxincun|2014-01-01", "kind": "LINK",
				  "source": "pc.mingzhu", "target": "yz.minglou.changqingteng.yongjiangxincun",
				  "since": "2014-01-01", "until": "2024-06-30"}]
				""");
		this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of(compound))
			.variable("asOf", DAY)
			.execute()
			.path("neighborhood.vertices[*].id")
			.entityList(String.class)
			.containsExactly(compound, "pc.jiahe", "yz.minglou.changqingteng", compound + ".oc");
	}

	@Test
	void aUnitThatDoesNotExistOnTheDayGivesAnEmptyNeighbourhood() {
		// 兴宁社区 was dissolved on 2019-12-31 (data/yinzhou/README.md).
		this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz.baizhang.xingning"))
			.variable("asOf", DAY)
			.execute()
			.path("neighborhood")
			.matchesJson("""
					{"vertices": [], "edges": [], "truncated": false}
					""");
	}

	@Test
	void aLawFirmReachesTheStreetThroughTheCommunityItIsPairedWith() {
		var response = this.graphQl.documentName("explorePaths")
			.variable("fromId", "lf.tongzhou")
			.variable("toId", "yz.minglou")
			.variable("asOf", DAY)
			.execute();
		response.path("paths[*].length").entityList(Integer.class).satisfies(l -> assertThat(l).isNotEmpty().containsOnly(2));
		response.path("paths[0].vertices[0].id").entity(String.class).isEqualTo("lf.tongzhou");
		response.path("paths[0].vertices[2].id").entity(String.class).isEqualTo("yz.minglou");
		response.path("paths[*]").entityList(Map.class).satisfies(paths -> paths.forEach(ExploreGraphQlTests::assertChained));
	}

	@Test
	void aStreetSecretaryIsFourStepsFromAPropertyCompanyAndNoPathIsLongerThanAsked() {
		var response = this.graphQl.documentName("explorePaths")
			.variable("fromId", "p00005")
			.variable("toId", "pc.mingzhu")
			.variable("asOf", DAY)
			.variable("first", 50)
			.execute();
		response.path("paths[*].length").entityList(Integer.class).satisfies(l -> assertThat(l).isNotEmpty().containsOnly(4));
		response.path("paths[*]").entityList(Map.class).satisfies(paths -> {
			paths.forEach(ExploreGraphQlTests::assertChained);
			List<String> keys = paths.stream().map(p -> ids(p).toString()).toList();
			assertThat(keys).doesNotHaveDuplicates();
		});
		this.graphQl.documentName("explorePaths")
			.variable("fromId", "p00005")
			.variable("toId", "pc.mingzhu")
			.variable("maxLength", 3)
			.variable("asOf", DAY)
			.execute()
			.path("paths")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aPathVertexCountsTheNeighboursOffThePath() {
		// The street has 22 neighbours on the day; on a path from the district to one of its
		// communities it shows 2 of them.
		this.graphQl.documentName("explorePaths")
			.variable("fromId", "yz")
			.variable("toId", "yz.minglou.hefeng")
			.variable("asOf", DAY)
			.execute()
			.path("paths[0].vertices[1]")
			.matchesJson("""
					{"id": "yz.minglou", "hiddenNeighbors": 20}
					""");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPathNotAskingForHiddenNeighboursHasTheSameVerticesAndEdges() {
		// without hiddenNeighbors the vertices come with the paths themselves (one statement fewer)
		for (String[] ends : new String[][] { { "p00005", "pc.mingzhu" }, { "lf.tongzhou", "yz.minglou" },
				{ "yz", "yz.minglou.hefeng" }, { "yz.minglou", "yz.minglou" } }) {
			List<Map<String, Object>> full = paths(ends, "hiddenNeighbors");
			List<Map<String, Object>> lean = paths(ends, "");
			assertThat(full).as(String.join(" to ", ends)).isNotEmpty();
			full.forEach(path -> ((List<Map<String, Object>>) path.get("vertices")).forEach(v -> v.remove("hiddenNeighbors")));
			assertThat(lean).as(String.join(" to ", ends)).isEqualTo(full);
		}
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> paths(String[] ends, String extra) {
		return (List<Map<String, Object>>) (List<?>) this.graphQl.document("""
				{ paths(fromId: "%s", toId: "%s", asOf: "%s", first: 50) {
				    length vertices { id kind type name parentId %s } edges { id source target kind type role since until } } }
				""".formatted(ends[0], ends[1], DAY, extra)).execute().path("paths").entityList(Map.class).get();
	}

	@Test
	void badArgumentsNameTheArgument() {
		assertError(this.graphQl.documentName("exploreNeighborhood").variable("ids", List.of("nope", "yz")),
				"neighborhood(ids): no unit or person with id \"nope\"");
		assertError(this.graphQl.documentName("exploreNeighborhood").variable("ids", List.of("yz")).variable("depth", 9),
				"neighborhood(depth): 9 is out of range (0 to 6)");
		assertError(this.graphQl.documentName("exploreNeighborhood").variable("ids", List.of("yz")).variable("limit", 20_001),
				"neighborhood(limit): 20001 is out of range (1 to 20000)");
		assertError(this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", List.of("yz"))
			.variable("linkTypes", List.of("FRIENDS")), "neighborhood(linkTypes): unknown FRIENDS");
		assertError(this.graphQl.documentName("explorePaths").variable("fromId", "yz").variable("toId", "zz"),
				"paths(fromId, toId): no unit or person with id \"zz\"");
		assertError(this.graphQl.documentName("explorePaths")
			.variable("fromId", "yz")
			.variable("toId", "yz.minglou")
			.variable("maxLength", 11), "paths(maxLength): 11 is out of range (1 to 10)");
	}

	private static void assertError(GraphQlTester.Request<?> request, String message) {
		request.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement().satisfies(err -> assertThat(err.getMessage()).contains(message)));
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Map<?, ?> path) {
		return ((List<Map<String, Object>>) path.get("vertices")).stream().map(v -> (String) v.get("id")).toList();
	}

	/** Each edge joins the vertex before it and the vertex after it, in one direction or the other. */
	@SuppressWarnings("unchecked")
	private static void assertChained(Map<?, ?> path) {
		List<String> ids = ids(path);
		List<Map<String, Object>> edges = (List<Map<String, Object>>) path.get("edges");
		assertThat(edges).hasSize(ids.size() - 1);
		for (int i = 0; i < edges.size(); i++) {
			assertThat(List.of(edges.get(i).get("source"), edges.get(i).get("target")))
				.containsExactlyInAnyOrder(ids.get(i), ids.get(i + 1));
		}
	}

}
