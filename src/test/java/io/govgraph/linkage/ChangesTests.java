package io.govgraph.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.util.AopTestUtils;

import io.govgraph.IntegrationTest;
import io.govgraph.StatementCounter;
import io.govgraph.query.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** What began and ended when (figures counted from the sample's CSV files). */
@IntegrationTest
class ChangesTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	ExploreService explore;

	@Autowired
	StatementCounter counter;

	@Test
	void theOwnersCommitteeElectionOf2025ShowsAsPostsEndingAndBeginning() {
		var response = this.graphQl.documentName("changes")
			.variable("scopeId", "yz.zhonghe.chengxing.fenggechengshi")
			.variable("from", "2025-01-01")
			.variable("to", "2025-12-31")
			.variable("first", 100)
			.execute();
		response.path("changes.totalCount").entity(Integer.class).isEqualTo(54);
		response.path("changes.edges[?(@.node.event == 'ENDED')].node.edge.kind")
			.entityList(String.class)
			.satisfies(kinds -> assertThat(kinds).hasSize(9).containsOnly("POST"));
		response.path("changes.edges[?(@.node.event == 'BEGAN')]").entityList(Object.class).hasSize(45);
		response.path("changes.edges[0].node").matchesJson("""
				{"date": "2025-05-31", "event": "ENDED", "targetName": "风格城事小区业主委员会",
				 "edge": {"kind": "POST", "type": "HOLDS_POST", "source": "p00740",
				          "target": "yz.zhonghe.chengxing.fenggechengshi.oc", "role": "CHAIR", "until": "2025-05-31"}}
				""");
	}

	@Test
	void aPropertyCompanyLeavingEndsItsServiceItsGuidanceAndItsMembership() {
		// 明珠物业 left 甬江新村 on 2024-06-30 (data/yinzhou/README.md).
		var response = this.graphQl.documentName("changes")
			.variable("scopeId", "yz.minglou.changqingteng")
			.variable("from", "2024-06-30")
			.variable("to", "2024-06-30")
			.execute();
		response.path("changes.edges[*].node.edge.type")
			.entityList(String.class)
			.containsExactly("GUIDES", "MEMBER_OF", "SERVES");
		response.path("changes.edges[*].node.event")
			.entityList(String.class)
			.containsExactly("ENDED", "ENDED", "ENDED");
		response.path("changes.edges[2].node.edge.id")
			.entity(String.class)
			.isEqualTo("SERVES|pc.mingzhu|yz.minglou.changqingteng.yongjiangxincun|2014-01-01");
	}

	@Test
	void changesArePagedOldestFirstWithoutLossOrRepeat() {
		List<Map<String, Object>> all = new ArrayList<>();
		String after = null;
		while (true) {
			var response = this.graphQl.documentName("changes")
				.variable("scopeId", "yz.minglou")
				.variable("from", "2024-01-01")
				.variable("to", "2024-12-31")
				.variable("first", 4)
				.variable("after", after)
				.execute();
			for (Map<?, ?> node : response.path("changes.edges[*].node").entityList(Map.class).get()) {
				all.add(Map.of("date", node.get("date"), "event", node.get("event"), "edge", node.get("edge")));
			}
			if (!response.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				response.path("changes.totalCount").entity(Integer.class).isEqualTo(30);
				break;
			}
			after = response.path("changes.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(all).hasSize(30);
		assertThat(all.stream().map(c -> c.get("event") + "|" + ((Map<?, ?>) c.get("edge")).get("id")))
			.doesNotHaveDuplicates();
		assertThat(all.stream().map(c -> (String) c.get("date")).toList()).isSorted();
		assertThat(all.get(0)).containsEntry("date", "2024-04-17").containsEntry("event", "BEGAN");
	}

	@Test
	void anIntervalTheWrongWayRoundOrAnUnknownScopeIsAUserError() {
		this.graphQl.documentName("changes")
			.variable("from", "2025-01-01")
			.variable("to", "2024-01-01")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("changes(from, to): from 2025-01-01 is after to 2024-01-01")));
		this.graphQl.documentName("changes")
			.variable("scopeId", "nope")
			.variable("from", "2024-01-01")
			.variable("to", "2025-01-01")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("changes(scopeId): no unit with id \"nope\"")));
	}

	@Test
	void aPageAndItsTotalAreOneStatementAndMoreChangesThanTheCapAreReadAgainByStatementsOfTheirOwn() {
		ExploreService target = AopTestUtils.getTargetObject(this.explore);
		List<Object> whole = pages(true);
		long one = statements(() -> pages(true));
		List<Object> capped;
		long cappedStatements;
		target.totalCap = 5;
		try {
			capped = pages(true);
			cappedStatements = statements(() -> pages(true));
		}
		finally {
			target.totalCap = PageQuery.TOTAL_CAP;
		}
		List<Object> withoutTotal = pages(false);
		long withoutTotalStatements = statements(() -> pages(false));
		// 30 changes in 8 pages of 4: the page, its total and the scope's check in one statement
		// each; above the cap (5), that statement, then the page and the count; without the total,
		// the scope's check and the page
		assertThat(whole).hasSize(9).startsWith(30);
		assertThat(capped).isEqualTo(whole);
		assertThat(withoutTotal.subList(1, 9)).isEqualTo(whole.subList(1, 9));
		assertThat(one).isEqualTo(8);
		assertThat(cappedStatements).isEqualTo(8 * 3);
		assertThat(withoutTotalStatements).isEqualTo(8 * 2);
		for (String total : List.of("totalCount", "")) {
			// an unknown scope is named before a page out of range, as it always was
			this.graphQl.document("{ changes(scopeId: \"nope\", from: \"2024-01-01\", to: \"2025-01-01\", first: 9999) { %s edges { cursor } } }".formatted(total))
				.execute()
				.errors()
				.satisfy(e -> assertThat(e).singleElement()
					.satisfies(err -> assertThat(err.getMessage()).isEqualTo("changes(scopeId): no unit with id \"nope\"")));
		}
		this.graphQl.document("{ changes(scopeId: \"nope\", from: \"2024-01-01\", to: \"2025-01-01\") { edges { cursor } } }")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("changes(scopeId): no unit with id \"nope\"")));
	}

	/** The total (when asked for), then each page of changes of 明楼街道 in 2024, four by four. */
	private List<Object> pages(boolean withTotal) {
		List<Object> result = new ArrayList<>();
		result.add(null);
		String after = null;
		boolean more = true;
		while (more) {
			var response = this.graphQl.document("""
					query ($after: String) { changes(scopeId: "yz.minglou", from: "2024-01-01", to: "2024-12-31", first: 4, after: $after) {
					  %s pageInfo { hasNextPage endCursor } edges { cursor node { date event edge { id } } } } }
					""".formatted(withTotal ? "totalCount" : ""))
				.variable("after", after)
				.execute();
			if (withTotal) {
				result.set(0, response.path("changes.totalCount").entity(Integer.class).get());
			}
			result.add(response.path("changes.edges").entityList(Object.class).get());
			more = response.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("changes.pageInfo.endCursor").entity(String.class).get();
		}
		return result;
	}

	private long statements(Runnable run) {
		long before = this.counter.count();
		run.run();
		return this.counter.count() - before;
	}

}
