package io.govgraph.query;

import java.util.Map;

/**
 * The {@code orderBy} argument of a connection ({@code {field, direction}}), read the one way
 * every list reads it.
 */
public final class OrderBy {

	private OrderBy() {
	}

	/** The field asked for, or {@code otherwise} when none is. */
	public static String field(Map<String, Object> orderBy, String otherwise) {
		return orderBy == null || orderBy.get("field") == null ? otherwise : orderBy.get("field").toString();
	}

	/** The list's name and order as its cursors carry it: a cursor of another order is refused. */
	public static String list(String name, String field, Map<String, Object> orderBy) {
		return name + " by " + field + (descending(orderBy) ? " descending" : "");
	}

	/** Whether the order runs high to low. */
	public static boolean descending(Map<String, Object> orderBy) {
		return orderBy != null && "DESC".equals(String.valueOf(orderBy.get("direction")));
	}

}
