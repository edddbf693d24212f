package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.directory.Link;
import io.govgraph.linkage.ScopeService;
import io.govgraph.store.CypherQueries;

/**
 * Whether the co-construction and pairing links are active or on paper (挂名共建, docs/spec/analysis.md
 * v1.1), for a scope or for given links, with the event or item that makes each active.
 */
@Service
public class LinkActivities {

	/** The link types that can be on paper. */
	public static final List<String> TYPES = List.of("CO_CONSTRUCTS", "PAIRED_WITH");

	private final Neo4jClient client;

	private final ScopeService scopes;

	private final String linkActivity;

	public LinkActivities(Neo4jClient client, ScopeService scopes, CypherQueries cypher) {
		this.client = client;
		this.scopes = scopes;
		this.linkActivity = cypher.get("analysis/link_activity");
	}

	/** Every CO_CONSTRUCTS or PAIRED_WITH link in force on the day among the scope's units (null: all). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('PLANNER')")
	public List<Results.LinkActivity> inScope(String scopeId, LocalDate asOf) {
		List<String> unitIds = (scopeId == null) ? null
				: this.scopes.units(scopeId, asOf).stream().map(ScopeService.ScopeUnit::id).toList();
		return run(unitIds, null, asOf);
	}

	/** Every CO_CONSTRUCTS or PAIRED_WITH link in force on the day with both ends among these units. */
	List<Results.LinkActivity> among(List<String> unitIds, LocalDate asOf) {
		return run(unitIds, null, asOf);
	}

	/** The activity of these links on the day; a link not in force then (or of another type) is absent. */
	@Transactional(readOnly = true)
	public Map<Results.LinkKey, Results.LinkActivity> of(Collection<Results.LinkKey> links, LocalDate asOf) {
		Map<Results.LinkKey, Results.LinkActivity> found = new HashMap<>();
		List<String> fromIds = links.stream().map(Results.LinkKey::fromId).distinct().toList();
		if (fromIds.isEmpty()) {
			return found;
		}
		for (Results.LinkActivity activity : run(null, fromIds, asOf)) {
			Results.LinkKey key = activity.key();
			if (links.contains(key)) {
				found.put(key, activity);
			}
		}
		return found;
	}

	private List<Results.LinkActivity> run(List<String> unitIds, List<String> fromIds, LocalDate asOf) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("unitIds", unitIds);
		parameters.put("fromIds", fromIds);
		parameters.put("asOf", asOf);
		return new ArrayList<>(this.client.query(this.linkActivity)
			.bindAll(parameters)
			.fetchAs(Results.LinkActivity.class)
			.mappedBy((types, r) -> {
				Results.ActivityEvidence event = r.get("eventId").isNull() ? null
						: new Results.ActivityEvidence("EVENT", r.get("eventId").asString(), r.get("eventType").asString(),
								string(r.get("eventTitle")), r.get("eventDate").asLocalDate(), null,
								r.get("eventHostId").asString(), r.get("eventInWindow").asBoolean());
				Results.ActivityEvidence item = r.get("itemId").isNull() ? null
						: new Results.ActivityEvidence("ITEM", r.get("itemId").asString(), r.get("itemList").asString(),
								string(r.get("itemTitle")), date(r.get("itemSince")), date(r.get("itemUntil")), null,
								r.get("itemInWindow").asBoolean());
				Link link = new Link(r.get("type").asString(), Link.LinkDirection.OUT, r.get("fromId").asString(),
						r.get("toId").asString(), r.get("toId").asString(), date(r.get("since")), date(r.get("until")),
						string(r.get("note")), string(r.get("source")));
				return new Results.LinkActivity(link, asOf, true, r.get("active").asBoolean(), event, item);
			})
			.all());
	}

	private static String string(Value value) {
		return value.isNull() ? null : value.asString();
	}

	private static LocalDate date(Value value) {
		return value.isNull() ? null : value.asLocalDate();
	}

}
