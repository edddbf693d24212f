package io.govgraph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The planner's questions of {@link PlannerBenchmark} written in the Neo4j GraphQL Library's
 * dialect, for {@code bench/neo4j-graphql}: {@code where} with nested relationship and connection
 * predicates, connections with {@code totalCount}, and a {@code @cypher} field for paths (the
 * library has no path search). What GovGraph says with one argument needs spelling out there:
 * "in force on a day" is an edge filter on since/until, "exists on a day" a node filter on
 * founded/dissolved, and "within a street" a chain of {@code parent} predicates: exactly as deep
 * as the type lies in the generated tree where the type fixes it (community 1, compound 2, owners
 * committee 3: the cheapest form a peer user could write), an OR of the depths otherwise. Counts by
 * type or role are one aliased {@code totalCount} each, since the library has no group-by.
 */
final class PeerMix {

	/** The unit types beneath a generated street, with their depth below it. */
	static final List<Object[]> STREET_TYPES = List.of(new Object[] { "COMMUNITY_COMMITTEE", 1 },
			new Object[] { "JOINT_MEETING", 1 }, new Object[] { "RESIDENTS_COMMITTEE", 2 },
			new Object[] { "GRID_BRANCH", 2 }, new Object[] { "COMPOUND", 2 }, new Object[] { "BUILDING_GROUP", 3 },
			new Object[] { "OWNERS_COMMITTEE", 3 });

	static final List<String> ROLES = List.of("SECRETARY", "DEPUTY_SECRETARY", "MEMBER", "DIRECTOR",
			"DEPUTY_DIRECTOR", "CHAIR", "OWNER_REP", "MANAGER", "FIRST_SECRETARY", "CHIEF_LIAISON", "LEGAL_ADVISOR",
			"GRID_WORKER", "LAWYER", "VOLUNTEER");

	static final List<String> LINK_FIELDS = List.of("coConstructs", "pairedWith", "serves", "memberOf", "partyOrgOf",
			"guides");

	private final String inForce;

	private final String exists;

	private final LocalDate day;

	PeerMix(LocalDate day) {
		this.day = day;
		this.inForce = "{since: {lte: \"%1$s\"}, OR: [{until: {eq: null}}, {until: {gte: \"%1$s\"}}]}".formatted(day);
		this.exists = "{OR: [{founded: {eq: null}}, {founded: {lte: \"%1$s\"}}], AND: [{OR: [{dissolved: {eq: null}}, {dissolved: {gt: \"%1$s\"}}]}]}"
			.formatted(day);
	}

	/** A unit {@code depth} levels below {@code id}. */
	static String under(String id, int depth) {
		String where = "{id: {eq: \"" + id + "\"}}";
		for (int i = 0; i < depth; i++) {
			where = "{parent: {some: " + where + "}}";
		}
		return where;
	}

	/** A unit at most {@code depth} levels below {@code id}, or that unit. */
	static String within(String id, int depth) {
		return IntStream.rangeClosed(0, depth).mapToObj(d -> under(id, d)).collect(Collectors.joining(", ", "{OR: [", "]}"));
	}

	String communitiesWithLegalAdvisor(String street) {
		return """
				{ unitsConnection(first: 50, sort: [{id: ASC}], where: {type: {eq: "COMMUNITY_COMMITTEE"}, AND: [%s],
				    pairedWithInConnection: {some: {edge: %s, node: {type: {eq: "LAW_FIRM"}}}}}) {
				  totalCount edges { node { id name pairedWithInConnection(where: {edge: %s}) { edges { node { name } } } } } } }
				""".formatted(under(street, 1), this.inForce, this.inForce);
	}

	String peopleOnOwnersAndCommunityCommittees(String street) {
		return """
				{ peopleConnection(first: 20, sort: [{id: ASC}], where: {AND: [
				    {postsConnection: {some: {edge: %2$s, node: {type: {eq: "OWNERS_COMMITTEE"}, AND: [%1$s]}}}},
				    {postsConnection: {some: {edge: %2$s, node: {type: {eq: "COMMUNITY_COMMITTEE"}, AND: [%3$s]}}}}]}) {
				  totalCount edges { node { id name partyMember postsConnection(where: {edge: %2$s}) { edges { properties { role } node { name type } } } } } } }
				""".formatted(under(street, 3), this.inForce, under(street, 1));
	}

