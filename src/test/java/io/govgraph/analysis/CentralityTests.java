package io.govgraph.analysis;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The measures on a small graph with two triangles' worth of structure, a separate edge and an
 * isolated vertex; expected values computed by networkx 2.8.8 (as docs/spec/analysis.md names them).
 */
class CentralityTests {

	// a–b, b–c, c–d, b–d, d–e; f–g; h alone. Index order = id order: a b c d e f g h.
	static final LinkageGraph G = LinkageGraph.builder()
		.vertex("a", "X").vertex("b", "X").vertex("c", "X").vertex("d", "X")
		.vertex("e", "X").vertex("f", "X").vertex("g", "X").vertex("h", "X")
		.edge("a", "b").edge("b", "c").edge("c", "d").edge("b", "d").edge("d", "e").edge("f", "g")
		.edge("b", "a").edge("c", "c").edge("a", "zz")
		.build();

	static int[] all() {
		return new int[] { 0, 1, 2, 3, 4, 5, 6, 7 };
	}

	@Test
	void parallelEdgesCollapseSelfLoopsAndDanglingEndsDrop() {
		assertThat(G.vertexCount()).isEqualTo(8);
		assertThat(G.edgeCount()).isEqualTo(6);
		assertThat(G.indexOf("d")).isEqualTo(3);
		assertThat(G.indexOf("zz")).isEqualTo(-1);
	}

	@Test
	void degree() {
		assertThat(Centrality.degree(G)).containsExactly(1, 3, 2, 3, 1, 1, 1, 0);
	}

	@Test
	void betweennessCountsEachUnorderedPairOnce() {
		assertThat(Centrality.betweenness(G, all())).containsExactly(0, 3, 0, 3, 0, 0, 0, 0);
	}

	@Test
	void closenessIsWassermanFaustOnADisconnectedGraph() {
		assertClose(Centrality.closeness(G), 0.2857142857142857, 0.45714285714285713, 0.38095238095238093,
				0.45714285714285713, 0.2857142857142857, 0.14285714285714285, 0.14285714285714285, 0.0);
	}

	@Test
	void harmonic() {
		assertClose(Centrality.harmonic(G), 2.3333333333333335, 3.5, 3.0, 3.5, 2.333333333333333, 1.0, 1.0, 0.0);
	}

	@Test
	void pagerankRedistributesTheIsolatedVertexUniformly() {
		assertClose(Centrality.pagerank(G, 0.85, 1e-9, 100), 0.07852254159258219, 0.2030947769546957,
				0.13606606220614342, 0.20309477695469574, 0.07852254159258219, 0.13986013986013987,
				0.13986013986013987, 0.020979020979020983);
	}

	@Test
	void eigenvectorLivesOnTheComponentOfLargestEigenvalue() {
		double[] ev = Centrality.eigenvector(G, 100_000);
		assertClose(Arrays.copyOf(ev, 5), 0.24539931776042515, 0.5650995704547594, 0.49079863552085023,
				0.5650995704547596, 0.2453993177604252);
		for (int v = 5; v < 8; v++) {
			assertThat(ev[v]).isCloseTo(0, within(1e-12));
		}
		assertThat(Arrays.stream(ev).map(x -> x * x).sum()).isCloseTo(1, within(1e-12));
	}

	@Test
	void cutVerticesBridgesAndComponents() {
		Structure.CutSets cuts = Structure.cutSets(G);
		assertThat(cuts.articulation()).containsExactly(false, true, false, true, false, false, false, false);
		assertThat(cuts.bridges()).extracting(e -> G.id(e[0]) + "-" + G.id(e[1]))
			.containsExactlyInAnyOrder("a-b", "d-e", "f-g");
		assertThat(Structure.components(G, -1)).isEqualTo(3);
		assertThat(Structure.components(G, G.indexOf("d"))).isEqualTo(4);
	}

	@Test
	void aSampleOfEverySourceGivesTheExactValues() {
		int[] reversed = { 7, 6, 5, 4, 3, 2, 1, 0 };
		assertClose(Centrality.betweenness(G, reversed), Centrality.betweenness(G, all()));
		double[][] sampled = Centrality.closenessAndHarmonicSampled(G, reversed);
		assertClose(sampled[0], Centrality.closeness(G));
		assertClose(sampled[1], Centrality.harmonic(G));
	}

	@Test
	void pairsThroughAVertexExplainItsBetweenness() {
		var pairs = Explanation.pairsThrough(G, G.indexOf("d"), all(), true, 10);
		// d lies on every shortest path from a, b and c to e; c–e's only one, a–e's and b–e's too.
		assertThat(pairs).extracting(p -> p.fromId() + "-" + p.toId())
			.containsExactlyInAnyOrder("a-e", "b-e", "c-e");
		assertThat(pairs.stream().map(Results.PairThrough::share).reduce(0.0, Double::sum)).isEqualTo(3.0);
	}

	// Values computed by hand.

