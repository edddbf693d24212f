package io.govgraph.directory;

import java.util.List;

import io.govgraph.query.Rendered;

/**
 * A page of a connection (UnitConnection, PersonConnection, PostConnection). {@code totalCount}
 * is resolved only when asked for, by its own count statement.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Rendered count) {

	public record Edge<T>(String cursor, T node) {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

}
