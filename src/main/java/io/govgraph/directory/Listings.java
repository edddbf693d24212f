package io.govgraph.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.AliasedExpression;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;

import io.govgraph.query.FilterCompiler;
import io.govgraph.query.ListingCache;
import io.govgraph.query.OrderBy;
import io.govgraph.query.PageQuery;
import io.govgraph.web.UserInputException;

/**
 * The filtered, ordered lists of units, people and posts (the {@code where} and {@code orderBy}
 * arguments) as page queries: each a single parameterised statement, plus one count statement.
 */
final class Listings {

	private static final LocalDate NO_DATE = LocalDate.of(1, 1, 1);

	/** The listings, as {@link ListingCache} keeps their statements. */
	static final ListingCache.Listing UNITS = new ListingCache.Listing("units", Listings::units);

	static final ListingCache.Listing PEOPLE = new ListingCache.Listing("people", Listings::people);

	static final ListingCache.Listing POSTS = new ListingCache.Listing("posts", Listings::posts);

	private Listings() {
	}

	static PageQuery units(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
		FilterCompiler filters = new FilterCompiler(asOf);
		Node u = Cypher.node("Unit").named("u");
		FilterCompiler.Filtered filtered = filters.units(where, u);
		String field = OrderBy.field(orderBy, "ID");
		Expression id = u.property("id");
		Expression key = switch (field) {
			case "ID" -> id;
			case "NAME" -> u.property("name");
			case "TYPE" -> u.property("type");
			case "FOUNDED" -> Cypher.coalesce(u.property("founded"), filters.parameter(NO_DATE));
			default -> throw new UserInputException("orderBy: cannot order units by " + field);
		};
		Node parent = Cypher.node("Unit").named("parent");
		return new PageQuery(OrderBy.list("units", field, orderBy), filtered.start(), filtered.where(), key,
				OrderBy.descending(orderBy), id, List.of(u.getRequiredSymbolicName().as("u")),
				List.of(parent.property("id").as("parentId")), u.relationshipTo(parent, "UNDER"), filters.parameters());
	}

	static PageQuery people(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
		FilterCompiler filters = new FilterCompiler(asOf);
		Node p = Cypher.node("Person").named("p");
		String field = OrderBy.field(orderBy, "ID");
		Expression id = p.property("id");
		Expression key = switch (field) {
			case "ID" -> id;
			case "NAME" -> p.property("name");
			case "BIRTH_YEAR" -> Cypher.coalesce(p.property("birthYear"), filters.parameter(0L));
			// a planner's order: by the decade, then by id, never by the year within it
			case "BIRTH_DECADE" -> Cypher.coalesce(FilterCompiler.decade(p.property("birthYear")), filters.parameter(0L));
			case "PARTY_SINCE" -> Cypher.coalesce(p.property("partySince"), filters.parameter(NO_DATE));
			default -> throw new UserInputException("orderBy: cannot order people by " + field);
		};
		FilterCompiler.Filtered filtered = filters.people(where, p);
		return new PageQuery(OrderBy.list("people", field, orderBy), filtered.start(), filtered.where(), key,
				OrderBy.descending(orderBy), id, List.of(p.getRequiredSymbolicName().as("p")), List.of(), filters.parameters());
	}

	/** Posts in force on the day; a post's row id is person, unit, role and since, as in the data set. */
	static PageQuery posts(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
		FilterCompiler filters = new FilterCompiler(asOf);
		Node p = Cypher.node("Person").named("p");
		Node u = Cypher.node("Unit").named("u");
		Relationship h = p.relationshipTo(u, "HOLDS_POST").named("h");
		FilterCompiler.Filtered filtered = filters.posts(where, h, p, u);
		Expression id = u.property("id")
			.concat(Cypher.literalOf("|"))
			.concat(h.property("role"))
			.concat(Cypher.literalOf("|"))
			.concat(p.property("id"))
			.concat(Cypher.literalOf("|"))
			.concat(Cypher.coalesce(Cypher.toString(h.property("since")), Cypher.literalOf("")));
		String field = OrderBy.field(orderBy, "UNIT");
		Expression key = switch (field) {
			case "UNIT" -> id;
			case "PERSON" -> p.property("id");
			case "ROLE" -> h.property("role");
			case "SINCE" -> Cypher.coalesce(h.property("since"), filters.parameter(NO_DATE));
			default -> throw new UserInputException("orderBy: cannot order posts by " + field);
		};
		List<AliasedExpression> carried = List.of(h.getRequiredSymbolicName().as("h"),
				p.getRequiredSymbolicName().as("p"), u.getRequiredSymbolicName().as("u"));
		return new PageQuery(OrderBy.list("posts", field, orderBy), filtered.start(), filtered.where(), key,
				OrderBy.descending(orderBy), id, carried,
				List.of(p.property("id").as("personId"), u.property("id").as("unitId")), filters.parameters());
	}

	/** The where of the old {@code units(type, nameContains)} arguments, ANDed with {@code where}. */
	static Map<String, Object> unitWhere(String type, String nameContains, Map<String, Object> where) {
		List<Map<String, Object>> all = new ArrayList<>();
		if (type != null) {
			all.add(Map.of("type", Map.of("eq", type)));
		}
		if (nameContains != null) {
			all.add(Map.of("name", Map.of("contains", nameContains)));
		}
		if (where != null) {
			all.add(where);
		}
		Map<String, Object> result = new HashMap<>();
		result.put("AND", all);
		return result;
	}

}
