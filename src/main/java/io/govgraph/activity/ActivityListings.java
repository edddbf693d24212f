package io.govgraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;

import io.govgraph.query.FilterCompiler;
import io.govgraph.query.ListingCache;
import io.govgraph.query.OrderBy;
import io.govgraph.query.PageQuery;
import io.govgraph.query.Start;
import io.govgraph.web.UserInputException;

/**
 * The filtered, ordered lists of agreements, items and events (the {@code where} and
 * {@code orderBy} arguments) as page queries: each a single parameterised statement, plus one count
 * statement, built by the same {@link FilterCompiler} as the directory's lists.
 */
final class ActivityListings {

	private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

	/** The listings, as {@link ListingCache} keeps their statements. */
	static final ListingCache.Listing AGREEMENTS = new ListingCache.Listing("agreements", ActivityListings::agreements);

	static final ListingCache.Listing ITEMS = new ListingCache.Listing("items", ActivityListings::items);

	static final ListingCache.Listing EVENTS = new ListingCache.Listing("events", ActivityListings::events);

	private ActivityListings() {
	}

	static PageQuery agreements(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
		FilterCompiler filters = new FilterCompiler(asOf);
		Node a = Cypher.node("Agreement").named("a");
		String field = OrderBy.field(orderBy, "ID");
		Expression id = a.property("id");
		Expression key = switch (field) {
			case "ID" -> id;
			case "NAME" -> a.property("name");
			case "TYPE" -> a.property("type");
			case "SINCE" -> Cypher.coalesce(a.property("since"), filters.parameter(NO_DATE));
			default -> throw new UserInputException("orderBy: cannot order agreements by " + field);
		};
		return new PageQuery(OrderBy.list("agreements", field, orderBy), Start.of(a), filters.agreement(where, a), key,
				OrderBy.descending(orderBy), id, List.of(a.getRequiredSymbolicName().as("a")), List.of(), filters.parameters());
	}

	static PageQuery items(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
		FilterCompiler filters = new FilterCompiler(asOf);
		Node i = Cypher.node("Item").named("i");
		String field = OrderBy.field(orderBy, "ID");
		Expression id = i.property("id");
		Expression key = switch (field) {
			case "ID" -> id;
			case "TITLE" -> i.property("title");
			case "LIST" -> i.property("list");
			case "STATUS" -> Cypher.coalesce(i.property("status"), Cypher.literalOf(""));
			case "SINCE" -> Cypher.coalesce(i.property("since"), filters.parameter(NO_DATE));
			default -> throw new UserInputException("orderBy: cannot order items by " + field);
		};
		return new PageQuery(OrderBy.list("items", field, orderBy), Start.of(i), filters.item(where, i), key,
				OrderBy.descending(orderBy), id, List.of(i.getRequiredSymbolicName().as("i")), List.of(), filters.parameters());
	}

	static PageQuery events(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
		FilterCompiler filters = new FilterCompiler(asOf);
		Node e = Cypher.node("Event").named("e");
		String field = OrderBy.field(orderBy, "DATE");
		Expression id = e.property("id");
		Expression key = switch (field) {
			case "ID" -> id;
			case "DATE" -> e.property("date");
			case "TYPE" -> e.property("type");
			case "TITLE" -> Cypher.coalesce(e.property("title"), Cypher.literalOf(""));
			default -> throw new UserInputException("orderBy: cannot order events by " + field);
		};
		return new PageQuery(OrderBy.list("events", field, orderBy), Start.of(e), filters.event(where, e), key,
				OrderBy.descending(orderBy), id, List.of(e.getRequiredSymbolicName().as("e")), List.of(), filters.parameters());
	}

}
