package io.govgraph.query;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A page of any paged list, as every {@code XxxConnection} type of the schema shows it: edges
 * (cursor and node), {@code pageInfo}, and {@code totalCount}, counted only when a client asks for
 * it (a count may cost as much as the page).
 *
 * @param edges the rows of the page, in the list's order
 * @param pageInfo whether more follow, and where to go on from
 * @param counter counts every row of the list (the filter, not the page)
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

	/** Every row of the list, counted now; the schema's {@code totalCount}. */
	public long totalCount() {
		return this.counter.getAsLong();
	}

	/** The rows of the page without their cursors. */
	public List<T> nodes() {
		return this.edges.stream().map(Edge::node).toList();
	}

	/** A row of the page and the cursor to go on after it. */
	public record Edge<T>(String cursor, T node) {
	}

	/** The schema's one {@code PageInfo}: forward pagination. */
	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

}
