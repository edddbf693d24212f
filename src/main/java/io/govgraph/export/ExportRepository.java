package io.govgraph.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.store.CypherQueries;

/**
 * Reads the facts an export is made of, for a whole set of ids at once. Package-private: exports are
 * the explorer's own business; everyone else reads the graph through GraphQL.
 */
@Repository
@Transactional(readOnly = true)
class ExportRepository {

	/** A unit row as stored. */
	record UnitRow(String id, String type, String name, String sector, LocalDate founded, LocalDate dissolved,
			String parentId) {
	}

	/** A link as stored. */
	record LinkRow(String fromId, String toId, String type, LocalDate since, LocalDate until) {
	}

	/** A post as stored, with its holder's name. */
	record PostRow(String personId, String personName, String unitId, String role, String title, LocalDate since,
			LocalDate until) {
	}

	private final Neo4jClient client;

	private final String allUnitIds;

	private final String unitsByIds;

	private final String underAmong;

	private final String linksAmong;

	private final String postsInto;

	ExportRepository(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.allUnitIds = cypher.get("export/all_unit_ids");
		this.unitsByIds = cypher.get("export/units_by_ids");
		this.underAmong = cypher.get("export/under_among");
		this.linksAmong = cypher.get("export/links_among");
		this.postsInto = cypher.get("export/posts_into");
	}

	List<String> allUnitIds(LocalDate asOf, boolean history) {
		return strings(this.allUnitIds, Map.of("asOf", asOf, "history", history));
	}

	List<UnitRow> units(Collection<String> ids) {
		return rows(this.unitsByIds, Map.of("ids", List.copyOf(ids)),
				r -> new UnitRow(r.get("id").asString(), r.get("type").asString(), r.get("name").asString(),
						string(r.get("sector")), date(r.get("founded")), date(r.get("dissolved")),
						string(r.get("parentId"))));
	}

	/** UNDER pairs among the units, as child id → parent id. */
	Map<String, String> under(Collection<String> unitIds) {
		Map<String, String> pairs = new HashMap<>();
		rows(this.underAmong, Map.of("ids", List.copyOf(unitIds)),
				r -> List.of(r.get("childId").asString(), r.get("parentId").asString()))
			.forEach(pair -> pairs.put(pair.get(0), pair.get(1)));
		return pairs;
	}

	List<LinkRow> links(Collection<String> unitIds, LocalDate asOf, boolean history) {
		return rows(this.linksAmong, Map.of("ids", List.copyOf(unitIds), "asOf", asOf, "history", history),
				r -> new LinkRow(r.get("fromId").asString(), r.get("toId").asString(), r.get("type").asString(),
						date(r.get("since")), date(r.get("until"))));
	}

	/** Posts in the units, held by {@code personIds} (anyone when null). */
	List<PostRow> posts(Collection<String> unitIds, Collection<String> personIds, LocalDate asOf, boolean history) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.copyOf(unitIds));
		params.put("personIds", personIds == null ? null : List.copyOf(personIds));
		params.put("asOf", asOf);
		params.put("history", history);
		return rows(this.postsInto, params,
				r -> new PostRow(r.get("personId").asString(), r.get("personName").asString(),
						r.get("unitId").asString(), r.get("role").asString(), string(r.get("title")),
						date(r.get("since")), date(r.get("until"))));
	}

	private List<String> strings(String query, Map<String, Object> params) {
		return rows(query, params, r -> r.get("id").asString());
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> rows(String query, Map<String, Object> params, Function<Record, T> mapper) {
		return List.copyOf(this.client.query(query)
			.bindAll(params)
			.fetchAs((Class<T>) Object.class)
			.mappedBy((types, r) -> mapper.apply(r))
			.all());
	}

	private static String string(Value v) {
		return v.isNull() ? null : v.asString();
	}

	private static LocalDate date(Value v) {
		return v.isNull() ? null : v.asLocalDate();
	}

}
