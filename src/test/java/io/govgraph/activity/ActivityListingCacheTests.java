package io.govgraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.govgraph.query.ListingCache;
import io.govgraph.query.Page;
import io.govgraph.query.PageStatements;
import io.govgraph.query.Rendered;
import io.govgraph.query.RequestArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The activity listings through query/ListingCache: each statement the one built afresh, each listing built once. */
class ActivityListingCacheTests {

	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	@Test
	void agreementsItemsAndEventsFromTheCacheAreTheOnesBuiltAfresh() {
		Map<ListingCache.Listing, List<Map<String, Object>>> asked = Map.of(
				ActivityListings.AGREEMENTS, List.of(Map.of("type", Map.of("eq", "CO_CONSTRUCTION")), Map.of("type", Map.of("eq", "PAIRING"))),
				ActivityListings.ITEMS, List.of(Map.of("status", Map.of("eq", "OPEN")), Map.of("status", Map.of("eq", "DONE"))),
				ActivityListings.EVENTS, List.of(Map.of("type", Map.of("eq", "JOINT_MEETING"), "host", Map.of("within", "yz")),
						Map.of("type", Map.of("eq", "ELECTION"), "host", Map.of("within", "gulou"))));
		ListingCache cache = new ListingCache();
		int statements = 0;
		for (int pass = 0; pass < 2; pass++) {
			for (Map.Entry<ListingCache.Listing, List<Map<String, Object>>> listing : asked.entrySet()) {
				for (Map<String, Object> where : listing.getValue()) {
					for (LocalDate day : List.of(DAY, DAY.plusDays(1))) {
						PageStatements fresh = listing.getKey().builder().build(where, null, day);
						PageStatements cached = cache.get(listing.getKey(), RequestArguments.copy(where), null, day);
						assertThat(cached.list()).isEqualTo(fresh.list());
						Page page = new Page(fresh.list(), listing.getKey().name(), 20, null);
						for (boolean count : List.of(false, true)) {
							Rendered expected = count ? fresh.count() : fresh.page(page);
							Rendered actual = count ? cached.count() : cached.page(page);
							assertThat(actual.cypher()).as("%s %s %s", listing.getKey().name(), where, day).isEqualTo(expected.cypher());
							assertThat(actual.parameters()).as("%s %s %s", listing.getKey().name(), where, day)
								.isEqualTo(expected.parameters());
							statements += pass == 0 ? 1 : 0;
						}
					}
				}
			}
		}
		assertThat(cache.builtAndRendered()).containsExactly(statements / 2L, (long) statements);
	}

}