	String streetAtAGlance(String street) {
		String types = STREET_TYPES.stream()
			.map(t -> "%s: unitsConnection(where: {type: {eq: \"%s\"}, AND: [%s, %s]}) { totalCount }".formatted(
					t[0].toString().toLowerCase(), t[0], under(street, (Integer) t[1]), this.exists))
			.collect(Collectors.joining(" "));
		String roles = ROLES.stream()
			.map(r -> "%s: peopleConnection(where: {postsConnection: {some: {edge: {role: {eq: \"%s\"}, AND: [%s]}, node: %s}}}) { totalCount }"
				.formatted(r.toLowerCase(), r, this.inForce, within(street, 3)))
			.collect(Collectors.joining(" "));
		return "{ units(where: {id: {eq: \"%s\"}}) { name } %s peopleWithPosts: peopleConnection(where: {postsConnection: {some: {edge: %s, node: {AND: [%s, %s]}}}}) { totalCount } %s }"
			.formatted(street, types, this.inForce, within(street, 3), this.exists, roles);
	}

	String compoundsWithoutOwnersCommittee(String street) {
		return """
				{ unitsConnection(first: 50, sort: [{id: ASC}], where: {type: {eq: "COMPOUND"}, AND: [%s],
				    children: {none: {type: {eq: "OWNERS_COMMITTEE"}, AND: [%s]}}}) {
				  totalCount edges { node { id name servesInConnection(where: {edge: %s}) { edges { node { name } } } } } } }
				""".formatted(under(street, 2), this.exists, this.inForce);
	}

	String changesInAYear(String community) {
		String inYear = "{OR: [{since: {gte: \"2020-01-01\", lte: \"2020-12-31\"}}, {until: {gte: \"2020-01-01\", lte: \"2020-12-31\"}}]}";
		String links = LINK_FIELDS.stream()
			.flatMap(l -> List.of(l + "In", l + "Out").stream())
			.map(l -> "%1$s: %1$sConnection(where: {edge: %2$s}) { totalCount edges { properties { since until } node { id } } }"
				.formatted(l, inYear))
			.collect(Collectors.joining(" "));
		return "{ unitsConnection(first: 500, where: %s) { totalCount edges { node { id postsConnection(where: {edge: %s}) { totalCount edges { properties { role since until } node { id } } } %s } } } }"
			.formatted(within(community, 2), inYear, links);
	}

	String lawFirmToStreet(String lawFirm, String street) {
		return "{ paths(fromId: \"%s\", toId: \"%s\", maxLength: 6, asOf: \"%s\") { length vertices { id name } edges { type role } } }"
			.formatted(lawFirm, street, this.day);
	}

	/** Two levels around a compound: the tree both ways, the posts and every link type both ways. */
	String aroundACompound(String compound) {
		return "{ units(where: {id: {eq: \"%s\"}}) { %s } }".formatted(compound, around(2));
	}

	private String around(int depth) {
		String fields = "id name type";
		if (depth == 0) {
			return fields;
		}
		String inner = around(depth - 1);
		String links = LINK_FIELDS.stream()
			.flatMap(l -> List.of(l + "In", l + "Out").stream())
			.map(l -> "%s(where: %s) { %s }".formatted(l, this.exists, inner))
			.collect(Collectors.joining(" "));
		return "%s parent { %s } children(where: %s) { %s } postsConnection(where: {edge: %s}) { edges { properties { role } node { id name posts(where: %s) { id name type } } } } %s"
			.formatted(fields, inner, this.exists, inner, this.inForce, this.exists, links);
	}

	String personProfile(String person) {
		return "{ people(where: {id: {eq: \"%s\"}}) { name partyMember postsConnection(where: {edge: %s}) { edges { properties { role title } node { name type parent { name } } } } } }"
			.formatted(person, this.inForce);
	}

}
