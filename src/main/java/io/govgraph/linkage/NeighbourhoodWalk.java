package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.Vocabulary;
import io.govgraph.web.UserInputException;

/**
 * The one breadth-first walk of the linkage graph on a day, with the one set of limits that the
 * {@code neighborhood} query and the neighbourhood exports share: at most {@value #MAX_IDS} seeds,
 * {@value #MAX_DEPTH} steps and {@value #MAX_VERTICES} vertices. At most
 * {@value #ONE_STATEMENT_DEPTH} steps deep and {@value #ONE_STATEMENT_LIMIT} vertices, it costs one
 * statement in all (with the edges and neighbour counts when asked for); otherwise one for the
 * seeds and one per level, whatever the size, and one for the edges and counts.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class NeighbourhoodWalk {

	/** Most seeds a walk starts from. */
	public static final int MAX_IDS = 100;

	/** Deepest a walk goes. */
	public static final int MAX_DEPTH = 6;

	/** Most vertices a walk reaches; a front-end asks for fewer (the page asks for 500). */
	public static final int MAX_VERTICES = 20_000;

	/**
	 * Deepest walk read in one statement ({@code linkage/walk}, with the adjacency when asked for)
	 * rather than a statement a level.
	 */
	static final int ONE_STATEMENT_DEPTH = 2;

	/**
	 * Largest limit of a walk read in one statement: that statement tests the levels and the set
	 * shown by list membership, which a larger set would make slow.
	 */
	static final int ONE_STATEMENT_LIMIT = 1_000;

	/** The edge types a walk may follow: the tree, posts, and every v1 link type. */
	static final List<String> EDGE_TYPES = Stream
		.concat(Stream.of(GraphEdge.UNDER, GraphEdge.HOLDS_POST), Vocabulary.LINK_TYPES.stream())
		.toList();

	private final ExploreRepository repository;

	NeighbourhoodWalk(ExploreRepository repository) {
		this.repository = repository;
	}

	/**
	 * The vertices a walk reached, the seeds first, then level by level, each level by id;
	 * {@code truncated} when the vertex limit cut the walk short; each vertex's adjacency when it
	 * was asked for (null otherwise).
	 */
	public record Reach(List<GraphVertex> vertices, boolean truncated,
			Map<String, ExploreRepository.Adjacency> adjacency) {

		/** The ids of the vertices, in the order reached. */
		public List<String> ids() {
			return this.vertices.stream().map(GraphVertex::id).toList();
		}

	}

	/**
	 * Every vertex within {@code depth} steps of the seeds on {@code asOf}, over every kind of edge.
	 * @throws UserInputException if the neighbourhood has more than {@value #MAX_VERTICES} vertices
	 */
	public Reach whole(Collection<String> ids, int depth, LocalDate asOf) {
		Reach reach = walk(List.copyOf(ids), depth, filter(null, null, asOf), MAX_VERTICES, false);
		check(reach.truncated(),
				"neighborhood(depth): the neighbourhood of " + String.join(", ", new LinkedHashSet<>(ids)) + " at depth "
						+ depth + " has more than " + MAX_VERTICES + " vertices; lower the depth or take a scope");
		return reach;
	}

	/**
	 * What a walk on {@code asOf} may cross: the edge types {@code linkTypes} (null: all), into units
	 * of {@code unitTypes} only (null: any).
	 * @throws UserInputException naming a type that is not in the vocabulary
	 */
	ExploreRepository.Filter filter(List<String> linkTypes, List<String> unitTypes, LocalDate asOf) {
		return new ExploreRepository.Filter(asOf, known("neighborhood(linkTypes)", linkTypes, EDGE_TYPES, EDGE_TYPES),
				known("neighborhood(unitTypes)", unitTypes, Vocabulary.UNIT_TYPES, null));
	}

	/**
	 * The vertices within {@code depth} steps of the seeds, at most {@code limit} of them (nearer
	 * ones first, then by id), as far as the filter lets the walk go; the seeds are always kept,
	 * except those that are not in the graph on the filter's day. With {@code adjacency}, also each
	 * vertex's neighbour count and edges to the others ({@link ExploreRepository#adjacency}). A walk
	 * at most {@value #ONE_STATEMENT_DEPTH} steps deep, with a limit of at most
	 * {@value #ONE_STATEMENT_LIMIT}, is one statement in all, from one seed or several; otherwise a
	 * statement for the seeds, one a level and one for the adjacency.
	 */
	Reach walk(List<String> ids, int depth, ExploreRepository.Filter filter, int limit, boolean adjacency) {
		check(ids.isEmpty() || ids.size() > MAX_IDS,
				"neighborhood(ids): give 1 to " + MAX_IDS + " ids, not " + ids.size());
		check(depth < 0 || depth > MAX_DEPTH,
				"neighborhood(depth): " + depth + " is out of range (0 to " + MAX_DEPTH + ")");
		check(limit < 1 || limit > MAX_VERTICES,
				"neighborhood(limit): " + limit + " is out of range (1 to " + MAX_VERTICES + ")");
		if (depth <= ONE_STATEMENT_DEPTH && limit <= ONE_STATEMENT_LIMIT) {
			ExploreRepository.Walked walked = this.repository.walk(ids, depth, filter, limit, adjacency);
			checkKnown(ids, walked.unknown(), "neighborhood(ids)");
			return new Reach(walked.vertices(), walked.truncated(), walked.adjacency());
		}
		return levelByLevel(ids, depth, filter, limit, adjacency);
	}

	/** {@link #walk} a statement a level, from all seeds at once, stopping at the limit. */
	Reach levelByLevel(List<String> ids, int depth, ExploreRepository.Filter filter, int limit, boolean adjacency) {
		Map<String, ExploreRepository.Found> seeds = existing(ids, "neighborhood(ids)", filter.asOf());

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
		List<GraphVertex> vertices = List.copyOf(included.values());
		return new Reach(vertices, truncated, adjacency && !vertices.isEmpty()
				? this.repository.adjacency(included.keySet(), filter) : adjacency ? Map.of() : null);
	}

	/**
	 * The vertices these ids name on {@code asOf}.
	 * @throws UserInputException naming {@code argument} and the ids that name no unit or person
	 */
	private Map<String, ExploreRepository.Found> existing(List<String> ids, String argument, LocalDate asOf) {
		Map<String, ExploreRepository.Found> found = this.repository.vertices(ids, asOf);
		checkKnown(ids, ids.stream().filter(id -> !found.containsKey(id)).toList(), argument);
		return found;
	}

	/** A user error naming {@code argument} and the ids, of those given, that name no unit or person. */
	static void checkKnown(List<String> ids, Collection<String> unknown, String argument) {
		List<String> named = ids.stream().filter(unknown::contains).distinct().toList();
		check(!named.isEmpty(), argument + ": no unit or person with id "
				+ String.join(", ", named.stream().map(id -> "\"" + id + "\"").toList()));
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
