package io.govgraph.bench;

import java.time.LocalDate;

/**
 * The planner's questions of {@link PlannerBenchmark} written for {@code bench/neo4j-graphql} as a
 * competent user of the Neo4j GraphQL Library would: the library's generated fields and nested
 * connection filters where they start from the right place (a unit or person by id, its posts and
 * links in force), and the {@code @cypher} fields of its type definitions where they do not: the
 * subtree of a unit walked down from that unit, counts and group-by as one aggregation, paths,
 * the neighbourhood and the changes as the same statements GovGraph runs. Every question returns
 * as much as GovGraph's (the same {@code first} and {@code limit}, a count where GovGraph answers
 * a totalCount), on the same day.
 */
final class PeerMix {

	/** The window of the changes question, the same on both sides. */
	static final String FROM = "2020-01-01";

	static final String TO = "2020-12-31";

	private final String inForce;

	private final LocalDate day;

	PeerMix(LocalDate day) {
		this.day = day;
		this.inForce = "{AND: [{OR: [{since: {eq: null}}, {since: {lte: \"%1$s\"}}]}, {OR: [{until: {eq: null}}, {until: {gte: \"%1$s\"}}]}]}"
			.formatted(day);
	}

	String communitiesWithLegalAdvisor(String street) {
		return """
				{ unitsPairedFrom(within: "%1$s", type: "COMMUNITY_COMMITTEE", partnerType: "LAW_FIRM", asOf: "%2$s", first: 50) {
				    id name pairedWithInConnection(where: {edge: %3$s}) { edges { node { name } } } }
				  unitsPairedFromCount(within: "%1$s", type: "COMMUNITY_COMMITTEE", partnerType: "LAW_FIRM", asOf: "%2$s") }
				""".formatted(street, this.day, this.inForce);
	}

	String peopleOnOwnersAndCommunityCommittees(String street) {
		return """
				{ peopleOnBoth(within: "%1$s", type: "OWNERS_COMMITTEE", otherType: "COMMUNITY_COMMITTEE", asOf: "%2$s", first: 20) {
				    id name partyMember postsConnection(where: {edge: %3$s}) { edges { properties { role } node { name type } } } }
				  peopleOnBothCount(within: "%1$s", type: "OWNERS_COMMITTEE", otherType: "COMMUNITY_COMMITTEE", asOf: "%2$s") }
				""".formatted(street, this.day, this.inForce);
	}

	String streetAtAGlance(String street) {
		return """
				{ units(where: {id: {eq: "%1$s"}}) { name subtreeCounts(asOf: "%2$s") { byType { type count } peopleWithPosts posts } }
				  postCounts(within: "%1$s", asOf: "%2$s") { count people byRole { role count } } }
				""".formatted(street, this.day);
	}

	String compoundsWithoutOwnersCommittee(String street) {
		return """
				{ unitsLacking(within: "%1$s", type: "COMPOUND", childType: "OWNERS_COMMITTEE", asOf: "%2$s", first: 50) {
				    id name servesInConnection(where: {edge: %3$s}) { edges { node { name } } } }
				  unitsLackingCount(within: "%1$s", type: "COMPOUND", childType: "OWNERS_COMMITTEE", asOf: "%2$s") }
				""".formatted(street, this.day, this.inForce);
	}

	String changesInAYear(String community) {
		return "{ changes(scopeId: \"%s\", from: \"%s\", to: \"%s\", first: 50) { totalCount events { date event type role } } }"
			.formatted(community, FROM, TO);
	}

	String lawFirmToStreet(String lawFirm, String street) {
		return "{ paths(fromId: \"%s\", toId: \"%s\", maxLength: 6, asOf: \"%s\") { length vertices { id name } edges { type role } } }"
			.formatted(lawFirm, street, this.day);
	}

	String aroundACompound(String compound) {
		return "{ neighborhood(id: \"%s\", asOf: \"%s\", limit: 300) { truncated vertices { id kind type name hiddenNeighbors } edges { id kind type } } }"
			.formatted(compound, this.day);
	}

	String personProfile(String person) {
		return "{ people(where: {id: {eq: \"%s\"}}) { name partyMember postsConnection(where: {edge: %s}) { edges { properties { role title } node { name type parent { name } } } } } }"
			.formatted(person, this.inForce);
	}

}
