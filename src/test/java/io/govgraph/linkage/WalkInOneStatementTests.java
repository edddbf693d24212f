package io.govgraph.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The walk in one statement ({@code linkage/walk}) finds what the walk level by level finds, in
 * the same order, with the same cut and the same edges and neighbour counts: on the sample
 * district, from every fortieth unit and person and from sets of several seeds, at depths 0 to 2,
 * with limits that cut among the seeds, inside a level and never, with and without filters, today
 * and on a day before most posts and some units began.
 */
@IntegrationTest
class WalkInOneStatementTests {

	@Autowired
	NeighbourhoodWalk walk;

	@Test
	void aroundOneVertexTheOneStatementWalkFindsWhatTheWalkLevelByLevelFinds() throws IOException {
		List<String> seeds = sampleIds();
		Map<String, ExploreRepository.Filter> filters = filters();
		int compared = 0;
		int cut = 0;
		int empty = 0;
		for (int i = 0; i < seeds.size(); i += 40) {
			for (int depth = 0; depth <= NeighbourhoodWalk.ONE_STATEMENT_DEPTH; depth++) {
				for (int limit : limits(seeds.get(i), depth, filters)) {
					for (Map.Entry<String, ExploreRepository.Filter> filter : filters.entrySet()) {
						NeighbourhoodWalk.Reach one = bothWays(List.of(seeds.get(i)), depth, limit, filter);
						compared++;
						cut += one.truncated() ? 1 : 0;
						empty += one.vertices().isEmpty() ? 1 : 0;
					}
				}
			}
		}
		// the cases reach every branch: cut by the limit, not in the graph on the day, and whole
		assertThat(compared).isEqualTo(49 * 30);
		assertThat(cut).isGreaterThan(100);
		assertThat(empty).isPositive();
		assertThat(compared - cut - empty).isGreaterThan(100);
	}

