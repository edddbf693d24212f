package io.govgraph.roster;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A street of the tests' own (测试甲街道 with a residents and an owners committee) for roster
 * imports into the shared store, and the statement that removes it with everything rosters wrote.
 */
public final class TestStreet {

	public static final String SETUP = """
			CREATE (s:Unit {id: 'test.roster.street', name: '测试甲街道', type: 'STREET_COMMITTEE'})
			CREATE (c:Unit {id: 'test.roster.rc', name: '测试甲社区居委会', type: 'RESIDENTS_COMMITTEE'})-[:UNDER]->(s)
			CREATE (o:Unit {id: 'test.roster.oc', name: '测试甲花园业委会', type: 'OWNERS_COMMITTEE'})-[:UNDER]->(s)
			""";

	public static final String CLEANUP = """
			MATCH (m:RosterMention) WITH collect(DISTINCT m.personId) AS ids
			MATCH (p:Person) WHERE p.id IN ids AND p.id STARTS WITH 'rp-' DETACH DELETE p
			WITH count(*) AS n
			MATCH (x) WHERE x:RosterMention OR x:ResolutionCandidate OR x:RosterSnapshot OR x:RosterImport
			   OR (x:Unit AND x.id STARTS WITH 'test.roster.') DETACH DELETE x
			""";

	private TestStreet() {
	}

	/** Removes what an earlier test left of the street, then draws it afresh. */
	public static void setUp(Driver driver) {
		remove(driver);
		write(driver, SETUP);
	}

	/** Removes the street with everything rosters wrote in it. */
	public static void remove(Driver driver) {
		write(driver, CLEANUP);
	}

	private static void write(Driver driver, String statement) {
		try (Session session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
		}
	}

}