	static LinkageGraph graph(String... edges) {
		LinkageGraph.Builder b = LinkageGraph.builder();
		for (String e : edges) {
			String[] ends = e.split("-");
			b.vertex(ends[0], "X").vertex(ends[1], "X").edge(ends[0], ends[1]);
		}
		return b.build();
	}

	static int[] every(LinkageGraph g) {
		return java.util.stream.IntStream.range(0, g.vertexCount()).toArray();
	}

	@Test
	void aPathByHand() {
		LinkageGraph path = graph("a-b", "b-c", "c-d", "d-e");
		// b lies between a and c, d, e; c between {a, b} and {d, e}.
		assertThat(Centrality.betweenness(path, every(path))).containsExactly(0, 3, 4, 3, 0);
		assertClose(Centrality.closeness(path), 4 / 10.0, 4 / 7.0, 4 / 6.0, 4 / 7.0, 4 / 10.0);
		assertClose(Centrality.harmonic(path), 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0, 1 + 1 + 1 / 2.0 + 1 / 3.0, 3,
				1 + 1 + 1 / 2.0 + 1 / 3.0, 1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0);
		assertThat(Structure.cutSets(path).articulation()).containsExactly(false, true, true, true, false);
	}

	@Test
	void aStarByHand() {
		LinkageGraph star = graph("c-l1", "c-l2", "c-l3", "c-l4");
		// Index order: c l1 l2 l3 l4. The centre lies on the one path of each of the 6 leaf pairs.
		assertThat(Centrality.betweenness(star, every(star))).containsExactly(6, 0, 0, 0, 0);
		assertClose(Centrality.closeness(star), 1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0);
		assertClose(Centrality.harmonic(star), 4, 2.5, 2.5, 2.5, 2.5);
		assertThat(Structure.components(star, 0)).isEqualTo(4);
	}

	@Test
	void twoTrianglesJoinedByABridgeByHand() {
		LinkageGraph g = graph("a-b", "b-c", "a-c", "c-d", "d-e", "e-f", "d-f");
		// c carries the 2 × 3 paths from {a, b} to {d, e, f}; d the 3 × 2 from {a, b, c} to {e, f}.
		assertThat(Centrality.betweenness(g, every(g))).containsExactly(0, 0, 6, 6, 0, 0);
		assertClose(Centrality.closeness(g), 5 / 10.0, 5 / 10.0, 5 / 7.0, 5 / 7.0, 5 / 10.0, 5 / 10.0);
		Structure.CutSets cuts = Structure.cutSets(g);
		assertThat(cuts.articulation()).containsExactly(false, false, true, true, false, false);
		assertThat(cuts.bridges()).extracting(e -> g.id(e[0]) + "-" + g.id(e[1])).containsExactly("c-d");
		assertThat(Structure.components(g, g.indexOf("c"))).isEqualTo(2);
	}

	@Test
	void pendantFoldingGivesTheSameValuesAsOneSearchPerSource() {
		// A tree with pendants on several levels, and a pendant pair (an edge on its own).
		LinkageGraph g = graph("r-a", "r-b", "a-p1", "a-p2", "b-p3", "b-c", "c-p4", "x-y");
		int n = g.vertexCount();
		int[] all = every(g);
		int[] shuffled = new int[n];
		for (int i = 0; i < n; i++) {
			shuffled[i] = all[n - 1 - i];
		}
		double[] folded = Centrality.betweenness(g, all);
		// A source list in another order is not "exact" to the engine only if its length differs:
		// compare with the unfolded sum computed source by source.
		double[] plain = new double[n];
		for (int s : shuffled) {
			double[] one = Centrality.betweenness(g, new int[] { s });
			for (int v = 0; v < n; v++) {
				plain[v] += one[v] / n;
			}
		}
		assertClose(folded, plain);
	}

	@Test
	void aSampleSearchedOnTheRenumberedGraphAgreesWithPlainSearches() {
		// Two cycles sharing a cut vertex, a chain, pendants, a twin pair and a second component.
		LinkageGraph g = graph("a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-c", "f-g", "g-h", "h-i", "i-j", "j-f", "a-p1",
				"a-p2", "e-p3", "b-t1", "t1-d", "b-t2", "t2-d", "x-y", "y-z", "z-x", "z-q");
		int n = g.vertexCount();
		for (int[] sources : new int[][] { { 0 }, { n - 1 }, { 1, 4, 9 }, { 2, 3, 5, 7, 11, 13, n - 2 },
				java.util.stream.IntStream.range(0, n - 1).toArray() }) {
			assertClose(Centrality.betweenness(g, sources), Centrality.betweennessOfSourcesPlain(g, sources));
		}
	}

	private static void assertClose(double[] actual, double... expected) {
		assertThat(actual).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual[i]).as("vertex %d", i).isCloseTo(expected[i], within(1e-12 + 1e-9 * Math.abs(expected[i])));
		}
	}

}
