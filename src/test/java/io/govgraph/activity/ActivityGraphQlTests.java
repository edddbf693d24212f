package io.govgraph.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agreements, items and events over the v1.1 sample district (figures from data/yinzhou/README.md
 * and its CSV files): the connections filtered, ordered and paged, the nested fields, the
 * aggregates, masking of attendees, and one statement per level.
 */
@IntegrationTest
class ActivityGraphQlTests {

	static final String FUND = "ag.fgcs.b92.2026";

	static final String FGCS = "yz.zhonghe.chengxing.fenggechengshi";

	static final String RED_BUTLER = "yz.zhonghe.chengxing.gzw";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Test
	void theFundIsTheOneAgreementOf400000YuanWithItsPartiesAndItsTwoWorks() {
		var response = this.graphQl.documentName("activityAgreements")
			.variable("where", Map.of("amount", Map.of("gte", 400000.0)))
			.execute();
		response.path("agreements.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("agreements.edges[0].node.id").entity(String.class).isEqualTo(FUND);
		response.path("agreements.edges[0].node.amount").entity(Double.class).isEqualTo(400000.0);
		response.path("agreements.edges[0].node.parties[*].unit.id")
			.entityList(String.class)
			.containsExactly(FGCS + ".b92", FGCS + ".oc", FGCS + ".oc.caiwu", FGCS + ".oc.gongcheng",
					"yz.zhonghe.chengxing.g01.b03");
		response.path("agreements.edges[0].node.items[*].id").entityList(String.class).containsExactly("it0034", "it0035",
				"it0036");
	}

	@Test
	void agreementsByTypeOrderedBySigningDayArePagedWithCursors() {
		Map<String, Object> where = Map.of("type", Map.of("eq", "CO_CONSTRUCTION"));
		Map<String, Object> orderBy = Map.of("field", "SINCE", "direction", "DESC");
		var first = this.graphQl.documentName("activityAgreements")
			.variable("where", where)
			.variable("orderBy", orderBy)
			.variable("first", 1)
			.execute();
		first.path("agreements.totalCount").entity(Integer.class).isEqualTo(2);
		first.path("agreements.edges[*].node.id").entityList(String.class).containsExactly("ag.minglou.2025");
		first.path("agreements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("agreements.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.documentName("activityAgreements")
			.variable("where", where)
			.variable("orderBy", orderBy)
			.variable("first", 1)
			.variable("after", cursor)
			.execute();
		second.path("agreements.edges[*].node.id").entityList(String.class).containsExactly("ag.zhonghe.2024");
		second.path("agreements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		// a party filter, and the lawyers of 同舟 on 城兴's charter
		this.graphQl.documentName("activityAgreements")
			.variable("where", Map.of("parties", Map.of("some", Map.of("id", Map.of("eq", "lf.tongzhou")))))
			.execute()
			.path("agreements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("ag.chengxing.gzw");
	}

	@Test
	void aMisspeltAgreementTypeIsAnErrorNotAnEmptyList() {
		this.graphQl.documentName("activityAgreements")
			.variable("where", Map.of("type", Map.of("eq", "COCONSTRUCTION")))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("type \"COCONSTRUCTION\" is unknown")));
	}

	@Test
	void theFundPaysForTwoProjectsOf235000And165000() {
		var response = this.graphQl.documentName("activityItems")
			.variable("where", Map.of("agreement", Map.of("id", Map.of("eq", FUND)), "list", Map.of("eq", "PROJECT")))
			.variable("orderBy", Map.of("field", "TITLE"))
			.execute();
		response.path("items.totalCount").entity(Integer.class).isEqualTo(2);
		response.path("items.edges[*].node.amount").entityList(Double.class).satisfies(a -> assertThat(a).containsExactlyInAnyOrder(235000.0, 165000.0));
		response.path("items.edges[*].node.status").entityList(String.class).satisfies(s -> assertThat(s).containsOnly("DONE"));
		response.path("items.edges[*].node.provider.id").entityList(String.class).satisfies(s -> assertThat(s).containsOnly(FGCS + ".oc.gongcheng"));
		response.path("items.edges[*].node.agreement.id").entityList(String.class).satisfies(s -> assertThat(s).containsOnly(FUND));
	}

	@Test
	void openNeedsAndAllItemsPagedWithoutRepeatOrGap() {
		this.graphQl.documentName("activityItems")
			.variable("where", Map.of("list", Map.of("eq", "NEED"), "status", Map.of("eq", "OPEN")))
			.execute()
			.path("items.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("it0008", "it0010", "it0024", "it0025");
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			var page = this.graphQl.documentName("activityItems")
				.variable("orderBy", Map.of("field", "STATUS", "direction", "DESC"))
				.variable("first", 10)
				.variable("after", after)
				.execute();
			page.path("items.totalCount").entity(Integer.class).isEqualTo(37);
			seen.addAll(page.path("items.edges[*].node.id").entityList(String.class).get());
			after = page.path("items.pageInfo.hasNextPage").entity(Boolean.class).get()
					? page.path("items.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null);
		assertThat(pages).isEqualTo(4);
		assertThat(seen).hasSize(37).doesNotHaveDuplicates();
	}

	@Test
	void fengGeChengShisElectionOf2025Elected9MembersAnd36Representatives() {
		var response = this.graphQl.documentName("activityEvents")
			.variable("where", Map.of("type", Map.of("eq", "ELECTION"), "host", Map.of("within", FGCS), "date",
					Map.of("gte", "2025-01-01", "lte", "2025-12-31")))
			.execute();
		response.path("events.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("events.edges[0].node.date").entity(String.class).isEqualTo("2025-06-01");
		response.path("events.edges[0].node.host.id").entity(String.class).isEqualTo(FGCS + ".oc");
		response.path("events.edges[0].node.attendance[?(@.role == 'ELECTED' && @.note != '业主代表')].person.id")
			.entityList(String.class)
			.containsExactly("p00740", "p00741", "p00742", "p00743", "p00744", "p00745", "p00746", "p00747", "p00748");
		response.path("events.edges[0].node.attendance[?(@.note == '业主代表')]").entityList(Object.class).hasSize(36);
		response.path("events.edges[0].node.attendance[?(@.role == 'OBSERVER')].unit.id")
			.entityList(String.class)
			.containsExactly("yz.zhonghe.chengxing");
		// the same event found through who was elected chair, and the 15 elections of 2025
		this.graphQl.documentName("activityEvents")
			.variable("where", Map.of("attendance", Map.of("some", Map.of("role", Map.of("eq", "ELECTED"), "note",
					Map.of("eq", "业委会主任"), "person", Map.of("id", Map.of("eq", "p00740"))))))
			.variable("orderBy", Map.of("field", "DATE", "direction", "DESC"))
			.execute()
			.path("events.edges[*].node.date")
			.entityList(String.class)
			.containsExactly("2025-06-01", "2020-06-01");
		this.graphQl.documentName("activityEvents")
			.variable("where", Map.of("type", Map.of("eq", "ELECTION"), "date",
					Map.of("gte", "2025-01-01", "lte", "2025-12-31")))
			.variable("first", 0)
			.execute()
			.path("events.totalCount")
			.entity(Integer.class)
			.isEqualTo(15);
	}

	@Test
	void itemsAndMoneyOfMingLouAndOfFengGeChengShi() {
		var minglou = this.graphQl.documentName("activityAggregates").variable("scopeId", "yz.minglou").execute();
		minglou.path("itemsByListAndStatus").matchesJson("""
				[{"list": "NEED", "status": "CLAIMED", "items": 1, "amount": 0.0, "hours": 0.0},
				 {"list": "NEED", "status": "DONE", "items": 2, "amount": 18000.0, "hours": 0.0},
				 {"list": "NEED", "status": "OPEN", "items": 2, "amount": 0.0, "hours": 0.0},
				 {"list": "PROJECT", "status": "CLAIMED", "items": 2, "amount": 0.0, "hours": 0.0},
				 {"list": "PROJECT", "status": "DONE", "items": 3, "amount": 120000.0, "hours": 420.0},
				 {"list": "PROJECT", "status": "DROPPED", "items": 1, "amount": 0.0, "hours": 0.0},
				 {"list": "RESOURCE", "status": "CLAIMED", "items": 2, "amount": 0.0, "hours": 1100.0},
				 {"list": "RESOURCE", "status": "DONE", "items": 3, "amount": 0.0, "hours": 356.0},
				 {"list": "RESOURCE", "status": "OPEN", "items": 1, "amount": 0.0, "hours": 0.0}]
				""");
		minglou.path("moneyByProvider[*].provider.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(8)
				.startsWith("su.hosp.second", "su.fire", "nf.social.yigong", "su.school.minglou", "is.education",
						"is.housing"));
		minglou.path("moneyByProvider[0]").matchesJson("""
				{"provider": {"__typename": "Unit", "id": "su.hosp.second"}, "items": 2, "amount": 120000.0, "hours": 240.0}
				""");
		var fund = this.graphQl.documentName("activityAggregates").variable("scopeId", FGCS).execute();
		fund.path("moneyByProvider").matchesJson("""
				[{"provider": {"id": "yz.zhonghe.chengxing.fenggechengshi.oc.gongcheng"}, "items": 2, "amount": 400000.0},
				 {"provider": {"id": "yz.zhonghe.chengxing.g01.b03"}, "items": 1, "amount": 400000.0},
				 {"provider": {"id": "yz.zhonghe.chengxing.g01.b03.hwd"}, "items": 1, "amount": 0.0}]
				""");
	}

	@Test
	void theRedButlerMetFourTimesAYearAndCame35OfThe38Invited() {
		var all = this.graphQl.documentName("activityAggregates").variable("scopeId", RED_BUTLER).execute();
		all.path("meetingsHeld[*].year").entityList(Integer.class).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
		all.path("meetingsHeld[*].meetings").entityList(Integer.class).containsExactly(4, 4, 4, 4, 4, 4, 2);
		var year = this.graphQl.documentName("activityAggregates")
			.variable("scopeId", RED_BUTLER)
			.variable("from", "2025-01-01")
			.variable("to", "2025-12-31")
			.execute();
		year.path("attendanceRates").matchesJson("""
				[{"body": {"id": "yz.zhonghe.chengxing.gzw"}, "events": 4, "invited": 38, "attended": 35}]
				""");
		year.path("attendanceRates[0].rate").entity(Double.class).isEqualTo(35.0 / 38);
		// no election is a meeting unless asked for
		this.graphQl.documentName("activityAggregates")
			.variable("scopeId", FGCS)
			.variable("types", List.of("ELECTION"))
			.execute()
			.path("meetingsHeld[*].year")
			.entityList(Integer.class)
			.containsExactly(2020, 2025);
	}

	@Test
	void anUnknownScopeOrEventTypeIsAnError() {
		this.graphQl.document("{ meetingsHeld(scopeId: \"yz.nowhere\") { year } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("meetingsHeld(scopeId): no unit has the id \"yz.nowhere\"")));
		this.graphQl.document("{ attendanceRates(scopeId: \"yz\", types: [\"MEETING\"]) { events } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("event type \"MEETING\" is unknown")));
	}

	@Test
	void aPersonsHomeBranchAttendanceAndThePlaceOfAPost() {
		var chair = this.graphQl.documentName("personActivity")
			.variable("id", "p00740")
			.variable("from", "2025-01-01")
			.variable("to", "2025-12-31")
			.execute();
		chair.path("person.home.id").entity(String.class).isEqualTo(FGCS);
		chair.path("person.partyBranch.id").entity(String.class).isEqualTo("yz.zhonghe.chengxing");
		chair.path("person.attended[*].event.id").entityList(String.class).containsExactly("ev00285", "ev00369", "ev00491");
		chair.path("person.attended[0].role").entity(String.class).isEqualTo("ELECTED");
		chair.path("person.attended[0].person.id").entity(String.class).isEqualTo("p00740");
		var manager = this.graphQl.documentName("personActivity").variable("id", "p00436").execute();
		manager.path("person.posts[?(@.role == 'MANAGER')].place.id")
			.entityList(String.class)
			.containsExactly("yz.minglou.changqingteng.minghugongyu");
		manager.path("person.posts[?(@.role == 'MEMBER')].place").entityList(Object.class).containsExactly((Object) null);
		manager.path("person.home").valueIsNull();
	}

	@Test
	@WithMockUser(username = "planner", roles = "PLANNER")
	void aPlannerSeesAttendeesMaskedAndNoHome() {
		var response = this.graphQl.documentName("activityEvents")
			.variable("where", Map.of("host", Map.of("id", Map.of("eq", RED_BUTLER)), "date",
					Map.of("gte", "2025-01-01", "lte", "2025-12-31")))
			.execute();
		response.path("events.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("events.edges[*].node.attendance[*].person.name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).isNotEmpty().allMatch(n -> n.endsWith("某")).contains("邱某", "汪某"));
		assertThat(response.returnResponse().toString()).doesNotContain("邱怡红").doesNotContain("汪红颖");
		var person = this.graphQl.documentName("personActivity").variable("id", "p00740").execute();
		person.path("person.name").entity(String.class).isEqualTo("汪某");
		person.path("person.home").valueIsNull();
		person.path("person.attended[*].event.id").entityList(String.class).hasSize(6);
	}

