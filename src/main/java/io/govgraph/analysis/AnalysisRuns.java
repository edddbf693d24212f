package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.store.CypherQueries;

/** Keeps centrality results as {@code :AnalysisRun} nodes, so an audit can cite exact figures. */
@Component
class AnalysisRuns {

	private final Neo4jClient client;

	private final String record;

	private final String runs;

	AnalysisRuns(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.record = cypher.get("analysis/record_run");
		this.runs = cypher.get("analysis/runs");
	}

	/** In a transaction of its own: a query that records a run reads in a read-only one ({@code web.RequestTransaction}). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Results.AnalysisRun record(Results.CentralityResult result, String scopeId, LocalDate asOf, Integer seed) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", UUID.randomUUID().toString());
		params.put("measure", result.measure().name());
		params.put("scopeId", scopeId);
		params.put("asOf", asOf);
		params.put("approximate", result.approximate());
		params.put("sampleSize", result.sampleSize());
		params.put("seed", result.approximate() ? (seed != null ? seed : AnalysisService.DEFAULT_SEED) : null);
		params.put("vertexCount", result.vertexCount());
		params.put("edgeCount", result.edgeCount());
		params.put("millis", result.millis());
		params.put("topIds", result.scores().stream().map(Results.VertexScore::vertexId).toList());
		params.put("topScores", result.scores().stream().map(Results.VertexScore::score).toList());
		return this.client.query(this.record).bindAll(params).fetchAs(Results.AnalysisRun.class)
			.mappedBy((t, r) -> run(r.get("r"))).one().orElseThrow();
	}

	@Transactional(readOnly = true)
	List<Results.AnalysisRun> list(String id, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("limit", limit);
		return List.copyOf(this.client.query(this.runs).bindAll(params).fetchAs(Results.AnalysisRun.class)
			.mappedBy((t, r) -> run(r.get("r"))).all());
	}

	private static Results.AnalysisRun run(Value r) {
		List<String> ids = r.get("topIds").asList(Value::asString);
		List<Double> scores = r.get("topScores").asList(Value::asDouble);
		List<Results.VertexScore> top = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			top.add(new Results.VertexScore(ids.get(i), scores.get(i)));
		}
		return new Results.AnalysisRun(r.get("id").asString(), CentralityMeasure.valueOf(r.get("measure").asString()),
				r.get("scopeId").isNull() ? null : r.get("scopeId").asString(), r.get("asOf").asLocalDate(),
				r.get("approximate").asBoolean(), r.get("sampleSize").isNull() ? null : r.get("sampleSize").asInt(),
				r.get("seed").isNull() ? null : r.get("seed").asInt(), r.get("vertexCount").asInt(),
				r.get("edgeCount").asInt(), r.get("millis").asLong(), r.get("createdAt").asZonedDateTime().toString(),
				top);
	}

}
