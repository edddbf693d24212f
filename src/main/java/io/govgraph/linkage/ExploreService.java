package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.PageQuery;
import io.govgraph.web.UserInputException;

/**
 * Neighbourhoods and shortest paths of the linkage graph on a day, for front-ends that draw it.
 * A neighbourhood costs one statement for the seeds, one per level and one for the edges and
 * hidden-neighbour counts: {@code depth + 2} whatever its size, or one in all at most
 * {@value NeighbourhoodWalk#ONE_STATEMENT_DEPTH} steps deep with a limit of at most
 * {@value NeighbourhoodWalk#ONE_STATEMENT_LIMIT} ({@link NeighbourhoodWalk});
 * a path query costs one, two when it asks for hidden neighbours.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class ExploreService {

	static final int MAX_PATH_LENGTH = 10;

	static final int MAX_PATHS = 50;

	private final ExploreRepository repository;

	private final NeighbourhoodWalk walk;

	/**
	 * At most how many changes a page collects to count them with it ({@link PageQuery#TOTAL_CAP};
	 * smaller in tests, to reach the case of more).
	 */
	int totalCap = PageQuery.TOTAL_CAP;

	ExploreService(ExploreRepository repository, NeighbourhoodWalk walk) {
		this.repository = repository;
		this.walk = walk;
	}

	/**
	 * The vertices within {@code depth} steps of the seeds on {@code asOf} ({@link NeighbourhoodWalk}),
	 * at most {@code limit} of them, with every edge among them and each one's hidden neighbours.
	 */
	public Subgraph neighborhood(List<String> ids, int depth, List<String> linkTypes, List<String> unitTypes,
			LocalDate asOf, int limit) {
		ExploreRepository.Filter filter = this.walk.filter(linkTypes, unitTypes, asOf);
		NeighbourhoodWalk.Reach reach = this.walk.walk(ids, depth, filter, limit, true);
		if (reach.vertices().isEmpty()) {
			return new Subgraph(List.of(), List.of(), reach.truncated());
		}
		Map<String, ExploreRepository.Adjacency> adjacency = reach.adjacency();
		List<GraphEdge> edges = adjacency.values()
			.stream()
			.flatMap(a -> a.edges().stream())
			.sorted(Comparator.comparing(GraphEdge::id))
			.toList();
		Map<String, Set<String>> inside = neighbours(edges);
		List<GraphVertex> vertices = reach.vertices()
			.stream()
			.map(v -> v.withHiddenNeighbors(adjacency.get(v.id()).degree() - inside.getOrDefault(v.id(), Set.of()).size()))
			.toList();
		return new Subgraph(vertices, edges, reach.truncated());
	}

	/**
	 * The shortest paths between two vertices on {@code asOf} over every kind of edge, at most
	 * {@code first} of them, none longer than {@code maxLength}; empty when they are not connected
	 * so closely, or one of them is not in the graph on that day. Each vertex's hidden neighbours
	 * (those not on its path) are counted only when {@code hiddenNeighbors} is asked for, by one
	 * more statement; otherwise they are 0.
	 */
	public List<LinkagePath> paths(String fromId, String toId, int maxLength, LocalDate asOf, int first,
			boolean hiddenNeighbors) {
		check(maxLength < 1 || maxLength > MAX_PATH_LENGTH,
				"paths(maxLength): " + maxLength + " is out of range (1 to " + MAX_PATH_LENGTH + ")");
		check(first < 1 || first > MAX_PATHS, "paths(first): " + first + " is out of range (1 to " + MAX_PATHS + ")");
		ExploreRepository.Paths found = this.repository.shortestPaths(fromId, toId, asOf, first);
		Map<String, ExploreRepository.Found> ends = found.ends();
		List<String> both = List.of(fromId, toId);
		NeighbourhoodWalk.checkKnown(both, both.stream().filter(id -> !ends.containsKey(id)).toList(), "paths(fromId, toId)");
		if (!ends.get(fromId).present() || !ends.get(toId).present()) {
			return List.of();
		}
		List<ExploreRepository.PathRow> rows = fromId.equals(toId)
				? List.of(new ExploreRepository.PathRow(List.of(ends.get(fromId).vertex()), List.of()))
				: found.rows().stream().filter(r -> r.edges().size() <= maxLength).toList();
		if (rows.isEmpty() || !hiddenNeighbors) {
			return rows.stream().map(r -> new LinkagePath(r.edges().size(), r.vertices(), r.edges())).toList();
		}
		Set<String> all = new LinkedHashSet<>();
		rows.forEach(r -> all.addAll(r.ids()));
		Map<String, ExploreRepository.Adjacency> adjacency = this.repository.adjacency(all,
				new ExploreRepository.Filter(asOf, NeighbourhoodWalk.EDGE_TYPES, null));
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
	 * everywhere), by day then change id; {@code totalCount} counts them all only when asked for
	 * ({@code withTotal}). With it, the page, its total and the check of the scope are one
	 * statement when the changes are at most {@link #totalCap}; otherwise (and without it) the
	 * scope is checked, and the page and the total read, by statements of their own.
	 */
	Connection<Change> changes(String scopeId, LocalDate from, LocalDate to, Integer first, String after,
			boolean withTotal) {
		check(from.isAfter(to), "changes(from, to): from " + from + " is after to " + to);
		Page page;
		try {
			page = Page.of("changes", "changes", first, after);
		}
		catch (UserInputException ex) {
			// an unknown scope is named first, as it always was
			checkScopeIsAUnit(scopeId, to);
			throw ex;
		}
		if (withTotal) {
			ExploreRepository.ChangesWithTotal read = this.repository.changesWithTotal(scopeId, from, to, page,
					this.totalCap);
			checkScope(scopeId, read.scopeIsUnit());
			if (read.total() <= this.totalCap) {
				return page.connection(read.rows(), r -> List.of(r.change().date(), r.changeId()),
						ExploreRepository.ChangeRow::change, read::total);
			}
		}
		if (!withTotal) {
			checkScopeIsAUnit(scopeId, to);
		}
		return page.connection(this.repository.changes(scopeId, from, to, page),
				r -> List.of(r.change().date(), r.changeId()), ExploreRepository.ChangeRow::change,
				() -> this.repository.changesCount(scopeId, from, to));
	}

	/** A user error unless the scope (if any) is a unit; one statement. */
	private void checkScopeIsAUnit(String scopeId, LocalDate day) {
		if (scopeId != null) {
			Map<String, ExploreRepository.Found> found = this.repository.vertices(List.of(scopeId), day);
			checkScope(scopeId, found.containsKey(scopeId) && GraphVertex.UNIT.equals(found.get(scopeId).vertex().kind()));
		}
	}

	private static void checkScope(String scopeId, boolean isUnit) {
		check(!isUnit, "changes(scopeId): no unit with id \"" + scopeId + "\"");
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

	private static void check(boolean wrong, String message) {
		if (wrong) {
			throw new UserInputException(message);
		}
	}

}
