package io.govgraph.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuator health, Prometheus metrics and request ids, over HTTP as an operator sees them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	private static final String DEGREE = """
			query degree($scopeId: ID) {
			  centrality(measure: DEGREE, scopeId: $scopeId, asOf: "2026-07-01", top: 1) { vertexCount }
			}""";

	@LocalServerPort
	int port;

	private GovGraphHttp http() {
		return new GovGraphHttp(this.port);
	}

	@Test
	@SuppressWarnings("unchecked")
	void healthReportsTheNeo4jConnectionAndTheEmbeddedStore() throws Exception {
		HttpResponse<String> response = http().get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> health = GovGraphHttp.json(response.body());
		assertThat(health.get("status")).isEqualTo("UP");
		Map<String, Object> components = (Map<String, Object>) health.get("components");
		Map<String, Object> neo4j = (Map<String, Object>) components.get("neo4j");
		assertThat(neo4j.get("status")).isEqualTo("UP");
		assertThat((Map<String, Object>) neo4j.get("details")).containsEntry("edition", "community");
		Map<String, Object> store = (Map<String, Object>) components.get("embeddedStore");
		assertThat(store.get("status")).isEqualTo("UP");
		Map<String, Object> details = (Map<String, Object>) store.get("details");
		assertThat(details).containsEntry("available", true);
		assertThat((String) details.get("path")).contains("test-neo4j");
		// The sample district alone takes some hundreds of kilobytes of store files.
		assertThat(((Number) details.get("storeSizeBytes")).longValue()).isGreaterThan(100_000);
		assertThat(((Number) details.get("freeDiskBytes")).longValue())
			.isGreaterThanOrEqualTo(((Number) details.get("minFreeDiskBytes")).longValue());
	}

	@Test
	void prometheusShowsGraphQlRequestsAndAnalysisDurations() throws Exception {
		HttpResponse<String> answer = http().graphQl(DEGREE, Map.of("scopeId", "yz.minglou"));
		assertThat(answer.body()).contains("\"vertexCount\":451");
		HttpResponse<String> response = http().get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> lines = response.body().lines().toList();
		assertThat(lines).anyMatch(l -> l.startsWith("graphql_request_seconds_count{")
				&& l.contains("graphql_operation_type=\"query\"") && l.contains("graphql_outcome=\"SUCCESS\""));
		assertThat(lines).anyMatch(l -> l.startsWith("graphql_datafetcher_seconds_count{")
				&& l.contains("graphql_field_name=\"centrality\""));
		// The driver's own observations of every statement and Bolt message are opt-in
		// (store/CypherMetricsConfiguration, govgraph.metrics.cypher=true): a tenth of a small query's CPU.
		assertThat(lines).noneMatch(l -> l.startsWith("neo4j_"));
		assertThat(lines).anyMatch(l -> l.startsWith("govgraph_analysis_seconds_count{")
				&& l.contains("kind=\"centrality\"") && l.contains("measure=\"DEGREE\"")
				&& l.contains("outcome=\"success\""));
	}

	@Test
	void aRequestIdGivenByTheCallerIsEchoedAndShownInTheLog(CapturedOutput output) throws Exception {
		HttpResponse<String> response = http().graphQl(DEGREE, Map.of("scopeId", "yz.dongliu"), "X-Request-Id",
				"ops-test-4711");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("ops-test-4711");
		// AnalysisService logs each centrality it computes, on the request's thread.
		assertThat(output.getOut().lines())
			.anyMatch(l -> l.contains("[ops-test-4711]") && l.contains("DEGREE on yz.dongliu"));
	}

	@Test
	void aRequestWithoutAPlausibleIdGetsANewOne() throws Exception {
		String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
		assertThat(http().get("/actuator/health").headers().firstValue("X-Request-Id")).hasValueSatisfying(
				id -> assertThat(id).matches(uuid));
		HttpResponse<String> injected = http().graphQl(DEGREE, Map.of(), "X-Request-Id", "x".repeat(65));
		assertThat(injected.headers().firstValue("X-Request-Id")).hasValueSatisfying(
				id -> assertThat(id).matches(uuid));
	}

	@Test
	void onlyTheOperationalEndpointsAreExposed() throws Exception {
		assertThat(http().get("/actuator/info").statusCode()).isEqualTo(200);
		assertThat(http().get("/actuator/metrics/executor.queued?tag=name:govgraph.jobs").statusCode()).isEqualTo(200);
		assertThat(http().get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(http().get("/actuator/beans").statusCode()).isEqualTo(404);
	}

}
