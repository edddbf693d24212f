package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.List;

/** A page of changes; {@code totalCount} is counted only when asked for. */
record ChangeConnection(List<Edge> edges, PageInfo pageInfo, String scopeId, LocalDate from, LocalDate to) {

	record Edge(String cursor, Change node) {
	}

	record PageInfo(boolean hasNextPage, String endCursor) {
	}

}
