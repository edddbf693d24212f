package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.Vocabulary;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.web.UserInputException;

/**
 * Neighbourhoods and shortest paths of the linkage graph on a day, for front-ends that draw it.
 * A neighbourhood costs one statement for the seeds, one per level and one for the edges and
 * hidden-neighbour counts: {@code depth + 2} whatever its size; a path query costs three.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ExploreService {

	static final int MAX_IDS = 100;

	static final int MAX_DEPTH = 4;

	static final int MAX_LIMIT = 2000;

	static final int MAX_PATH_LENGTH = 10;

	static final int MAX_PATHS = 50;

	/** The edge types a walk may follow: the tree, posts, and every v1 link type. */
	static final List<String> EDGE_TYPES = Stream
		.concat(Stream.of(GraphEdge.UNDER, GraphEdge.HOLDS_POST), Vocabulary.LINK_TYPES.stream())
		.toList();

	private final ExploreRepository repository;

	ExploreService(ExploreRepository repository) {
		this.repository = repository;
	}

	/**
	 * The vertices within {@code depth} steps of the seeds on {@code asOf}, breadth first, at most
	 * {@code limit} of them (closer ones first, then by id), with every edge among them.
	 */
	public Subgraph neighborhood(List<String> ids, int depth, List<String> linkTypes, List<String> unitTypes,
			LocalDate asOf, int limit) {
		check(ids.isEmpty() || ids.size() > MAX_IDS,
				"neighborhood(ids): give 1 to " + MAX_IDS + " ids, not " + ids.size());
		check(depth < 0 || depth > MAX_DEPTH, "neighborhood(depth): " + depth + " is out of range (0 to " + MAX_DEPTH + ")");
		check(limit < 1 || limit > MAX_LIMIT, "neighborhood(limit): " + limit + " is out of range (1 to " + MAX_LIMIT + ")");
		ExploreRepository.Filter filter = new ExploreRepository.Filter(asOf,
				known("neighborhood(linkTypes)", linkTypes, EDGE_TYPES, EDGE_TYPES),
				known("neighborhood(unitTypes)", unitTypes, Vocabulary.UNIT_TYPES, null));
		Map<String, ExploreRepository.Found> seeds = existing(ids, "neighborhood(ids)", asOf);

		Map<String, GraphVertex> included = new LinkedHashMap<>();
		boolean truncated = false;
		for (String id : new LinkedHashSet<>(ids)) {
			if (seeds.get(id).present()) {
				if (included.size() == limit) {
					truncated = true;
					break;
				}
				included.put(id, seeds.get(id).vertex());
			}
		}
		List<String> frontier = List.copyOf(included.keySet());
		for (int level = 1; level <= depth && !frontier.isEmpty() && !truncated; level++) {
			List<String> next = new ArrayList<>();
			for (GraphVertex neighbour : this.repository.expand(frontier, filter)) {
				if (included.containsKey(neighbour.id())) {
					continue;
				}
				if (included.size() == limit) {
					truncated = true;
					break;
				}
				included.put(neighbour.id(), neighbour);
				next.add(neighbour.id());
			}
			frontier = next;
		}
		if (included.isEmpty()) {
			return new Subgraph(List.of(), List.of(), truncated);
		}
		Map<String, ExploreRepository.Adjacency> adjacency = this.repository.adjacency(included.keySet(), filter);
		List<GraphEdge> edges = adjacency.values()
			.stream()
			.flatMap(a -> a.edges().stream())
			.sorted(Comparator.comparing(GraphEdge::id))
			.toList();
		Map<String, Set<String>> inside = neighbours(edges);
		List<GraphVertex> vertices = included.values()
			.stream()
			.map(v -> v.withHiddenNeighbors(adjacency.get(v.id()).degree() - inside.getOrDefault(v.id(), Set.of()).size()))
			.toList();
		return new Subgraph(vertices, edges, truncated);
	}

	/**
	 * The shortest paths between two vertices on {@code asOf} over every kind of edge, at most
	 * {@code first} of them, none longer than {@code maxLength}; empty when they are not connected
	 * so closely, or one of them is not in the graph on that day.
	 */
	public List<LinkagePath> paths(String fromId, String toId, int maxLength, LocalDate asOf, int first) {
		check(maxLength < 1 || maxLength > MAX_PATH_LENGTH,
				"paths(maxLength): " + maxLength + " is out of range (1 to " + MAX_PATH_LENGTH + ")");
		check(first < 1 || first > MAX_PATHS, "paths(first): " + first + " is out of range (1 to " + MAX_PATHS + ")");
		Map<String, ExploreRepository.Found> ends = existing(List.of(fromId, toId), "paths(fromId, toId)", asOf);
		if (!ends.get(fromId).present() || !ends.get(toId).present()) {
			return List.of();
		}
		List<ExploreRepository.PathRow> rows = fromId.equals(toId)
				? List.of(new ExploreRepository.PathRow(List.of(fromId), List.of()))
				: this.repository.shortestPaths(fromId, toId, asOf, first)
					.stream()
					.filter(r -> r.edges().size() <= maxLength)
					.toList();
		if (rows.isEmpty()) {
			return List.of();
		}
		Set<String> all = new LinkedHashSet<>();
		rows.forEach(r -> all.addAll(r.ids()));
		Map<String, ExploreRepository.Adjacency> adjacency = this.repository.adjacency(all,
				new ExploreRepository.Filter(asOf, EDGE_TYPES, null));
		Map<String, Set<String>> linked = neighbours(
				adjacency.values().stream().flatMap(a -> a.edges().stream()).toList());
		return rows.stream().map(row -> {
			Set<String> onPath = new HashSet<>(row.ids());
			List<GraphVertex> vertices = row.ids().stream().map(id -> {
				ExploreRepository.Adjacency a = adjacency.get(id);
				long shown = linked.getOrDefault(id, Set.of()).stream().filter(onPath::contains).count();
				return a.vertex().withHiddenNeighbors((int) (a.degree() - shown));
			}).toList();
			return new LinkagePath(row.edges().size(), vertices, row.edges());
		}).toList();
	}

	/**
	 * Posts and links that began or ended in [from, to], in the subtree of scopeId (null:
	 * everywhere), by day then change id; {@code totalCount} counts them all only when asked for.
	 */
	Connection<Change> changes(String scopeId, LocalDate from, LocalDate to, Integer first, String after) {
		check(from.isAfter(to), "changes(from, to): from " + from + " is after to " + to);
		if (scopeId != null) {
			Map<String, ExploreRepository.Found> found = this.repository.vertices(List.of(scopeId), to);
			check(!found.containsKey(scopeId) || !GraphVertex.UNIT.equals(found.get(scopeId).vertex().kind()),
					"changes(scopeId): no unit with id \"" + scopeId + "\"");
		}
		Page page = Page.of("changes", "changes", first, after);
		return page.connection(this.repository.changes(scopeId, from, to, page),
				r -> List.of(r.change().date(), r.changeId()), ExploreRepository.ChangeRow::change,
				() -> this.repository.changesCount(scopeId, from, to));
	}

	/** For each vertex, the other ends of the given edges that touch it. */
	private static Map<String, Set<String>> neighbours(List<GraphEdge> edges) {
		Map<String, Set<String>> result = new HashMap<>();
		for (GraphEdge e : edges) {
			result.computeIfAbsent(e.source(), k -> new HashSet<>()).add(e.target());
			result.computeIfAbsent(e.target(), k -> new HashSet<>()).add(e.source());
		}
		return result;
	}

	private Map<String, ExploreRepository.Found> existing(List<String> ids, String argument, LocalDate asOf) {
		Map<String, ExploreRepository.Found> found = this.repository.vertices(ids, asOf);
		List<String> unknown = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
		check(!unknown.isEmpty(), argument + ": no unit or person with id " + String.join(", ", unknown.stream().map(id -> "\"" + id + "\"").toList()));
		return found;
	}

	/** The values if all are in the vocabulary (null: {@code whenNull}); a user error naming the others. */
	private static List<String> known(String argument, List<String> values, List<String> vocabulary,
			List<String> whenNull) {
		if (values == null) {
			return whenNull;
		}
		List<String> unknown = values.stream().filter(v -> !vocabulary.contains(v)).toList();
		check(!unknown.isEmpty(), argument + ": unknown " + String.join(", ", unknown) + " (one of "
				+ String.join(", ", vocabulary) + ")");
		return List.copyOf(values);
	}

	private static void check(boolean wrong, String message) {
		if (wrong) {
			throw new UserInputException(message);
		}
	}

}
