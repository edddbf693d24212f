package io.govgraph.directory;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Units, people, posts and links of the sample district through GraphQL. */
@IntegrationTest
class DirectoryGraphQlTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void searchForMingLouFindsTheStreetCommitteeFirst() {
		this.graphQl.documentName("search")
			.variable("text", "明楼")
			.variable("first", 10)
			.execute()
			.path("search[0]")
			.matchesJson("""
					{"__typename": "Unit", "id": "yz.minglou", "name": "明楼街道党工委"}
					""")
			.path("search[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).hasSizeGreaterThan(1).allMatch(n -> n.contains("明楼")));
	}

	@Test
	void searchFindsPeopleAndAliasesAndTreatsLuceneSyntaxAsText() {
		this.graphQl.documentName("search")
			.variable("text", "同舟所")
			.execute()
			.path("search[0].id")
			.entity(String.class)
			.isEqualTo("lf.tongzhou");
		this.graphQl.documentName("search")
			.variable("text", "明楼 AND (\"*")
			.execute()
			.path("search[0].id")
			.entity(String.class)
			.isEqualTo("yz.minglou");
	}

	@Test
	void aStreetShowsItsParentChildrenPostsAndLinks() {
		var response = this.graphQl.documentName("unitDetail").variable("id", "yz.minglou").execute();
		response.path("unit.type").entity(String.class).isEqualTo("STREET_COMMITTEE");
		response.path("unit.aliases").entityList(String.class).contains("明楼街道");
		response.path("unit.parent").matchesJson("""
				{"id": "yz", "type": "DISTRICT_COMMITTEE"}
				""");
		response.path("unit.children[?(@.type == 'COMMUNITY_COMMITTEE')].id")
			.entityList(String.class)
			.containsExactly("yz.minglou.changqingteng", "yz.minglou.hefeng", "yz.minglou.mingnan",
					"yz.minglou.qingfeng", "yz.minglou.zhaohui");
		response.path("unit.posts[*].role")
			.entityList(String.class)
			.containsExactly("DEPUTY_SECRETARY", "MEMBER", "MEMBER", "SECRETARY");
		response.path("unit.posts[?(@.role == 'SECRETARY')].person.id").entityList(String.class).containsExactly("p00005");
		response.path("unit.links[*]").entityList(Map.class).satisfies(links -> {
			assertThat(links).isNotEmpty();
			assertThat(links).allSatisfy(l -> {
				assertThat(l.get("type")).isEqualTo("CO_CONSTRUCTS");
				assertThat(l.get("direction")).isEqualTo("IN");
				assertThat(((Map<?, ?>) l.get("to")).get("id")).isEqualTo("yz.minglou");
				assertThat(((Map<?, ?>) l.get("other")).get("id")).isEqualTo(((Map<?, ?>) l.get("from")).get("id"));
			});
		});
	}

	@Test
	void linksThatEndedAreGoneTodayAndThereOnAnEarlierDate() {
		// 明珠物业 served 甬江新村 until 2024-06-30 (data/yinzhou/README.md).
		String compound = "yz.minglou.changqingteng.yongjiangxincun";
		this.graphQl.documentName("unitDetail")
			.variable("id", compound)
			.execute()
			.path("unit.links[?(@.other.id == 'pc.mingzhu')]")
			.entityList(Object.class)
			.hasSize(0);
		this.graphQl.documentName("unitDetail")
			.variable("id", compound)
			.variable("asOf", "2024-06-30")
			.execute()
			.path("unit.links[?(@.other.id == 'pc.mingzhu')].type")
			.entityList(String.class)
			.containsExactly("SERVES");
	}

	@Test
	void aDissolvedCommunityIsNoLongerAChildOfItsStreet() {
		this.graphQl.documentName("unitDetail")
			.variable("id", "yz.baizhang")
			.execute()
			.path("unit.children[*].id")
			.entityList(String.class)
			.doesNotContain("yz.baizhang.xingning");
		this.graphQl.documentName("unitDetail")
			.variable("id", "yz.baizhang")
			.variable("asOf", "2019-12-30")
			.execute()
			.path("unit.children[*].id")
			.entityList(String.class)
			.contains("yz.baizhang.xingning");
	}

