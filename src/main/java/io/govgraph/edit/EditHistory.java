package io.govgraph.edit;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.store.CypherQueries;

/** The edits of a unit or person and of its posts and links, oldest first. */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class EditHistory {

	private final Driver driver;

	private final CypherQueries cypher;

	EditHistory(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.cypher = cypher;
	}

	/** At most {@code limit} edits of {@code id} numbered after {@code afterSeq}. */
	public List<Edit> history(String id, long afterSeq, int limit) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx
				.run(this.cypher.get("edit/history"), Map.of("id", id, "afterSeq", afterSeq, "limit", limit))
				.list(r -> r.get("e").as(StoredEdit.class).edit()));
		}
	}

}
