package io.govgraph.directory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.govgraph.bench.Rounds;
import io.govgraph.query.ListingCache;
import io.govgraph.query.Page;
import io.govgraph.query.PageQuery;
import io.govgraph.query.Rendered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a listing's statement costs the request thread three ways, one thread: built and rendered
 * afresh (as before {@link ListingCache}), through the cache when every listing is new (each
 * request a filter never asked before: what the cache was not made for), and through the cache
 * when the same few listings are asked again (eight streets, as the planner benchmark asks). Two
 * listings: the planner's communities with a legal advisor (units) and people on both committees
 * (people). {@code bench.cacheSeconds} (2) a round, the ways in turn, three rounds after two warm-up rounds; the median
 * microseconds a statement. Writes target/bench/listing-cache.txt; only with {@code -Pbench}.
 */
@Tag("bench")
class ListingCacheBenchmark {

	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	private static Map<String, Object> communities(String street) {
		return Map.of("within", street, "type", Map.of("eq", "COMMUNITY_COMMITTEE"), "links",
				Map.of("some", Map.of("type", Map.of("eq", "PAIRED_WITH"), "direction", "IN", "other",
						Map.of("type", Map.of("eq", "LAW_FIRM")))));
	}

	private static Map<String, Object> people(String street) {
		return Map.of("AND", List.of(
				Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", street, "type", Map.of("eq", "OWNERS_COMMITTEE"))))),
				Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", street, "type", Map.of("eq", "COMMUNITY_COMMITTEE")))))));
	}

	@Test
	void aListingsStatementAfreshAndThroughTheCache() throws Exception {
		long window = Long.getLong("bench.cacheSeconds", 2) * 1_000_000_000L;
		List<String> lines = new ArrayList<>();
		lines.add("one thread; the ways in turn, median of 3 rounds of " + window / 1_000_000_000L + " s after 2 warm-up rounds; µs a statement (a page with its total, as the planner asks)");
		Map<String, IntFunction<Map<String, Object>>> listings = new LinkedHashMap<>();
		listings.put("units", i -> communities("g.s" + i));
		listings.put("people", i -> people("g.s" + i));
		for (Map.Entry<String, IntFunction<Map<String, Object>>> listing : listings.entrySet()) {
			ListingCache.Listing kind = listing.getKey().equals("units") ? Listings.UNITS : Listings.PEOPLE;
			Page page = new Page(listing.getKey(), listing.getKey(), 50, null);
			// the arguments of the eight listings made beforehand, as a request's are before its listing
			// is asked for; those of a listing never asked before are made as it is asked (about 1 µs)
			List<Map<String, Object>> streets = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				streets.add(listing.getValue().apply(i));
			}
			long[] never = { 0 };
			ListingCache missing = new ListingCache();
			ListingCache hitting = new ListingCache();
			Map<String, IntFunction<Rendered>> ways = new LinkedHashMap<>();
			ways.put("afresh", i -> kind.builder().build(streets.get(i % 8), null, DAY).page(page, PageQuery.TOTAL_CAP));
			ways.put("cache, every listing new", i -> missing
				.get(kind, listing.getValue().apply((int) (never[0]++ % 1_000_000_000)), null, DAY)
				.page(page, PageQuery.TOTAL_CAP));
			ways.put("cache, eight listings again", i -> hitting.get(kind, streets.get(i % 8), null, DAY)
				.page(page, PageQuery.TOTAL_CAP));
			// the ways in turn within each round, so that each sees the JIT and the machine as the others do
			Map<String, double[][]> rounds = new LinkedHashMap<>();
			ways.keySet().forEach(way -> rounds.put(way, new double[3][1]));
			for (int round = -2; round < 3; round++) {
				for (Map.Entry<String, IntFunction<Rendered>> way : ways.entrySet()) {
					long ops = 0;
					long started = System.nanoTime();
					long blackhole = 0;
					while (System.nanoTime() - started < window) {
						blackhole += way.getValue().apply((int) (ops % 8)).cypher().length();
						ops++;
					}
					assertThat(blackhole).isPositive();
					if (round >= 0) {
						rounds.get(way.getKey())[round][0] = (System.nanoTime() - started) / 1e3 / ops;
					}
				}
			}
			Map<String, Double> medians = new LinkedHashMap<>();
			rounds.forEach((way, r) -> medians.put(way, Rounds.median(r, 0)));
			double afresh = medians.get("afresh");
			medians.forEach((way, us) -> lines.add(String.format(Locale.ROOT, "%s, %s: %.2f µs (afresh / this: %.2f)",
					listing.getKey(), way, us, afresh / us)));
			assertThat(missing.builtAndRendered()[0]).as("every listing new was built").isEqualTo(missing.builtAndRendered()[1]);
			assertThat(hitting.builtAndRendered()).as("the eight listings built once").containsExactly(8L, 8L);
		}
		lines.forEach(System.out::println);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/listing-cache.txt"), lines, StandardCharsets.UTF_8);
	}

}
