package io.govgraph.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.govgraph.query.ListingCache;
import io.govgraph.query.Page;
import io.govgraph.query.PageQuery;
import io.govgraph.query.PageStatements;
import io.govgraph.query.Rendered;
import io.govgraph.query.RequestArguments;
import io.govgraph.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A listing asked again is neither built nor rendered again (query/ListingCache), and whatever is
 * asked, the statement from the cache is the one built afresh for equal arguments: the same text
 * with the same parameter values, never another listing's.
 */
class ListingCacheTests {

	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	private static Map<String, Object> legalAdvisors(String street, String type) {
		return Map.of("within", street, "type", Map.of("eq", type), "links",
				Map.of("some", Map.of("type", Map.of("eq", "PAIRED_WITH"), "direction", "IN", "other",
						Map.of("type", Map.of("eq", "LAW_FIRM")))));
	}

	/** One question of a listing: what it is asked with, and which of its statements. */
	private record Asked(String kind, Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf, Page page,
			int totalCap) {

		ListingCache.Listing listing() {
			return switch (this.kind) {
				case "units" -> Listings.UNITS;
				case "people" -> Listings.PEOPLE;
				default -> Listings.POSTS;
			};
		}

		Rendered of(PageStatements statements) {
			return this.page == null ? statements.count() : statements.page(this.page, this.totalCap);
		}

		Rendered fresh() {
			return of(listing().builder().build(this.where, this.orderBy, this.asOf));
		}

		/** Through the cache, with copies of the arguments: each request brings maps of its own. */
		Rendered cached(ListingCache cache) {
			return of(cache.get(listing(), RequestArguments.copy(this.where), RequestArguments.copy(this.orderBy), this.asOf));
		}

	}

