package io.govgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Walking a connection page by page loses and repeats no row, in every order. */
@IntegrationTest
class PaginationTests {

	static final String DAY = "2026-11-26";

	@Autowired
	GraphQlTester graphQl;

	/** Every page of a connection, in order; the rows of each as maps. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> walk(String document, String field, Map<String, Object> where,
			Map<String, Object> orderBy, int first) {
		List<Map<String, Object>> rows = new ArrayList<>();
		String after = null;
		int pages = 0;
		while (true) {
			var response = this.graphQl.documentName(document)
				.variable("where", where)
				.variable("orderBy", orderBy)
				.variable("asOf", DAY)
				.variable("first", first)
				.variable("after", after)
				.execute();
			List<Map<String, Object>> edges = response.path(field + ".edges").entityList(Map.class).get()
				.stream()
				.map(e -> (Map<String, Object>) e.get("node"))
				.toList();
			rows.addAll(edges);
			pages++;
			if (!response.path(field + ".pageInfo.hasNextPage").entity(Boolean.class).get()) {
				long total = response.path(field + ".totalCount").entity(Long.class).get();
				assertThat(rows).hasSize((int) total);
				assertThat(pages).isEqualTo((int) Math.max(1, Math.ceil(total / (double) first)));
				return rows;
			}
			assertThat(edges).hasSize(first);
			after = response.path(field + ".pageInfo.endCursor").entity(String.class).get();
		}
	}

	@Test
	void partyMembersByNameDescendingInPagesOfThirtySeven() {
		Map<String, Object> members = Map.of("id", Map.of("startsWith", "p0"), "partyMember", true);
		List<Map<String, Object>> rows = walk("filteredPeople", "people", members,
				Map.of("field", "NAME", "direction", "DESC"), 37);
		assertThat(rows).hasSize(777);
		assertThat(rows.stream().map(r -> r.get("id"))).doesNotHaveDuplicates();
		// names run high to low, ties by id
		assertThat(rows).isSortedAccordingTo(Comparator.comparing((Map<String, Object> r) -> (String) r.get("name"))
			.reversed()
			.thenComparing(r -> (String) r.get("id")));
	}

	@Test
	void unitsByFoundingDateWithUnknownDatesInPagesOfFifty() {
		List<Map<String, Object>> rows = walk("filteredUnits", "units", Map.of("within", "yz"),
				Map.of("field", "FOUNDED"), 50);
		assertThat(rows).hasSize(775);
		assertThat(rows.stream().map(r -> r.get("id"))).doesNotHaveDuplicates();
		// unknown founding dates first, then by date, ties by id
		assertThat(rows).isSortedAccordingTo(Comparator
			.comparing((Map<String, Object> r) -> r.get("founded") == null ? "" : (String) r.get("founded"))
			.thenComparing(r -> (String) r.get("id")));
	}

	/**
	 * Units ordered by an indexed property past the first page: Neo4j 5.26's planner once refused
	 * this statement ("u.name should not appear non-cached") when the parent's id was projected
	 * in the same RETURN.
	 */
	@Test
	void everyUnitByNameByTypeAndByIdFilteredPastTheFirstPage() {
		for (String field : List.of("NAME", "TYPE")) {
			List<Map<String, Object>> rows = walk("filteredUnits", "units", null, Map.of("field", field), 100);
			assertThat(rows).hasSizeGreaterThan(700);
			assertThat(rows.stream().map(r -> r.get("id"))).doesNotHaveDuplicates();
		}
		List<Map<String, Object>> byId = walk("filteredUnits", "units", Map.of("id", Map.of("startsWith", "yz.")),
				Map.of("field", "ID"), 100);
		assertThat(byId.stream().map(r -> (String) r.get("id")).toList()).isSorted().doesNotHaveDuplicates();
		assertThat(byId).hasSizeGreaterThan(100);
	}

	@Test
	void postsInForceInPagesOfNinetySevenAndByIdOrderBirthYear() {
		List<Map<String, Object>> posts = walk("filteredPosts", "posts",
				Map.of("person", Map.of("id", Map.of("startsWith", "p0"))), Map.of("field", "SINCE", "direction", "DESC"),
				97);
		assertThat(posts).hasSize(1836);
		assertThat(posts.stream().map(p -> List.of(((Map<?, ?>) p.get("person")).get("id"),
				((Map<?, ?>) p.get("unit")).get("id"), p.get("role"), String.valueOf(p.get("since")))))
			.doesNotHaveDuplicates();
		List<Map<String, Object>> young = walk("filteredPeople", "people",
				Map.of("id", Map.of("startsWith", "p0"), "birthYear", Map.of("gte", 1990)),
				Map.of("field", "BIRTH_YEAR"), 20);
		assertThat(young).hasSize(181);
		assertThat(young.stream().map(r -> ((Number) r.get("birthYear")).intValue()).toList()).isSorted();
	}

	@Test
	void aBadCursorOrPageSizeIsAUserError() {
		this.graphQl.documentName("filteredPeople")
			.variable("first", 501)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("people(first): 501 is out of range (0 to 500)")));
		this.graphQl.documentName("filteredPosts")
			.variable("after", "bm90IGEgY3Vyc29y")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("posts(after): \"bm90IGEgY3Vyc29y\" is not a cursor")));
	}

}
