package io.govgraph.analysis;

import java.time.LocalDate;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parallel Brandes engine agrees with JGraphT's single-threaded {@code BetweennessCentrality}
 * (the correctness reference of issue 3) on every vertex of the sample district: a check that
 * needs nothing outside Maven.
 */
@IntegrationTest
class JGraphTAgreementTests {

	@Autowired
	GraphProjection projection;

	@Test
	void betweennessAgreesWithJGraphTOnEveryVertex() {
		LinkageGraph g = this.projection.project("yz.minglou", LocalDate.parse("2026-07-01")).graph();
		Graph<Integer, DefaultEdge> reference = new SimpleGraph<>(DefaultEdge.class);
		for (int v = 0; v < g.vertexCount(); v++) {
			reference.addVertex(v);
		}
		for (int v = 0; v < g.vertexCount(); v++) {
			for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
				if (g.neighborAt(e) > v) {
					reference.addEdge(v, g.neighborAt(e));
				}
			}
		}
		var theirs = new BetweennessCentrality<>(reference, false).getScores();
		int[] all = new int[g.vertexCount()];
		for (int v = 0; v < all.length; v++) {
			all[v] = v;
		}
		double[] ours = Centrality.betweenness(g, all);
		assertThat(g.vertexCount()).isEqualTo(451);
		for (int v = 0; v < g.vertexCount(); v++) {
			assertThat(ours[v]).as(g.id(v)).isCloseTo(theirs.get(v), org.assertj.core.data.Offset.offset(1e-9 * Math.max(1, theirs.get(v))));
		}
	}

}
