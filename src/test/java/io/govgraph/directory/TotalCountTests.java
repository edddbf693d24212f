package io.govgraph.directory;

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

/**
 * A listing's {@code totalCount}, read by the page's own statement when the query asks for it
 * (query/PageQuery), is what counting every match gives, on every page, in every order, and when
 * the page or the whole set is empty.
 */
@IntegrationTest
class TotalCountTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Autowired
	DirectoryRepository repository;

	record Listing(String field, String type, Map<String, Object> where, Map<String, Object> orderBy) {
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyPageCountsAllTheMatchesInEveryOrder() {
		List<Listing> listings = List.of(new Listing("units", "UnitWhere", Map.of("within", "yz.minglou"), null),
				new Listing("units", "UnitWhere", Map.of("within", "yz.minglou"), Map.of("field", "NAME", "direction", "DESC")),
				new Listing("units", "UnitWhere", Map.of("within", "yz", "type", Map.of("eq", "COMPOUND")),
						Map.of("field", "FOUNDED")),
				new Listing("units", "UnitWhere", Map.of("type", Map.of("eq", "COMMUNITY_COMMITTEE"), "links",
						Map.of("some", Map.of("type", Map.of("eq", "PAIRED_WITH")))), null),
				new Listing("people", "PersonWhere", Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", "yz.minglou")))),
						Map.of("field", "BIRTH_DECADE", "direction", "DESC")),
				new Listing("posts", "PostWhere", Map.of("unit", Map.of("within", "yz.minglou")), Map.of("field", "ROLE")));
		for (Listing listing : listings) {
			long all = count(listing);
			assertThat(all).as(listing.toString()).isGreaterThan(7);
			List<String> seen = new ArrayList<>();
			String after = null;
			boolean more = true;
			while (more) {
				Map<String, Object> page = page(listing, after, "totalCount edges { cursor } pageInfo { hasNextPage endCursor }");
				assertThat(((Number) page.get("totalCount")).longValue()).as(listing + " after " + after).isEqualTo(all);
				((List<Map<String, Object>>) page.get("edges")).forEach(e -> seen.add((String) e.get("cursor")));
				Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
				more = (Boolean) info.get("hasNextPage");
				after = (String) info.get("endCursor");
			}
			assertThat(seen).as(listing.toString()).doesNotHaveDuplicates().hasSize((int) all);
			// a page after the last row is empty, and still counts them all
			assertThat(((Number) page(listing, after, "totalCount edges { cursor }").get("totalCount")).longValue()).isEqualTo(all);
		}
		Listing none = new Listing("units", "UnitWhere", Map.of("within", "yz.minglou", "name", Map.of("eq", "无此单位")), null);
		assertThat(page(none, null, "totalCount edges { cursor }")).containsEntry("totalCount", 0).containsEntry("edges", List.of());
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSetLargerThanTheCapIsPagedAndCountedByStatementsOfTheirOwn() {
		DirectoryRepository target = AopTestUtils.getTargetObject(this.repository);
		Listing listing = new Listing("units", "UnitWhere", Map.of("within", "yz.minglou"), Map.of("field", "NAME"));
		List<String> capped = new ArrayList<>();
		List<String> whole = new ArrayList<>();
		long cappedStatements;
		target.totalCap = 5;
		try {
			long before = this.counter.count();
			Map<String, Object> page = page(listing, null, "totalCount edges { cursor }");
			cappedStatements = this.counter.count() - before;
			capped.add(page.get("totalCount").toString());
			((List<Map<String, Object>>) page.get("edges")).forEach(e -> capped.add((String) e.get("cursor")));
		}
		finally {
			target.totalCap = PageQuery.TOTAL_CAP;
		}
		Map<String, Object> page = page(listing, null, "totalCount edges { cursor }");
		whole.add(page.get("totalCount").toString());
		((List<Map<String, Object>>) page.get("edges")).forEach(e -> whole.add((String) e.get("cursor")));
		// 123 units: more than 5, so the capped page and total are read again, by two statements
		assertThat(whole.get(0)).isEqualTo("123");
		assertThat(capped).isEqualTo(whole);
		assertThat(cappedStatements).isEqualTo(3);
	}

	@Test
	void aPageWithItsTotalCountIsOneStatement() {
		Listing listing = new Listing("units", "UnitWhere", Map.of("within", "yz.minglou"), null);
		long before = this.counter.count();
		page(listing, null, "totalCount edges { node { id name } }");
		assertThat(this.counter.count() - before).isEqualTo(1);
		before = this.counter.count();
		count(listing);
		assertThat(this.counter.count() - before).as("only the total").isEqualTo(1);
	}

	/** The total alone, from a first page of one row. */
	private long count(Listing listing) {
		return ((Number) this.graphQl.document("query($where: %s) { %s(where: $where, asOf: \"2026-11-26\", first: 0) { totalCount } }"
			.formatted(listing.type(), listing.field())).variable("where", listing.where()).execute()
			.path(listing.field() + ".totalCount").entity(Long.class).get()).longValue();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> page(Listing listing, String after, String selection) {
		String orderType = switch (listing.field()) {
			case "units" -> "UnitOrder";
			case "people" -> "PersonOrder";
			default -> "PostOrder";
		};
		return this.graphQl.document("""
				query($where: %s, $orderBy: %s, $after: String) {
				  %s(where: $where, orderBy: $orderBy, asOf: "2026-11-26", first: 7, after: $after) { %s } }
				""".formatted(listing.type(), orderType, listing.field(), selection))
			.variable("where", listing.where())
			.variable("orderBy", listing.orderBy())
			.variable("after", after)
			.execute()
			.path(listing.field())
			.entity(Map.class)
			.get();
	}

}