	@Test
	void aPersonShowsThePostsInForce() {
		this.graphQl.documentName("personPosts")
			.variable("id", "p00005")
			.execute()
			.path("person.posts[?(@.unit.id == 'yz.minglou')].role")
			.entityList(String.class)
			.containsExactly("SECRETARY");
	}

	@Test
	void unknownIdsAnswerNull() {
		this.graphQl.documentName("unitDetail")
			.variable("id", "nope")
			.execute()
			.path("unit")
			.valueIsNull();
		this.graphQl.documentName("personPosts").variable("id", "nope").execute().path("person").valueIsNull();
	}

	@Test
	void unitsArePagedByCursorWithATotalCount() {
		// The sample's 15 law firms (test data may add others, not named 律师事务所).
		var first = this.graphQl.documentName("unitsPage")
			.variable("type", "LAW_FIRM")
			.variable("nameContains", "律师事务所")
			.variable("first", 10)
			.execute();
		first.path("units.totalCount").entity(Integer.class).isEqualTo(15);
		first.path("units.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		first.path("units.edges[*].node.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(10)
				.startsWith("lf.bowen", "lf.hengxin", "lf.huixin", "lf.jincheng", "lf.junan")
				.isSorted());
		String cursor = first.path("units.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.documentName("unitsPage")
			.variable("type", "LAW_FIRM")
			.variable("nameContains", "律师事务所")
			.variable("first", 10)
			.variable("after", cursor)
			.execute();
		second.path("units.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("lf.yingke", "lf.yongzheng", "lf.zhengda", "lf.zhiyuan", "lf.zhongxin");
		second.path("units.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("units.totalCount").entity(Integer.class).isEqualTo(15);
	}

	@Test
	void unitsFilterByNameAndCountThemAll() {
		this.graphQl.documentName("unitsPage")
			.variable("type", "BUILDING_GROUP")
			.variable("first", 1)
			.execute()
			.path("units.totalCount")
			.entity(Integer.class)
			.isEqualTo(buildingGroupsInStore())
			.satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(273));
		this.graphQl.documentName("unitsPage")
			.variable("nameContains", "风格城事")
			.execute()
			.path("units.edges[*].node.id")
			.entityList(String.class)
			.contains("yz.zhonghe.chengxing.fenggechengshi", "yz.zhonghe.chengxing.fenggechengshi.oc");
	}

	@Test
	void badPagingArgumentsAreUserErrors() {
		this.graphQl.documentName("unitsPage")
			.variable("first", 501)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("units(first): 501 is out of range")));
		this.graphQl.documentName("unitsPage")
			.variable("type", "STREET")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("unknown unit type \"STREET\"")));
		this.graphQl.documentName("unitsPage")
			.variable("after", "garbage!")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("not a cursor")));
	}

	@Autowired
	DirectoryRepository repository;

	@Autowired
	org.neo4j.driver.Driver driver;

	private int buildingGroupsInStore() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (u:Unit) WHERE u.type = 'BUILDING_GROUP' RETURN count(u) AS n").single().get("n").asInt();
		}
	}

	@Test
	void nestedListsAreLoadedOneQueryPerLevel() {
		long before = this.repository.statementsRun();
		var response = this.graphQl.documentName("streetStructure").variable("id", "yz.minglou").execute();
		response.path("unit.children[*].id").entityList(String.class).hasSize(5);
		response.path("unit.children[*].posts[*].person.name").entityList(String.class).hasSize(5);
		response.path("unit.children[*].children[*].type")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).contains("RESIDENTS_COMMITTEE", "GRID_BRANCH", "COMPOUND"));
		// unit, its communities, their secretaries' posts, those people, the communities' children.
		assertThat(this.repository.statementsRun() - before).isEqualTo(5);
	}

}