	@Test
	void aPageOfUnitsWithTheirActivityCostsTheSameForThreeUnitsAsForThirty() {
		Map<String, Object> where = Map.of("within", "yz", "type",
				Map.of("in", List.of("COMMUNITY_COMMITTEE", "OWNERS_COMMITTEE", "JOINT_MEETING")));
		long few = statements(() -> this.graphQl.documentName("unitActivity")
			.variable("ids", where)
			.variable("from", "2025-01-01")
			.variable("first", 3)
			.execute()
			.path("units.edges")
			.entityList(Object.class)
			.hasSize(3));
		long many = statements(() -> this.graphQl.documentName("unitActivity")
			.variable("ids", where)
			.variable("from", "2025-01-01")
			.variable("first", 30)
			.execute()
			.path("units.edges")
			.entityList(Object.class)
			.hasSize(30));
		assertThat(many).isEqualTo(few);
		long events = statements(() -> this.graphQl.documentName("activityEvents")
			.variable("first", 200)
			.execute()
			.path("events.edges")
			.entityList(Object.class)
			.hasSize(200));
		// page, count, hosts, agreements, attendance, attendees (units, then people), unit attendees,
		// party branches and their units: one statement each, whatever the page size
		assertThat(events).isLessThanOrEqualTo(10);
	}

	private long statements(Runnable request) {
		long before = this.counter.count();
		request.run();
		return this.counter.count() - before;
	}

}
