package io.govgraph.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code centrality}, explanations and stored runs through GraphQL, on the sample district. */
@IntegrationTest
class CentralityGraphQlTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void betweennessOfMingLouScopeRanksItsLegalAdvisorsAndItsStreet() {
		var r = this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("scopeId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.variable("top", 5)
			.execute();
		r.path("centrality.measure").entity(String.class).isEqualTo("BETWEENNESS");
		r.path("centrality.approximate").entity(Boolean.class).isEqualTo(false);
		r.path("centrality.vertexCount").entity(Integer.class).isEqualTo(451);
		r.path("centrality.edgeCount").entity(Integer.class).isEqualTo(606);
		r.path("centrality.scores[*].vertex.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(5).startsWith("yz.minglou"));
		r.path("centrality.scores[*].score")
			.entityList(Double.class)
			.satisfies(scores -> assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a)));
	}

	@Test
	void degreeTiesAreBrokenById() {
		List<String> ids = this.graphQl.documentName("centrality")
			.variable("measure", "DEGREE")
			.variable("scopeId", "yz.dongliu")
			.variable("asOf", "2026-07-01")
			.variable("top", 200)
			.execute()
			.path("centrality.scores[*].vertex.id")
			.entityList(String.class)
			.get();
		List<Double> scores = this.graphQl.documentName("centrality")
			.variable("measure", "DEGREE")
			.variable("scopeId", "yz.dongliu")
			.variable("asOf", "2026-07-01")
			.variable("top", 200)
			.execute()
			.path("centrality.scores[*].score")
			.entityList(Double.class)
			.get();
		for (int i = 1; i < ids.size(); i++) {
			if (scores.get(i).equals(scores.get(i - 1))) {
				assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
			}
		}
	}

	@Test
	void sampledBetweennessIsMarkedAndReproducibleForASeed() {
		var first = this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("sampleSize", 200)
			.variable("seed", 11)
			.variable("asOf", "2026-07-01")
			.execute();
		first.path("centrality.approximate").entity(Boolean.class).isEqualTo(true);
		first.path("centrality.sampleSize").entity(Integer.class).isEqualTo(200);
		List<Double> a = first.path("centrality.scores[*].score").entityList(Double.class).get();
		List<Double> b = this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("sampleSize", 200)
			.variable("seed", 11)
			.variable("asOf", "2026-07-01")
			.execute()
			.path("centrality.scores[*].score")
			.entityList(Double.class)
			.get();
		List<Double> other = this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("sampleSize", 200)
			.variable("seed", 12)
			.variable("asOf", "2026-07-01")
			.execute()
			.path("centrality.scores[*].score")
			.entityList(Double.class)
			.get();
		assertThat(b).isEqualTo(a);
		assertThat(other).isNotEqualTo(a);
	}

	@Test
	void theExplanationOfALegalAdvisorNamesThePairsItJoins() {
		var r = this.graphQl.documentName("betweennessExplanation")
			.variable("vertexId", "lf.yingke")
			.variable("scopeId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.execute();
		r.path("betweennessExplanation.vertex.id").entity(String.class).isEqualTo("lf.yingke");
		r.path("betweennessExplanation.pairs[*].share")
			.entityList(Double.class)
			.satisfies(shares -> assertThat(shares).hasSize(10).allMatch(s -> s > 0 && s <= 1));
		r.path("betweennessExplanation.betweenness")
			.entity(Double.class)
			.satisfies(b -> assertThat(b).isGreaterThan(17_000));
	}

	@Test
	void aRecordedRunCanBeFetchedWithItsFigures() {
		var recorded = this.graphQl.documentName("recordCentrality")
			.variable("measure", "PAGERANK")
			.variable("scopeId", "yz.dongsheng")
			.variable("asOf", "2026-07-01")
			.variable("top", 3)
			.execute();
		String id = recorded.path("recordCentrality.id").entity(String.class).get();
		recorded.path("recordCentrality.vertexCount").entity(Integer.class).isEqualTo(292);
		List<String> top = recorded.path("recordCentrality.scores[*].vertex.id").entityList(String.class).get();
		assertThat(top).hasSize(3);
		var fetched = this.graphQl.documentName("analysisRun").variable("id", id).execute();
		fetched.path("analysisRun.measure").entity(String.class).isEqualTo("PAGERANK");
		fetched.path("analysisRun.scopeId").entity(String.class).isEqualTo("yz.dongsheng");
		fetched.path("analysisRun.asOf").entity(String.class).isEqualTo("2026-07-01");
		fetched.path("analysisRun.scores[*].vertex.id").entityList(String.class).isEqualTo(top);
		fetched.path("analysisRuns[*].id").entityList(String.class).contains(id);
	}

	@Test
	void badArgumentsAreUserErrors() {
		this.graphQl.documentName("centrality")
			.variable("measure", "DEGREE")
			.variable("top", -1)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("top: -1 is out of range")));
		this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("sampleSize", 0)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).contains("sampleSize: must be at least 1")));
	}

}
