package io.govgraph.timeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.activity.Event;
import io.govgraph.directory.Link;
import io.govgraph.directory.Post;
import io.govgraph.query.Page;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.StatementTimeout;

/**
 * Reads a page of a timeline in one statement, and its length in another. Package-private: other
 * features ask the GraphQL API.
 */
@Repository
@PreAuthorize("hasRole('PLANNER')")
@Transactional(readOnly = true, timeoutString = StatementTimeout.SECONDS)
class TimelineRepository {

	private final Neo4jClient client;

	private final String page;

	private final String count;

	TimelineRepository(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.page = cypher.get("timeline/timeline_page");
		this.count = cypher.get("timeline/timeline_count");
	}

	/** The entries of the page: at most {@code page.limit()} after its position. */
	List<TimelineEntry> entries(String scopeId, boolean subtree, LocalDate from, LocalDate to, Page page) {
		Map<String, Object> params = scope(scopeId, subtree, from, to);
		params.put("afterDate", page.after(0, LocalDate.class));
		params.put("afterKey", page.after(1, String.class));
		params.put("limit", page.limit());
		return List.copyOf(this.client.query(this.page)
			.bindAll(params)
			.fetchAs(TimelineEntry.class)
			.mappedBy((types, r) -> entry(r))
			.all());
	}

	long count(String scopeId, boolean subtree, LocalDate from, LocalDate to) {
		return this.client.query(this.count)
			.bindAll(scope(scopeId, subtree, from, to))
			.fetchAs(Long.class)
			.mappedBy((types, r) -> r.get("total").asLong())
			.one()
			.orElse(0L);
	}

	private static Map<String, Object> scope(String scopeId, boolean subtree, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("scopeId", scopeId);
		params.put("subtree", subtree);
		params.put("from", from);
		params.put("to", to);
		return params;
	}

	private static TimelineEntry entry(Record r) {
		TimelineEntry.Kind kind = TimelineEntry.Kind.valueOf(r.get("kind").asString());
		LocalDate date = r.get("date").asLocalDate();
		String key = r.get("key").asString();
		Value rel = r.get("rel");
		return switch (kind) {
			case EVENT -> {
				Value e = r.get("event");
				yield new TimelineEntry(date, kind, key, new Event(string(e, "id"), string(e, "type"), date(e, "date"),
						string(e, "title"), string(e, "note"), string(e, "source"), string(e, "hostId"),
						string(e, "agreementId")), null, null);
			}
			case POST_START, POST_END -> new TimelineEntry(date, kind, key, null,
					new Post(r.get("a").asString(), r.get("b").asString(), string(rel, "role"), string(rel, "title"),
							date(rel, "since"), date(rel, "until"), string(rel, "source")),
					null);
			case LINK_START, LINK_END -> new TimelineEntry(date, kind, key, null, null,
					new Link(r.get("relType").asString(), Link.LinkDirection.OUT, r.get("a").asString(),
							r.get("b").asString(), r.get("b").asString(), date(rel, "since"), date(rel, "until"),
							string(rel, "note"), string(rel, "source")));
		};
	}

	private static String string(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asString();
	}

	private static LocalDate date(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

}
