package io.govgraph.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline over the sample district (figures counted from data/yinzhou's CSV files): 风格城事's
 * 2025, with the four "红色管家" committee meetings it attended, its election and the posts the
 * election began and ended; paging without a gap or a repeat; masking; bad arguments.
 */
@IntegrationTest
class TimelineGraphQlTests {

	static final String FGCS = "yz.zhonghe.chengxing.fenggechengshi";

	@Autowired
	GraphQlTester graphQl;

	private GraphQlTester.Response year(String scopeId, Boolean subtree, Integer first, String after) {
		return this.graphQl.documentName("timeline")
			.variable("scopeId", scopeId)
			.variable("subtree", subtree)
			.variable("from", "2025-01-01")
			.variable("to", "2025-12-31")
			.variable("first", first)
			.variable("after", after)
			.execute();
	}

	@Test
	void fengGeChengShisYearHasFourRedButlerMeetingsItsElectionAndTheTermsItChanged() {
		var response = year(FGCS, null, 500, null);
		response.path("timeline.totalCount").entity(Integer.class).isEqualTo(63);
		List<Map<String, Object>> entries = nodes(response);
		assertThat(entries).hasSize(63);
		assertThat(entries.stream().map(e -> (String) e.get("kind")).toList()).containsOnly("EVENT", "POST_START",
				"POST_END");
		assertThat(entries.stream().filter(e -> "POST_START".equals(e.get("kind"))).count()).isEqualTo(45);
		assertThat(entries.stream().filter(e -> "POST_END".equals(e.get("kind"))).count()).isEqualTo(9);
		List<Map<?, ?>> events = new ArrayList<>();
		entries.stream().filter(e -> "EVENT".equals(e.get("kind"))).forEach(e -> events.add((Map<?, ?>) e.get("event")));
		assertThat(events).hasSize(9);
		assertThat(events.stream()
			.filter(e -> "COMMITTEE_MEETING".equals(e.get("type")))
			.map(e -> (Object) ((Map<?, ?>) e.get("host")).get("id"))
			.toList()).containsExactly("yz.zhonghe.chengxing.gzw",
					"yz.zhonghe.chengxing.gzw", "yz.zhonghe.chengxing.gzw", "yz.zhonghe.chengxing.gzw");
		assertThat(events.stream().filter(e -> "ELECTION".equals(e.get("type"))).map(e -> (Object) e.get("title")).toList())
			.containsExactly("风格城事小区业主委员会换届选举");
		// by date throughout; the election's day carries the terms it began
		List<String> dates = entries.stream().map(e -> (String) e.get("date")).toList();
		assertThat(dates).isSorted().allMatch(d -> d.startsWith("2025-"));
		assertThat(entries.stream()
			.filter(e -> "POST_START".equals(e.get("kind")) && "2025-06-01".equals(e.get("date")))
			.map(e -> (Object) ((Map<?, ?>) ((Map<?, ?>) e.get("post")).get("unit")).get("id"))
			.distinct()
			.toList()).containsExactly(FGCS + ".oc");
	}

	@Test
	void theUnitAloneHasOnlyWhatItDidItself() {
		// the compound itself hosts nothing and holds no posts: its owners committee does
		year(FGCS, false, 50, null).path("timeline.totalCount").entity(Integer.class).isEqualTo(0);
		var oc = year(FGCS + ".oc", false, 50, null);
		List<Map<String, Object>> entries = nodes(oc);
		assertThat(entries).isNotEmpty()
			.allSatisfy(e -> assertThat(e.get("kind")).isIn("EVENT", "POST_START", "POST_END"));
		assertThat(entries.stream().filter(e -> "EVENT".equals(e.get("kind"))).count()).isEqualTo(
				entries.stream().filter(e -> e.get("event") != null).count());
	}

	@Test
	void pagesFollowOneAnotherWithoutAGapOrARepeat() {
		List<String> all = cursors(year("yz.zhonghe.chengxing", null, 500, null));
		assertThat(all).hasSize(24 + 54 + 9 + 2);
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = year("yz.zhonghe.chengxing", null, 10, after);
			paged.addAll(cursors(page));
			more = page.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("timeline.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).isEqualTo(all);
	}

	@Test
	@WithMockUser(username = "planner", roles = "PLANNER")
	void aPlannerSeesThePeopleOfPostsMasked() {
		List<Map<String, Object>> posts = nodes(year(FGCS, null, 500, null)).stream()
			.filter(e -> e.get("post") != null)
			.toList();
		assertThat(posts).hasSize(54)
			.allSatisfy(e -> assertThat((String) ((Map<?, ?>) ((Map<?, ?>) e.get("post")).get("person")).get("name"))
				.endsWith("某"));
	}

	@Test
	void anUnknownScopeAndAnUpsideDownWindowAreErrors() {
		this.graphQl.documentName("timeline")
			.variable("scopeId", "no.such.unit")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("timeline(scopeId): no unit has the id \"no.such.unit\""))
			.verify();
		this.graphQl.documentName("timeline")
			.variable("scopeId", FGCS)
			.variable("from", "2025-02-01")
			.variable("to", "2025-01-01")
			.execute()
			.errors()
			.expect(e -> e.getMessage().contains("timeline(to): 2025-01-01 is before from (2025-02-01)"))
			.verify();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> nodes(GraphQlTester.Response response) {
		return response.path("timeline.edges[*].node").entityList(Map.class).get().stream()
			.map(m -> (Map<String, Object>) m)
			.toList();
	}

	private static List<String> cursors(GraphQlTester.Response response) {
		return response.path("timeline.edges[*].cursor").entityList(String.class).get();
	}

}