	/**
	 * From several seeds at once: a vertex with one of its neighbours (so one seed is in the other's
	 * first level), with a vertex far from it, and the three with the first given again; limits that
	 * cut among the seeds, inside a level, exactly after the first level, and never.
	 */
	@Test
	void fromSeveralSeedsTheOneStatementWalkFindsWhatTheWalkLevelByLevelFinds() throws IOException {
		List<String> vertices = sampleIds();
		Map<String, ExploreRepository.Filter> filters = filters();
		int compared = 0;
		int cut = 0;
		int empty = 0;
		int cutAmongPresentSeeds = 0;
		int presentAndAbsentSeeds = 0;
		for (int i = 0; i < vertices.size(); i += 120) {
			String seed = vertices.get(i);
			String far = vertices.get((i + 977) % vertices.size());
			List<GraphVertex> around = this.walk.levelByLevel(List.of(seed), 1, filters.get("all, today"), 2, false).vertices();
			List<List<String>> sets = new ArrayList<>();
			sets.add(List.of(seed, far));
			if (around.size() > 1) {
				sets.add(List.of(around.get(1).id(), seed));
				sets.add(List.of(seed, far, around.get(1).id(), seed));
			}
			for (List<String> ids : sets) {
				Map<String, Integer> present = new HashMap<>();
				filters.forEach((name, filter) -> present.put(name,
						this.walk.levelByLevel(ids, 0, filter, NeighbourhoodWalk.MAX_VERTICES, false).vertices().size()));
				for (int depth = 0; depth <= NeighbourhoodWalk.ONE_STATEMENT_DEPTH; depth++) {
					int firstLevel = this.walk.levelByLevel(ids, Math.min(depth, 1), filters.get("all, today"),
							NeighbourhoodWalk.MAX_VERTICES, false).vertices().size();
					for (int limit : new int[] { 1, 2, 12, Math.max(1, firstLevel), NeighbourhoodWalk.ONE_STATEMENT_LIMIT }) {
						for (Map.Entry<String, ExploreRepository.Filter> filter : filters.entrySet()) {
							NeighbourhoodWalk.Reach one = bothWays(ids, depth, limit, filter);
							compared++;
							cut += one.truncated() ? 1 : 0;
							empty += one.vertices().isEmpty() ? 1 : 0;
							int seedsShown = present.get(filter.getKey());
							cutAmongPresentSeeds += seedsShown > limit ? 1 : 0;
							presentAndAbsentSeeds += seedsShown > 0 && seedsShown < new HashSet<>(ids).size() ? 1 : 0;
						}
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(1_500);
		assertThat(cut).isGreaterThan(100);
		// the limit cut among seeds that are all in the graph on the day, and some sets held seeds
		// in it and seeds not in it
		assertThat(cutAmongPresentSeeds).isGreaterThan(10);
		assertThat(presentAndAbsentSeeds).isGreaterThan(10);
		assertThat(empty).isPositive();
		assertThat(compared - cut - empty).isGreaterThan(100);
	}

	@Test
	void aSeedGivenTwiceIsWalkedOnceAndAnUnknownOneIsNamed() {
		ExploreRepository.Filter today = this.walk.filter(null, null, LocalDate.now());
		NeighbourhoodWalk.Reach twice = this.walk.walk(List.of("yz.minglou", "yz.minglou"), 2, today, 500, true);
		assertThat(twice.vertices()).hasSize(161)
			.isEqualTo(this.walk.levelByLevel(List.of("yz.minglou"), 2, today, 500, true).vertices());
		assertThatThrownBy(() -> this.walk.walk(List.of("no.such.unit", "no.such.unit"), 1, today, 10, true))
			.isInstanceOf(UserInputException.class)
			.hasMessage("neighborhood(ids): no unit or person with id \"no.such.unit\"");
		assertThatThrownBy(() -> this.walk.levelByLevel(List.of("no.such.unit"), 1, today, 10, true))
			.isInstanceOf(UserInputException.class)
			.hasMessage("neighborhood(ids): no unit or person with id \"no.such.unit\"");
		List<String> someUnknown = List.of("no.such.unit", "yz.minglou", "no.such.person", "no.such.unit");
		for (int depth : new int[] { 1, NeighbourhoodWalk.ONE_STATEMENT_DEPTH + 1 }) {
			assertThatThrownBy(() -> this.walk.walk(someUnknown, depth, today, 10, true))
				.isInstanceOf(UserInputException.class)
				.hasMessage("neighborhood(ids): no unit or person with id \"no.such.unit\", \"no.such.person\"");
		}
	}

	/**
	 * The walk in one statement and the walk level by level, with the edges and counts: the same
	 * vertices in the same order, the same cut, the same adjacency. Answers the first.
	 */
	private NeighbourhoodWalk.Reach bothWays(List<String> ids, int depth, int limit,
			Map.Entry<String, ExploreRepository.Filter> filter) {
		String what = ids + " depth " + depth + " limit " + limit + " " + filter.getKey();
		NeighbourhoodWalk.Reach one = this.walk.walk(ids, depth, filter.getValue(), limit, true);
		NeighbourhoodWalk.Reach levels = this.walk.levelByLevel(ids, depth, filter.getValue(), limit, true);
		assertThat(one.vertices()).as(what).isEqualTo(levels.vertices());
		assertThat(one.truncated()).as(what).isEqualTo(levels.truncated());
		assertThat(adjacency(one)).as(what).isEqualTo(adjacency(levels));
		return one;
	}

	/** Every unit and person of the sample district, units first, in the files' order. */
	private static List<String> sampleIds() throws IOException {
		List<String> ids = new ArrayList<>();
		for (String file : List.of("units.csv", "people.csv")) {
			Files.readAllLines(Path.of("data/yinzhou", file)).stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).forEach(ids::add);
		}
		assertThat(ids).hasSize(1953);
		return ids;
	}

	/** No filter today; the tree and posts into three unit types today; no filter on a day before most posts. */
	private Map<String, ExploreRepository.Filter> filters() {
		return Map.of("all, today", this.walk.filter(null, null, LocalDate.now()),
				"tree and posts into committees and compounds, today",
				this.walk.filter(List.of("UNDER", "HOLDS_POST"), List.of("COMMUNITY_COMMITTEE", "COMPOUND", "STREET_COMMITTEE"),
						LocalDate.now()),
				"all, 2019-01-01", this.walk.filter(null, null, LocalDate.of(2019, 1, 1)));
	}

	/**
	 * Limits that cut at the seed, inside a level and never (the largest a walk in one statement
	 * takes), and, two steps deep, exactly the seed and its first level: the second level is then
	 * not shown, and the walk is cut if it has any vertex.
	 */
	private int[] limits(String seed, int depth, Map<String, ExploreRepository.Filter> filters) {
		if (depth < 2) {
			return new int[] { 1, 12, NeighbourhoodWalk.ONE_STATEMENT_LIMIT };
		}
		int firstLevel = this.walk.levelByLevel(List.of(seed), 1, filters.get("all, today"), NeighbourhoodWalk.MAX_VERTICES, false)
			.vertices()
			.size();
		return new int[] { 1, 12, NeighbourhoodWalk.ONE_STATEMENT_LIMIT, Math.max(1, firstLevel) };
	}

	/** Each vertex's neighbour count and its edges, by id (null when the walk did not read them). */
	private static Map<String, List<Object>> adjacency(NeighbourhoodWalk.Reach reach) {
		Map<String, List<Object>> result = new TreeMap<>();
		reach.adjacency().forEach((id, a) -> {
			List<GraphEdge> edges = new ArrayList<>(a.edges());
			edges.sort(Comparator.comparing(GraphEdge::id));
			result.put(id, List.of(a.vertex(), a.degree(), edges));
		});
		return result;
	}

}