	private static List<Asked> questions() {
		Page first = new Page("units", "units", 50, null);
		Page small = new Page("units", "units", 7, null);
		Page next = new Page("units", "units", 50, List.of("yz.c3", "yz.c3"));
		Page further = new Page("units", "units", 50, List.of("yz.c9", "yz.c9"));
		Page byName = new Page("units:NAME:ASC", "units", 50, List.of("某社区", "yz.c3"));
		Map<String, Object> name = Map.of("field", "NAME");
		Map<String, Object> founded = Map.of("field", "FOUNDED", "direction", "DESC");
		Map<String, Object> people = Map.of("AND", List.of(
				Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", "yz", "type", Map.of("eq", "OWNERS_COMMITTEE"))))),
				Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", "yz", "type", Map.of("eq", "COMMUNITY_COMMITTEE")))))));
		Map<String, Object> posts = Map.of("role", Map.of("in", List.of("SECRETARY", "MEMBER")), "unit", Map.of("within", "yz"));
		Map<String, Object> otherRoles = Map.of("role", Map.of("in", List.of("SECRETARY")), "unit", Map.of("within", "yz"));
		List<Asked> asked = new ArrayList<>();
		for (Map<String, Object> where : List.of(legalAdvisors("yz", "COMMUNITY_COMMITTEE"), legalAdvisors("gulou", "COMMUNITY_COMMITTEE"),
				legalAdvisors("yz", "COMPOUND"))) {
			for (LocalDate day : List.of(DAY, DAY.plusDays(1))) {
				for (Page page : List.of(first, small, next, further)) {
					for (int cap : List.of(0, PageQuery.TOTAL_CAP, 3)) {
						asked.add(new Asked("units", where, null, day, page, cap));
					}
				}
				asked.add(new Asked("units", where, null, day, null, 0));
				asked.add(new Asked("units", where, name, day, byName, PageQuery.TOTAL_CAP));
				asked.add(new Asked("units", where, founded, day, first, 0));
			}
		}
		asked.add(new Asked("people", people, null, DAY, new Page("people", "people", 20, null), PageQuery.TOTAL_CAP));
		asked.add(new Asked("people", people, null, DAY, null, 0));
		asked.add(new Asked("posts", posts, null, DAY, new Page("posts", "posts", 20, null), 0));
		asked.add(new Asked("posts", otherRoles, null, DAY, new Page("posts", "posts", 20, null), 0));
		return asked;
	}

	@Test
	void whateverIsAskedTheCachedStatementIsTheOneBuiltAfresh() {
		ListingCache cache = new ListingCache();
		List<Asked> asked = questions();
		// twice over: the first pass builds and keeps, the second reads what was kept
		for (int pass = 0; pass < 2; pass++) {
			for (Asked a : asked) {
				Rendered fresh = a.fresh();
				Rendered cached = a.cached(cache);
				assertThat(cached.cypher()).as("%s", a).isEqualTo(fresh.cypher());
				assertThat(cached.parameters()).as("%s", a).isEqualTo(fresh.parameters());
			}
		}
		long listings = asked.stream().map(a -> List.of(a.kind(), a.where(), String.valueOf(a.orderBy()), a.asOf())).distinct().count();
		assertThat(asked).hasSizeGreaterThan(90);
		assertThat(cache.builtAndRendered()).as("listings built, statements rendered")
			.containsExactly(listings, (long) asked.size());
	}

	@Test
	void theSameListingAskedAgainIsNeitherBuiltNorRenderedAgain() {
		ListingCache cache = new ListingCache();
		Page page = new Page("units", "units", 50, null);
		for (int i = 0; i < 5; i++) {
			// an equal map each time, as each request's arguments are
			PageStatements statements = cache.get(Listings.UNITS,
					RequestArguments.copy(legalAdvisors("yz", "COMMUNITY_COMMITTEE")), null, DAY);
			statements.page(page, PageQuery.TOTAL_CAP);
			statements.count();
		}
		assertThat(cache.builtAndRendered()).containsExactly(1L, 2L);
	}

	@Test
	void aListingThatFailsToBuildIsNotKeptAndFailsAgain() {
		ListingCache cache = new ListingCache();
		Map<String, Object> where = legalAdvisors("yz", "NO_SUCH_TYPE");
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(UserInputException.class)
				.isThrownBy(() -> cache.get(Listings.UNITS, where, null, DAY))
				.withMessageContaining("NO_SUCH_TYPE");
		}
		assertThat(cache.builtAndRendered()).containsExactly(0L, 0L);
	}

	@Test
	void itKeepsTheListingsAskedLastAndAFewPagesOfEach() {
		ListingCache cache = new ListingCache();
		Page page = new Page("units", "units", 20, null);
		for (int i = 0; i <= ListingCache.LISTINGS; i++) {
			cache.get(Listings.UNITS, legalAdvisors("street" + i, "COMPOUND"), null, DAY).page(page);
		}
		// the first one asked was dropped when one more than LISTINGS were asked; the last is kept
		cache.get(Listings.UNITS, legalAdvisors("street" + ListingCache.LISTINGS, "COMPOUND"), null, DAY).page(page);
		assertThat(cache.builtAndRendered()).containsExactly(ListingCache.LISTINGS + 1L, ListingCache.LISTINGS + 1L);
		Rendered again = cache.get(Listings.UNITS, legalAdvisors("street0", "COMPOUND"), null, DAY).page(page);
		assertThat(again.parameters()).containsValue("street0");
		assertThat(cache.builtAndRendered()).containsExactly(ListingCache.LISTINGS + 2L, ListingCache.LISTINGS + 2L);

		// paging far through one listing: every page right, however many are kept
		Map<String, Object> where = legalAdvisors("yz", "COMPOUND");
		for (int pass = 0; pass < 2; pass++) {
			for (int n = 1; n <= ListingCache.STATEMENTS_PER_LISTING * 2; n++) {
				Page nth = new Page("units", "units", 20, List.of("yz.c" + n, "yz.c" + n));
				Rendered cached = cache.get(Listings.UNITS, where, null, DAY).page(nth);
				assertThat(cached.parameters()).isEqualTo(Listings.units(where, null, DAY).page(nth).parameters())
					.containsValue("yz.c" + n);
			}
		}
		// one more listing, built once; 32 pages rendered in each pass: a listing keeps at most 16,
		// so the second pass finds none of the first pass's pages 1 to 16 (dropped for 17 to 32) and
		// drops its own 1 to 16 again
		assertThat(cache.builtAndRendered()).containsExactly(ListingCache.LISTINGS + 3L,
				ListingCache.LISTINGS + 2L + 4L * ListingCache.STATEMENTS_PER_LISTING);
	}

	@Test
	void aListingWithAHeavyFilterIsBuiltEveryTimeAndRightEveryTime() {
		ListingCache cache = new ListingCache();
		List<String> ids = new ArrayList<>();
		for (int i = 0; ids.size() <= ListingCache.MAX_WEIGHT / 4; i++) {
			ids.add("yz.c" + i);
		}
		Map<String, Object> where = Map.of("id", Map.of("in", ids));
		Page page = new Page("units", "units", 20, null);
		for (int i = 0; i < 2; i++) {
			Rendered cached = cache.get(Listings.UNITS, where, null, DAY).page(page);
			assertThat(cached.parameters()).isEqualTo(Listings.units(where, null, DAY).page(page).parameters())
				.containsValue(ids);
		}
		assertThat(cache.builtAndRendered()).as("built twice, never kept").containsExactly(2L, 0L);
		// the same listing with a light filter is kept
		cache.get(Listings.UNITS, Map.of("id", Map.of("in", ids.subList(0, 10))), null, DAY).page(page);
		cache.get(Listings.UNITS, Map.of("id", Map.of("in", ids.subList(0, 10))), null, DAY).page(page);
		assertThat(cache.builtAndRendered()).containsExactly(3L, 1L);
	}

	@Test
	void emptyMapsWeighToo() {
		ListingCache cache = new ListingCache();
		List<Map<String, Object>> empty = new ArrayList<>();
		for (int i = 0; i <= ListingCache.MAX_WEIGHT; i++) {
			empty.add(Map.of());
		}
		Page page = new Page("units", "units", 20, null);
		for (int i = 0; i < 2; i++) {
			Rendered rendered = cache.get(Listings.UNITS, Map.of("AND", empty), null, DAY).page(page);
			assertThat(rendered.cypher()).isEqualTo(Listings.units(Map.of("AND", empty), null, DAY).page(page).cypher());
		}
		assertThat(cache.builtAndRendered()).as("built twice, never kept").containsExactly(2L, 0L);
	}

	@Test
	void aHeavyPositionIsNotKept() {
		ListingCache cache = new ListingCache();
		Map<String, Object> where = legalAdvisors("yz", "COMPOUND");
		Page heavy = new Page("units:NAME:ASC", "units", 20, List.of("名".repeat(ListingCache.MAX_POSITION_WEIGHT), "yz.c3"));
		for (int i = 0; i < 2; i++) {
			Rendered rendered = cache.get(Listings.UNITS, where, Map.of("field", "NAME"), DAY).page(heavy);
			assertThat(rendered.parameters())
				.isEqualTo(Listings.units(where, Map.of("field", "NAME"), DAY).page(heavy).parameters());
		}
		assertThat(cache.builtAndRendered()).as("the listing built once, its heavy page never kept").containsExactly(1L, 0L);
	}

	@Test
	void aListingsCountIsKeptWhileItsPagesStartAgain() {
		ListingCache cache = new ListingCache();
		PageStatements statements = cache.get(Listings.UNITS, legalAdvisors("yz", "COMPOUND"), null, DAY);
		Rendered count = statements.count();
		for (int n = 1; n <= ListingCache.STATEMENTS_PER_LISTING + 1; n++) {
			statements.page(new Page("units", "units", 20, List.of("yz.c" + n, "yz.c" + n)));
		}
		assertThat(statements.count()).isSameAs(count);
		assertThat(cache.builtAndRendered()).containsExactly(1L, ListingCache.STATEMENTS_PER_LISTING + 2L);
	}

	@Test
	void twoListingsAskedWithTheSameArgumentsHaveStatementsOfTheirOwn() {
		ListingCache cache = new ListingCache();
		Page page = new Page("people", "people", 20, null);
		Rendered people = cache.get(Listings.PEOPLE, Map.of(), null, DAY).page(page);
		Rendered posts = cache.get(Listings.POSTS, Map.of(), null, DAY).page(page);
		assertThat(people.cypher()).isEqualTo(Listings.people(Map.of(), null, DAY).page(page).cypher());
		assertThat(posts.cypher()).isEqualTo(Listings.posts(Map.of(), null, DAY).page(page).cypher())
			.isNotEqualTo(people.cypher());
		assertThat(cache.builtAndRendered()).containsExactly(2L, 2L);
	}

	@Test
	void aPageStatementThatCannotBeMadeIsNotKeptAndFailsAgain() {
		ListingCache cache = new ListingCache();
		// a position whose id is not text: only a cursor forged with a valid checksum carries one
		Page forged = new Page("units", "units", 20, List.of("yz.c3", 42L));
		PageStatements statements = cache.get(Listings.UNITS, legalAdvisors("yz", "COMPOUND"), null, DAY);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(UserInputException.class).isThrownBy(() -> statements.page(forged))
				.withMessageContaining("units(after)");
		}
		assertThat(cache.builtAndRendered()).containsExactly(1L, 0L);
	}

}
