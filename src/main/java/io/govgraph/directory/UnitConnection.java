package io.govgraph.directory;

import java.util.List;

/** A page of units: the GraphQL {@code UnitConnection}. */
public record UnitConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

	public record Edge(String cursor, Unit node) {
	}

	public record PageInfo(boolean hasNextPage, String endCursor) {
	}

}
