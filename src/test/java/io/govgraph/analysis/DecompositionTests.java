package io.govgraph.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.govgraph.ExternalPrograms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Exact betweenness over biconnected components with twins merged, and closeness and harmonic with
 * twins merged, give the values of the plain algorithms on graphs where each step matters, and of
 * networkx where Debian's python3-networkx is installed.
 */
class DecompositionTests {

	@TempDir
	Path dir;

	static final List<String> SIDE_VERTICES = List.of("s-c1", "s-c2", "c1-k1", "c1-k2", "k1-k2", "p1-s", "p1-c1", "p2-k1",
			"p2-k2", "p3-c2", "p3-s", "t1-s", "t1-c1", "t2-s", "t2-c1", "z-p1", "q-c1", "q-c2", "c2-w1", "c2-w2", "c2-w3",
			"w1-w2", "w1-w3", "w2-w3", "k2-r", "r-c2");

	/** Named hand-made graphs: "a-b" edges, "x" an isolated vertex. */
	static List<Object[]> graphs() {
		List<Object[]> graphs = new ArrayList<>();
		// Two cycles of five joined at the cut vertex c, with a pendant on each.
		graphs.add(new Object[] { "two cycles at a cut vertex",
				List.of("c-a1", "a1-a2", "a2-a3", "a3-a4", "a4-c", "c-b1", "b1-b2", "b2-b3", "b3-b4", "b4-c", "a2-p",
						"b3-q") });
		// A cycle with a chain of degree-2 vertices, and a path (all bridges) hanging off it.
		graphs.add(new Object[] { "a chain of degree-2 vertices",
				List.of("h-k1", "k1-k2", "k2-k3", "k3-k4", "k4-k5", "k5-t", "t-h", "h-u", "u-t", "t-r1", "r1-r2",
						"r2-r3") });
		// People holding exactly the same posts (open twins p1..p3, q1–q2), and adjacent twins (x, y).
		graphs.add(new Object[] { "twins",
				List.of("p1-u1", "p1-u2", "p2-u1", "p2-u2", "p3-u1", "p3-u2", "q1-u2", "q1-u3", "q1-u4", "q2-u2",
						"q2-u3", "q2-u4", "u1-u5", "u4-u5", "x-y", "x-u5", "y-u5", "x-u3", "y-u3", "u5-z") });
		graphs.add(new Object[] { "a tree",
				List.of("r-a", "r-b", "a-c", "a-d", "d-e", "b-f", "f-g", "f-h", "h-i", "r-j") });
		graphs.add(new Object[] { "disconnected components",
				List.of("a-b", "b-c", "c-a", "c-d", "e-f", "f-g", "g-h", "h-e", "e-g", "i-j", "k") });
		// Side vertices: people on a unit and its parent (p1, p3; twins t1–t2 too), on two linked units
		// (p2), a pendant on a side vertex (z on p1), a person on two units not joined (q: not a side
		// vertex), and a clique of four (every vertex a side vertex) hanging at c2.
		graphs.add(new Object[] { "side vertices", SIDE_VERTICES });
		graphs.add(new Object[] { "a single edge", List.of("a-b") });
		graphs.add(new Object[] { "a clique and a star", List.of("a-b", "a-c", "a-d", "b-c", "b-d", "c-d", "d-s",
				"s-l1", "s-l2", "s-l3") });
		return graphs;
	}

	static LinkageGraph graph(List<String> edges) {
		LinkageGraph.Builder b = LinkageGraph.builder();
		for (String e : edges) {
			String[] ends = e.split("-");
			b.vertex(ends[0], "X");
			if (ends.length == 2) {
				b.vertex(ends[1], "X").edge(ends[0], ends[1]);
			}
		}
		return b.build();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("graphs")
	void eachStepGivesThePlainValues(String name, List<String> edges) {
		LinkageGraph g = graph(edges);
		double[] plain = Centrality.betweennessPlain(g);
		assertClose(Centrality.betweennessExact(g, false), plain);
		assertClose(Centrality.betweennessExact(g, true), plain);
		assertClose(Centrality.betweennessExact(g, true, false), plain);
		assertClose(Centrality.betweennessExact(g, false, true), plain);
		assertClose(Centrality.betweennessPendantsFolded(g), plain);
		assertClose(Centrality.betweenness(g, IntStream.range(0, g.vertexCount()).toArray()), plain);
		assertDistancesArePlain(g);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("graphs")
	void eachStepAgreesWithNetworkx(String name, List<String> edges) throws Exception {
		assumeTrue(ExternalPrograms.pythonImports("networkx"),
				"skipped: " + ExternalPrograms.python() + " with networkx is not installed");
		LinkageGraph g = graph(edges);
		Map<String, Map<String, Double>> reference = NetworkxAgreementTests.networkx(g, this.dir, "BETWEENNESS",
				"CLOSENESS", "HARMONIC");
		double[][] ours = { Centrality.betweennessExact(g, true), Centrality.closeness(g), Centrality.harmonic(g) };
		String[] names = { "BETWEENNESS", "CLOSENESS", "HARMONIC" };
		for (int m = 0; m < names.length; m++) {
			for (int v = 0; v < g.vertexCount(); v++) {
				double expected = reference.get(names[m]).get(g.id(v));
				assertThat(ours[m][v]).as("%s of %s", names[m], g.id(v))
					.isCloseTo(expected, within(1e-9 + 1e-6 * Math.abs(expected)));
			}
		}
	}

	@Test
	void twoCyclesAtACutVertexByHand() {
		LinkageGraph g = graph(List.of("c-a1", "a1-a2", "a2-c", "c-b1", "b1-b2", "b2-c"));
		// Index order: a1 a2 b1 b2 c. c separates {a1, a2} from {b1, b2}: 4 pairs; nothing else.
		assertThat(Centrality.betweennessExact(g, true)).containsExactly(0, 0, 0, 0, 4);
		Blocks blocks = Blocks.of(g, true);
		assertThat(blocks.count).isEqualTo(2);
		assertThat(blocks.separated).containsExactly(0, 0, 0, 0, 4);
		// In each triangle, c stands for itself and the other triangle's two vertices.
		for (int p = 0; p < blocks.vertex.length; p++) {
			assertThat(blocks.weight[p]).isEqualTo(blocks.vertex[p] == g.indexOf("c") ? 3 : 1);
		}
	}

	@Test
	void aTreeNeedsNoSearch() {
		LinkageGraph g = graph(List.of("r-a", "r-b", "a-c", "a-d", "b-e"));
		Blocks blocks = Blocks.of(g, true);
		assertThat(blocks.count).isZero();
		assertClose(Centrality.betweennessExact(g, true), Centrality.betweennessPlain(g));
	}

	@Test
	void peopleHoldingTheSamePostsAreOneClass() {
		LinkageGraph g = graph(List.of("p1-u1", "p1-u2", "p2-u1", "p2-u2", "p3-u1", "p3-u2", "p4-u1", "p4-u3",
				"x-y", "x-u3", "y-u3", "x-u1", "y-u1"));
		assertThat(Twins.classes(g)).extracting(c -> IntStream.of(c).mapToObj(g::id).toList())
			.containsExactly(List.of("p1", "p2", "p3"), List.of("x", "y"));
		Blocks blocks = Blocks.of(g, true);
		long searches = IntStream.of(blocks.multiplicity).filter(k -> k > 0).count();
		assertThat(searches).isEqualTo(blocks.vertex.length - 3);
	}

	@Test
	void randomGraphsOfEveryShapeGiveThePlainValues() {
		SplittableRandom random = new SplittableRandom(15);
		for (int round = 0; round < 300; round++) {
			int n = 2 + random.nextInt(40);
			double density = random.nextDouble(0.02, 0.3);
			List<String> edges = new ArrayList<>();
			for (int a = 0; a < n; a++) {
				edges.add("v" + a);
				for (int b = a + 1; b < n; b++) {
					if (random.nextDouble() < density) {
						edges.add("v" + a + "-v" + b);
					}
				}
			}
			// People: vertices joined to two or three of the others, often the same ones (twins).
			int people = random.nextInt(n);
			for (int p = 0; p < people; p++) {
				int posts = 1 + random.nextInt(3);
				SplittableRandom same = new SplittableRandom(random.nextInt(3));
				for (int k = 0; k < posts; k++) {
					edges.add("p" + p + "-v" + same.nextInt(n));
				}
			}
			LinkageGraph g = graph(edges);
			double[] plain = Centrality.betweennessPlain(g);
			assertClose(Centrality.betweennessExact(g, true), plain);
			assertClose(Centrality.betweennessExact(g, false), plain);
			assertClose(Centrality.betweennessExact(g, true, false), plain);
			assertDistancesArePlain(g);
		}
	}

	@Test
	void sideVerticesAreThoseWhoseNeighboursInTheBlockAreAllJoined() {
		LinkageGraph g = graph(SIDE_VERTICES);
		Blocks blocks = Blocks.of(g, true);
		SideVertices side = SideVertices.of(blocks);
		java.util.Set<String> found = new java.util.TreeSet<>();
		for (int p = 0; p < blocks.vertex.length; p++) {
			if (side.side[p]) {
				found.add(g.id(blocks.vertex[p]));
			}
		}
		// p1's pendant z is a block of its own; t2 is folded into its twin t1, w2 and w3 into w1; q's
		// units are not joined; the clique is a block of its own, in which the cut vertex c2 is one too.
		assertThat(found).containsExactly("c2", "p1", "p2", "p3", "t1", "w1");
		assertThat(side.count).isEqualTo(6);
		double[] plain = Centrality.betweennessPlain(g);
		for (String id : List.of("p2", "p3", "t1", "t2", "w1", "w2", "w3")) {
			assertThat(plain[g.indexOf(id)]).as(id).isZero();
		}
		assertThat(SideVertices.none(blocks).count).isZero();
	}

	@Test
	void aCutVertexJoiningTwoCyclesSplitsThemAndCountsTheSeparatedPairs() {
		// Cycles of four and five at c; index order: a1 a2 a3 b1 b2 b3 b4 c.
		LinkageGraph g = graph(List.of("c-a1", "a1-a2", "a2-a3", "a3-c", "c-b1", "b1-b2", "b2-b3", "b3-b4", "b4-c"));
		Blocks blocks = Blocks.of(g, true);
		assertThat(blocks.count).isEqualTo(2);
		// c separates the three a's from the four b's.
		assertThat(blocks.separated[g.indexOf("c")]).isEqualTo(12);
		double[] exact = Centrality.betweennessExact(g, true);
		assertClose(exact, Centrality.betweennessPlain(g));
		// In the cycle of four, a2 (opposite c) lies on one of the two paths between a1 and a3, and
		// on none from a b: c stands for the b's at both a1 and a3, each one step from a2's far side.
		assertThat(exact[g.indexOf("a2")]).isCloseTo(0.5, within(1e-12));
		assertDistancesArePlain(g);
	}

	@Test
	void aChainOfDegreeTwoVerticesIsSearchedThroughEachLink() {
		// A cycle of eight: h, a chain k1..k6 of degree-2 vertices, t, and a pendant on t.
		LinkageGraph g = graph(List.of("h-k1", "k1-k2", "k2-k3", "k3-k4", "k4-k5", "k5-k6", "k6-t", "t-h", "t-p"));
		double[] exact = Centrality.betweennessExact(g, true);
		assertClose(exact, Centrality.betweennessPlain(g));
		// On a cycle of eight a vertex has (8 − 2)²/8 = 4.5; k3 is opposite t, so the pendant's
		// paths end at it rather than pass it; t also lies between its pendant and the seven others.
		assertThat(exact[g.indexOf("k3")]).isCloseTo(4.5, within(1e-12));
		assertThat(exact[g.indexOf("t")]).isCloseTo(4.5 + 7, within(1e-12));
		Blocks blocks = Blocks.of(g, true);
		assertThat(blocks.count).isEqualTo(1);
		assertBreadthFirst(blocks);
		assertDistancesArePlain(g);
	}

	@Test
	void twinsAreFoldedIntoOneVertexOfTheBlock() {
		// p1..p3 hold the posts u1 and u2 (open twins, two steps apart through u1 or u2); x and y
		// are adjacent twins; a is the search's root and a twin of b.
		LinkageGraph g = graph(List.of("p1-u1", "p1-u2", "p2-u1", "p2-u2", "p3-u1", "p3-u2", "u1-w", "u2-w", "x-y",
				"x-w", "y-w", "x-u1", "y-u1", "a-w", "a-u2", "b-w", "b-u2"));
		Blocks blocks = Blocks.of(g, true);
		int kept = 0;
		for (int p = 0; p < blocks.vertex.length; p++) {
			int v = blocks.vertex[p];
			if (blocks.representative[v] != v) {
				assertThat(blocks.copies[p]).isZero();
				assertThat(blocks.offset[p + 1] - blocks.offset[p]).as("edges of a folded twin").isZero();
			}
			else if (g.id(v).startsWith("p")) {
				assertThat(blocks.copies[p]).isEqualTo(3);
				kept++;
			}
		}
		assertThat(kept).isEqualTo(1);
		assertThat(blocks.representative[g.indexOf("a")]).as("the block's head stays").isEqualTo(g.indexOf("a"));
		// The three pairs of p's give u1 and u2 half a pair each; a and b give w and u2 a half.
		assertThat(blocks.twinPairs[g.indexOf("u1")]).isCloseTo(1.5, within(1e-12));
		assertThat(blocks.twinPairs[g.indexOf("u2")]).isCloseTo(2.0, within(1e-12));
		assertThat(blocks.twinPairs[g.indexOf("w")]).isCloseTo(0.5, within(1e-12));
		assertThat(blocks.twinPairs[g.indexOf("x")]).as("adjacent twins have no pair between").isZero();
		assertBreadthFirst(blocks);
		assertClose(Centrality.betweennessExact(g, true), Centrality.betweennessPlain(g));
		assertDistancesArePlain(g);
	}

	@Test
	void aBlockIsNumberedBreadthFirstFromItsHead() {
		SplittableRandom random = new SplittableRandom(3);
		for (int round = 0; round < 50; round++) {
			List<String> edges = new ArrayList<>();
			int n = 5 + random.nextInt(60);
			for (int a = 0; a < n; a++) {
				edges.add("v" + a + "-v" + random.nextInt(n));
				edges.add("v" + a + "-v" + random.nextInt(n));
			}
			LinkageGraph g = graph(edges);
			for (boolean twins : new boolean[] { true, false }) {
				assertBreadthFirst(Blocks.of(g, twins));
			}
			CompactGraph c = CompactGraph.of(g);
			for (int v = 0; v < g.vertexCount(); v++) {
				assertThat(c.original[c.renumbered[v]]).isEqualTo(v);
				int[] expected = IntStream.range(g.firstEdge(v), g.endEdge(v)).map(g::neighborAt).sorted().toArray();
				int nv = c.renumbered[v];
				int[] actual = IntStream.range(c.offset[nv], c.offset[nv + 1])
					.map(e -> c.original[c.adjacent[e]])
					.sorted()
					.toArray();
				assertThat(actual).containsExactly(expected);
			}
		}
	}

	@Test
	void moreSourcesThanOneWordHoldAreSearchedInBatches() {
		// 200 vertices on a cycle with chords, a separate path, and isolated vertices: four words.
		List<String> edges = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			edges.add("c" + i + "-c" + (i + 1) % 200);
			if (i % 17 == 0) {
				edges.add("c" + i + "-c" + (i * 7 + 3) % 200);
			}
		}
		for (int i = 0; i < 30; i++) {
			edges.add("l" + i + "-l" + (i + 1));
			edges.add("z" + i);
		}
		assertDistancesArePlain(graph(edges));
	}

	/** Every block's positions are in breadth-first order from its first (distances never decrease). */
	static void assertBreadthFirst(Blocks blocks) {
		for (int b = 0; b < blocks.count; b++) {
			int base = blocks.start[b];
			int size = blocks.size(b);
			int[] dist = new int[size];
			java.util.Arrays.fill(dist, -1);
			int[] queue = new int[size];
			int head = 0;
			int tail = 0;
			queue[tail++] = 0;
			dist[0] = 0;
			while (head < tail) {
				int v = queue[head++];
				for (int e = blocks.offset[base + v]; e < blocks.offset[base + v + 1]; e++) {
					int u = blocks.adjacent[e];
					if (dist[u] < 0) {
						dist[u] = dist[v] + 1;
						queue[tail++] = u;
					}
				}
			}
			int last = 0;
			for (int i = 0; i < size; i++) {
				if (blocks.copies[base + i] == 0) {
					assertThat(dist[i]).as("a folded twin is unreachable").isEqualTo(-1);
					continue;
				}
				assertThat(dist[i]).as("block %d position %d", b, i).isGreaterThanOrEqualTo(last);
				last = dist[i];
			}
		}
	}

	/** Reached, Σd and Σ1/d of {@link Centrality#distances} against one plain search per vertex. */
	static void assertDistancesArePlain(LinkageGraph g) {
		for (boolean twins : new boolean[] { true, false }) {
			Centrality.Distances d = Centrality.distances(g, twins);
			for (int v = 0; v < g.vertexCount(); v++) {
				int[] dist = new int[g.vertexCount()];
				java.util.Arrays.fill(dist, -1);
				int[] queue = new int[g.vertexCount()];
				int head = 0;
				int tail = 0;
				queue[tail++] = v;
				dist[v] = 0;
				long total = 0;
				double harmonic = 0;
				while (head < tail) {
					int x = queue[head++];
					if (x != v) {
						total += dist[x];
						harmonic += 1.0 / dist[x];
					}
					for (int e = g.firstEdge(x); e < g.endEdge(x); e++) {
						int u = g.neighborAt(e);
						if (dist[u] < 0) {
							dist[u] = dist[x] + 1;
							queue[tail++] = u;
						}
					}
				}
				assertThat(d.reached()[v]).as("reached from %s", g.id(v)).isEqualTo(tail);
				assertThat(d.total()[v]).as("Σd from %s", g.id(v)).isEqualTo(total);
				assertThat(d.harmonic()[v]).as("Σ1/d from %s", g.id(v)).isCloseTo(harmonic, within(1e-12 * (1 + harmonic)));
			}
		}
	}

	static void assertClose(double[] actual, double[] expected) {
		assertThat(actual).hasSize(expected.length);
		for (int i = 0; i < expected.length; i++) {
			assertThat(actual[i]).as("vertex %d", i).isCloseTo(expected[i], within(1e-9 + 1e-9 * Math.abs(expected[i])));
		}
	}

}
