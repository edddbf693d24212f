package io.govgraph.analysis;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The centrality measures of docs/spec/analysis.md on a {@link LinkageGraph}, each agreeing with its
 * networkx reference. The all-sources measures (betweenness, closeness, harmonic) run their
 * breadth-first searches in parallel on all cores; sources are split into a fixed number of blocks
 * whose partial sums are added in block order, so a result never depends on the number of threads.
 * <p>
 * The algorithms and their costs, for n vertices and m edges (the graph itself, compressed sparse
 * rows, is O(n + m) and not counted again); n' is the number of vertices that are not pendants
 * (degree 1 next to a vertex of higher degree), whose searches follow from their neighbour's; k a
 * number of sampled sources; i the iterations a power iteration needs:
 * <ul>
 * <li><b>degree</b>: the number of neighbours, read off the row offsets. O(n) time, O(n) space.</li>
 * <li><b>betweenness</b>: U. Brandes, "A faster algorithm for betweenness centrality", Journal of
 * Mathematical Sociology 25(2), 2001: one breadth-first search per source counting shortest paths,
 * then dependencies accumulated in reverse order. O(nm) time and O(n + m) space unweighted; here
 * run inside the biconnected components only, once per class of equivalent vertices, with the
 * pairs articulation points separate counted apart and each class of equivalent vertices one
 * weighted vertex of its block ({@link Blocks}), and the searches from vertices that are not side
 * vertices (those whose neighbours are all joined, {@link SideVertices}) run on the block without
 * the side vertices: O(Σ n'<sub>B</sub>m'<sub>B</sub>) time over the blocks, m'<sub>B</sub> the
 * block's edges once twins are folded, and O(largest block) space per block of sources (16 blocks
 * at most). Sampled: the pivot
 * estimator of U. Brandes and C. Pich, "Centrality estimation in large networks",
 * International Journal of Bifurcation and Chaos 17(7), 2007 (networkx's {@code k}), with sources
 * drawn in proportion to the vertices they stand for (Horvitz–Thompson); O(km) time.</li>
 * <li><b>closeness</b>: S. Wasserman and K. Faust, <i>Social Network Analysis: Methods and
 * Applications</i>, Cambridge University Press, 1994, in their form for graphs that are not
 * connected: the inverse mean distance to the r − 1 others a vertex reaches, scaled by the share
 * (r − 1)/(n − 1) of the graph they are, so a vertex of a small component scores low. One
 * breadth-first search per vertex that is neither a pendant nor the second of a class of
 * equivalent vertices ({@link Twins}), 64 of them at a time as the bits of one word
 * ({@link BitParallelDistances}): O(n'(n + m)) time in the worst case, in practice about
 * levels·(n + m)/64 word operations per source; O(n) space per worker thread.</li>
 * <li><b>harmonic</b>: M. Marchiori and V. Latora, "Harmony in the small-world", Physica A 285,
 * 2000; P. Boldi and S. Vigna, "Axioms for centrality", Internet Mathematics 10, 2014: the sum of
 * 1/d over the others reached, well defined on disconnected graphs. The same searches as closeness:
 * O(n'(n + m)) time, O(n) space per worker thread. Closeness and harmonic sampled: the estimator of
 * D. Eppstein and J. Wang, "Fast approximation of centrality", Journal of Graph Algorithms and
 * Applications 8(1), 2004; O(k(n + m)) time, O(n) space per block.</li>
 * <li><b>PageRank</b>: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation
 * ranking: bringing order to the Web", Stanford InfoLab technical report 1999-66: each edge an arc
 * both ways, uniform teleport, dangling mass spread evenly, computed by power iteration.
 * O(i(n + m)) time, O(n) space (two vectors).</li>
 * <li><b>eigenvector</b>: P. Bonacich, "Factoring and weighting approaches to status scores and
 * clique identification", Journal of Mathematical Sociology 2(1), 1972: the leading eigenvector of
 * the adjacency matrix A, computed by power iteration on the shifted matrix A + I, which has the
 * same leading eigenvector and converges where A alone oscillates (bipartite graphs), at the rate
 * max |λ + 1|/(λ<sub>1</sub> + 1) over A's other eigenvalues λ. O(i(n + m)) time, O(n) space (two
 * vectors).</li>
 * </ul>
 */
public final class Centrality {

	/** Fixed, so that floating-point sums are the same on any machine. */
	static final int BLOCKS = 16;

	public static final double PAGERANK_ALPHA_DEFAULT = 0.85;

	public static final double PAGERANK_TOLERANCE_DEFAULT = 1e-9;

	public static final int PAGERANK_MAX_ITERATIONS_DEFAULT = 100;

	public static final int EIGENVECTOR_MAX_ITERATIONS_DEFAULT = 100_000;

	private Centrality() {
	}

	/** Number of neighbours: networkx {@code degree}. O(n) time. */
	public static double[] degree(LinkageGraph g) {
		double[] result = new double[g.vertexCount()];
		for (int v = 0; v < result.length; v++) {
			result[v] = g.degree(v);
		}
		return result;
	}

	/**
	 * Brandes' betweenness, unnormalized, each unordered pair once: networkx
	 * {@code betweenness_centrality(G, normalized=False)}; with a source sample, networkx's
	 * {@code k=len(sources)} estimate (scaled by n/k). O(k·m) time; all n sources (no sample) go
	 * through {@link #betweennessSampled} with the pendants folded, O(n'·m).
	 */
	public static double[] betweenness(LinkageGraph g, int[] sources) {
		int n = g.vertexCount();
		if (sources.length == n) {
			return betweennessSampled(g, n, 0);
		}
		// Uniformly sampled sources (the explanation's estimate), each standing for n/k of them.
		double[] deltaFactor = new double[n];
		double share = sources.length == 0 ? 0 : (double) n / sources.length;
		for (int s : sources) {
			deltaFactor[s] += share;
		}
		return weightedCompact(g, java.util.Arrays.stream(sources).distinct().toArray(), deltaFactor, new double[n]);
	}

	/**
	 * Betweenness from {@code k} folded sources: a vertex that is not a pendant stands for itself
	 * and its pendants (whose searches are its own shifted by one step), so the population sampled
	 * is the folded one, and the estimate (scaled by folded/k) is exact when k covers it. Drawing
	 * sources from the folded population rather than all vertices spends no sample on pendants.
	 * O(min(k, n')·m) time.
	 */
	public static double[] betweennessSampled(LinkageGraph g, int k, long seed) {
		int n = g.vertexCount();
		int[] hub = pendantHubs(g);
		int[] weight = new int[n];
		int[] folded = foldedSources(g, hub, weight);
		double[] deltaFactor = new double[n];
		double[] pendantFactor = new double[n];
		if (k >= folded.length) {
			return betweennessExact(g, true);
		}
		// Importance sampling: a folded source is drawn (with replacement) with probability w/W, w
		// the vertices it stands for, and its contribution divided by that probability
		// (Horvitz–Thompson), so hubs that stand for many pendants are drawn more often.
		long[] cumulative = new long[folded.length];
		long total = 0;
		for (int i = 0; i < folded.length; i++) {
			total += weight[folded[i]];
			cumulative[i] = total;
		}
		int[] multiplicity = new int[n];
		java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
		for (int i = 0; i < k; i++) {
			long r = random.nextLong(total);
			int at = java.util.Arrays.binarySearch(cumulative, r + 1);
			multiplicity[folded[at < 0 ? -at - 1 : at]]++;
		}
		int[] chosen = java.util.stream.IntStream.range(0, n).filter(v -> multiplicity[v] > 0).toArray();
		for (int s : chosen) {
			double share = multiplicity[s] * (double) total / k;
			deltaFactor[s] = share;
			pendantFactor[s] = share * (weight[s] - 1) / weight[s];
		}
		return weightedCompact(g, chosen, deltaFactor, pendantFactor);
	}

	/**
	 * Exact betweenness with Brandes run inside the biconnected components only (see {@link Blocks}):
	 * a pair of vertices whose shortest paths cross a block enters it at the vertices that stand
	 * for them there, so a search from block vertex s with target t's dependency weighted by the
	 * vertices t stands for, added as many times as s stands for, counts every such pair; the pairs
	 * an articulation point separates are added once. Searches of equivalent vertices (twins) run
	 * once, added k times for a class of k: swapping two twins fixes every other vertex, so their
	 * dependencies agree there, and a twin lies on no shortest path from another (its neighbours
	 * are the other's too), so its own dependency is 0 from either. Bridges need no search at all.
	 * O(Σ<sub>B</sub> n'<sub>B</sub>·m<sub>B</sub>) time over the blocks B, n'<sub>B</sub> the
	 * block's vertices less its twins; O(n + m) space, and O(largest block) per block of sources.
	 */
	static double[] betweennessExact(LinkageGraph g, boolean mergeTwins) {
		return betweennessExact(g, mergeTwins, true);
	}

	/**
	 * As {@link #betweennessExact(LinkageGraph, boolean)}; with {@code sideVertices}, the searches
	 * from vertices that are not {@link SideVertices side vertices} run on their block without them.
	 */
	static double[] betweennessExact(LinkageGraph g, boolean mergeTwins, boolean sideVertices) {
		int n = g.vertexCount();
		Blocks blocks = Blocks.of(g, mergeTwins);
		SideVertices side = sideVertices ? SideVertices.of(blocks) : SideVertices.none(blocks);
		int largest = 0;
		for (int b = 0; b < blocks.count; b++) {
			largest = Math.max(largest, blocks.size(b));
		}
		int[] run = IntStream.range(0, blocks.vertex.length).filter(p -> blocks.multiplicity[p] > 0).toArray();
		int workSize = largest;
		AnalysisProgress progress = AnalysisProgress.current();
		progress.expect(run.length);
		// Summed by position, in the blocks' own order, where the searches' cells lie close.
		double[] byPosition = blocks(blocks.vertex.length, run, (from, to, acc) -> {
			BfsWork w = new BfsWork(workSize);
			for (int i = from; i < to; i++) {
				progress.step();
				brandesInBlock(blocks, side, run[i], w, acc);
			}
		});
		double[] sum = new double[n];
		for (int p = 0; p < byPosition.length; p++) {
			sum[blocks.vertex[p]] += byPosition[p];
		}
		double[] result = new double[n];
		for (int v = 0; v < n; v++) {
			// A twin's dependencies are those of the one its class is searched as, by the swap of the two.
			result[v] = sum[blocks.representative[v]] * 0.5 + blocks.separated[v] + blocks.twinPairs[v];
		}
		return result;
	}

	/**
	 * One source (a position of {@code blocks}) of Brandes' algorithm inside its block, targets
	 * weighted. The dependencies are pulled level by level rather than pushed: while level L is
	 * accumulated, {@code coefficient} holds copies·(weight + δ)/σ for the vertices of level L + 1 and 0
	 * for every other, so a vertex's δ is σ times the plain sum over all its neighbours, with no
	 * test of their distance and no write outside its own cell.
	 */
	private static void brandesInBlock(Blocks blocks, SideVertices side, int position, BfsWork w, double[] acc) {
		int base = blocks.start[blocks.blockOf[position]];
		double factor = (double) blocks.weight[position] * blocks.multiplicity[position];
		if (side.side[position]) {
			brandesPulled(blocks.offset, blocks.adjacent, base, blocks.copies, side.targetWeight, position - base, factor,
					w, acc);
		}
		else {
			brandesPulled(side.offset, side.adjacent, base, blocks.copies, blocks.weight, position - base, factor, w, acc);
		}
	}

	/**
	 * One source s of Brandes' algorithm on compressed sparse rows whose vertices start at
	 * {@code base} (a block's, or 0 for a whole graph), vertex x standing for {@code copies[base + x]}
	 * equivalent ones and, as a target, for {@code weight[base + x]} vertices; its dependencies added
	 * {@code factor} times to {@code acc[base + x]}. See {@link #brandesInBlock}.
	 */
	private static void brandesPulled(int[] offset, int[] adjacent, int base, int[] copies, int[] weight, int s,
			double factor, BfsWork w, double[] acc) {
		int[] dist = w.dist;
		int[] order = w.order;
		int[] level = w.level;
		double[] sigma = w.sigma;
		double[] coefficient = w.coefficient;
		for (int i = 0; i < w.reached; i++) {
			dist[order[i]] = -1;
			sigma[order[i]] = 0;
		}
		int head = 0;
		int tail = 0;
		order[tail++] = s;
		dist[s] = 0;
		sigma[s] = 1;
		int depth = 0;
		level[0] = 0;
		while (head < tail) {
			int v = order[head];
			if (dist[v] > depth) {
				level[++depth] = head;
			}
			head++;
			int next = dist[v] + 1;
			// Paths to any of v's copies go on to u (the source is one vertex, its own copies folded away).
			double sv = v == s ? 1 : sigma[v] * copies[base + v];
			// Without branches (whether u is new, or one step further, is a coin toss to the
			// processor): an unseen u (dist −1) gets dist next and joins the queue, and σ grows by
			// sv exactly where u is one step further than v.
			for (int e = offset[base + v], end = offset[base + v + 1]; e < end; e++) {
				int u = adjacent[e];
				int du = dist[u];
				int unseen = du >>> 31;
				du += unseen * (next + 1);
				dist[u] = du;
				order[tail] = u;
				tail += unseen;
				int gap = du ^ next;
				sigma[u] += sv * (1 - ((gap | -gap) >>> 31));
			}
		}
		level[depth + 1] = tail;
		w.reached = tail;
		for (int d = depth; d >= 1; d--) {
			for (int i = level[d], end = level[d + 1]; i < end; i++) {
				int x = order[i];
				double pulled = 0;
				for (int e = offset[base + x], stop = offset[base + x + 1]; e < stop; e++) {
					pulled += coefficient[adjacent[e]];
				}
				double dx = sigma[x] * pulled;
				acc[base + x] += factor * dx;
				// σ of x is read by no one else any more: its cell keeps x's coefficient till the level ends.
				sigma[x] = copies[base + x] * (weight[base + x] + dx) / sigma[x];
			}
			for (int i = level[d + 1], end = d < depth ? level[d + 2] : level[d + 1]; i < end; i++) {
				coefficient[order[i]] = 0;
			}
			if (d > 1) {
				for (int i = level[d], end = level[d + 1]; i < end; i++) {
					coefficient[order[i]] = sigma[order[i]];
				}
			}
		}
	}

	/** Plain Brandes from every vertex, nothing folded or decomposed: the reference for tests. */
	static double[] betweennessPlain(LinkageGraph g) {
		int n = g.vertexCount();
		double[] ones = new double[n];
		Arrays.fill(ones, 1);
		return weighted(g, IntStream.range(0, n).toArray(), ones, new double[n]);
	}

	/** {@link #betweenness(LinkageGraph, int[])} for fewer sources than vertices, with the plain searches: the reference for tests. */
	static double[] betweennessOfSourcesPlain(LinkageGraph g, int[] sources) {
		int n = g.vertexCount();
		double[] deltaFactor = new double[n];
		for (int s : sources) {
			deltaFactor[s] += (double) n / sources.length;
		}
		return weighted(g, Arrays.stream(sources).distinct().toArray(), deltaFactor, new double[n]);
	}

	/** Exact betweenness with only the pendants folded into their neighbours' searches. */
	static double[] betweennessPendantsFolded(LinkageGraph g) {
		int n = g.vertexCount();
		int[] hub = pendantHubs(g);
		int[] weight = new int[n];
		int[] folded = foldedSources(g, hub, weight);
		double[] deltaFactor = new double[n];
		double[] pendantFactor = new double[n];
		for (int s : folded) {
			deltaFactor[s] = weight[s];
			pendantFactor[s] = weight[s] - 1;
		}
		return weighted(g, folded, deltaFactor, pendantFactor);
	}

	/**
	 * Brandes from each of {@code run}, its dependencies added {@code deltaFactor} times and its
	 * pendants' paths through it {@code pendantFactor} times; halved (each pair once).
	 */
	private static double[] weighted(LinkageGraph g, int[] run, double[] deltaFactor, double[] pendantFactor) {
		int n = g.vertexCount();
		AnalysisProgress progress = AnalysisProgress.current();
		progress.expect(run.length);
		double[] sum = blocks(n, run, (from, to, acc) -> {
			BfsWork w = new BfsWork(n);
			for (int i = from; i < to; i++) {
				progress.step();
				int s = run[i];
				int reached = brandes(g, s, w, acc, deltaFactor[s]);
				// Every path from one of s's pendants to a third vertex runs through s.
				acc[s] += pendantFactor[s] * (reached - 2);
			}
		});
		for (int v = 0; v < n; v++) {
			sum[v] *= 0.5;
		}
		return sum;
	}

	/**
	 * As {@link #weighted}, on the graph renumbered in breadth-first order ({@link CompactGraph}) and
	 * with the dependencies pulled level by level ({@link #brandesPulled}): a sample's searches on a
	 * large graph, whose work arrays do not fit in a core's cache, then touch neighbouring cells.
	 * The sources are taken in their new order, so each block of them starts its searches close
	 * together.
	 */
	private static double[] weightedCompact(LinkageGraph g, int[] run, double[] deltaFactor, double[] pendantFactor) {
		int n = g.vertexCount();
		CompactGraph c = CompactGraph.of(g);
		int[] ones = new int[n];
		Arrays.fill(ones, 1);
		int[] at = new int[run.length];
		for (int i = 0; i < run.length; i++) {
			at[i] = c.renumbered[run[i]];
		}
		Arrays.sort(at);
		AnalysisProgress progress = AnalysisProgress.current();
		progress.expect(run.length);
		double[] byIndex = blocks(n, at, (from, to, acc) -> {
			BfsWork w = new BfsWork(n);
			for (int i = from; i < to; i++) {
				progress.step();
				int s = at[i];
				int v = c.original[s];
				brandesPulled(c.offset, c.adjacent, 0, ones, ones, s, deltaFactor[v], w, acc);
				// Every path from one of s's pendants to a third vertex runs through s.
				acc[s] += pendantFactor[v] * (w.reached - 2);
			}
		});
		double[] sum = new double[n];
		for (int i = 0; i < n; i++) {
			sum[c.original[i]] = byIndex[i] * 0.5;
		}
		return sum;
	}

	/** One source of Brandes' algorithm, its dependencies added {@code weight} times; returns how many it reached. */
	private static int brandes(LinkageGraph g, int s, BfsWork w, double[] acc, double weight) {
		int stackSize = bfs(g, s, w, true);
		for (int i = 0; i < stackSize; i++) {
			w.delta[w.order[i]] = 0;
		}
		for (int i = stackSize - 1; i > 0; i--) {
			int x = w.order[i];
			double coefficient = (1 + w.delta[x]) / w.sigma[x];
			for (int e = g.firstEdge(x); e < g.endEdge(x); e++) {
				int v = g.neighborAt(e);
				if (w.dist[v] == w.dist[x] - 1) {
					w.delta[v] += w.sigma[v] * coefficient;
				}
			}
			acc[x] += weight * w.delta[x];
		}
		return stackSize;
	}

	/**
	 * For each pendant vertex (degree 1, its neighbour of higher degree) that neighbour; else -1.
	 * Shortest paths from a pendant are those of its neighbour with one more step.
	 */
	static int[] pendantHubs(LinkageGraph g) {
		int[] hub = new int[g.vertexCount()];
		for (int v = 0; v < hub.length; v++) {
			hub[v] = -1;
			if (g.degree(v) == 1) {
				int u = g.neighborAt(g.firstEdge(v));
				if (g.degree(u) > 1) {
					hub[v] = u;
				}
			}
		}
		return hub;
	}

	/** The vertices that are not pendants, each weighted by 1 + its pendants (written to weight). */
	private static int[] foldedSources(LinkageGraph g, int[] hub, int[] weight) {
		int count = 0;
		for (int v = 0; v < hub.length; v++) {
			if (hub[v] < 0) {
				weight[v] += 1;
				count++;
			}
			else {
				weight[hub[v]] += 1;
			}
		}
		int[] run = new int[count];
		int i = 0;
		for (int v = 0; v < hub.length; v++) {
			if (hub[v] < 0) {
				run[i++] = v;
			}
		}
		return run;
	}

	/**
	 * Closeness in the Wasserman–Faust form for disconnected graphs: networkx
	 * {@code closeness_centrality(G, wf_improved=True)}: (r−1)/Σd · (r−1)/(n−1), r the vertices
	 * reachable from v (v included). O(n'·(n + m)) time.
	 */
	public static double[] closeness(LinkageGraph g) {
		int n = g.vertexCount();
		double[] result = new double[n];
		Distances d = distances(g);
		for (int v = 0; v < n; v++) {
			double reached = d.reached[v];
			double total = d.total[v];
			result[v] = total > 0 && n > 1 ? ((reached - 1.0) / total) * ((reached - 1.0) / (n - 1)) : 0.0;
		}
		return result;
	}

	/**
	 * Sum of 1/d over the others reachable from v: networkx {@code harmonic_centrality}.
	 * O(n'·(n + m)) time.
	 */
	public static double[] harmonic(LinkageGraph g) {
		return distances(g).harmonic;
	}

	/** Per vertex: vertices reached (itself included), sum of distances, sum of 1/distance. */
	record Distances(int[] reached, long[] total, double[] harmonic) {
	}

	/**
	 * One search from every vertex but the pendants, 64 at a time ({@link BitParallelDistances});
	 * a pendant's figures follow from its
	 * neighbour's, every distance one longer: Σd = Σd(hub) + r − 2, Σ1/d = Σ 1/(d(hub)+1) − 1/2.
	 */
	private static Distances distances(LinkageGraph g) {
		return distances(g, true);
	}

	/**
	 * As {@link #distances(LinkageGraph)}; with {@code mergeTwins}, one search per class of
	 * equivalent vertices too, whose distances to all others are the same (a swap of the two is an
	 * automorphism that fixes every third vertex).
	 */
	static Distances distances(LinkageGraph g, boolean mergeTwins) {
		int n = g.vertexCount();
		int[] hub = pendantHubs(g);
		int[] same = new int[n];
		Arrays.fill(same, -1);
		if (mergeTwins) {
			for (int[] cls : Twins.classes(g)) {
				for (int i = 1; i < cls.length; i++) {
					same[cls[i]] = cls[0];
				}
			}
		}
		int[] reached = new int[n];
		long[] total = new long[n];
		double[] harmonic = new double[n];
		double[] shifted = new double[n];
		int[] sources = IntStream.range(0, n).filter(v -> hub[v] < 0 && same[v] < 0).toArray();
		BitParallelDistances.Sums sums = BitParallelDistances.of(g, sources);
		for (int i = 0; i < sources.length; i++) {
			int v = sources[i];
			reached[v] = sums.reached()[i];
			total[v] = sums.total()[i];
			harmonic[v] = sums.harmonic()[i];
			shifted[v] = sums.shifted()[i];
		}
		for (int v = 0; v < n; v++) {
			int t = same[v];
			if (t >= 0) {
				reached[v] = reached[t];
				total[v] = total[t];
				harmonic[v] = harmonic[t];
				shifted[v] = shifted[t];
			}
		}
		for (int v = 0; v < n; v++) {
			int u = hub[v];
			if (u >= 0) {
				reached[v] = reached[u];
				total[v] = total[u] + reached[u] - 2;
				harmonic[v] = shifted[u] - 0.5;
			}
		}
		return new Distances(reached, total, harmonic);
	}

	/**
	 * Closeness and harmonic estimated from the distances to a sample of sources (in an
	 * undirected graph d(s,v) = d(v,s)), scaled to n−1 others: Eppstein and Wang's estimator.
	 * O(k·(n + m)) time.
	 * @return {closeness, harmonic}
	 */
	public static double[][] closenessAndHarmonicSampled(LinkageGraph g, int[] sources) {
		int n = g.vertexCount();
		int k = sources.length;
		AnalysisProgress progress = AnalysisProgress.current();
		progress.expect(k);
		// One search per source feeds three sums: distances, reached count, inverse distances.
		double[] sums = blocks(3 * n, sources, (from, to, acc) -> {
			BfsWork w = new BfsWork(n);
			for (int i = from; i < to; i++) {
				progress.step();
				int reached = bfs(g, sources[i], w, false);
				for (int j = 1; j < reached; j++) {
					int v = w.order[j];
					acc[v] += w.dist[v];
					acc[n + v] += 1;
					acc[2 * n + v] += 1.0 / w.dist[v];
				}
			}
		});
		boolean[] isSource = new boolean[n];
		for (int s : sources) {
			isSource[s] = true;
		}
		double[] closeness = new double[n];
		double[] harmonic = new double[n];
		for (int v = 0; v < n; v++) {
			// v's own search, if it was a source, says nothing about v: scale by the other sources.
			int others = isSource[v] ? k - 1 : k;
			double scale = others == 0 ? 0 : (n - 1.0) / others;
			double reached = sums[n + v] * scale;
			double total = sums[v] * scale;
			closeness[v] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0.0;
			harmonic[v] = sums[2 * n + v] * scale;
		}
		return new double[][] { closeness, harmonic };
	}

	/**
	 * PageRank with each edge an arc both ways, uniform teleport and dangling redistribution, the
	 * same power iteration and stopping rule as networkx {@code pagerank(G, alpha, tol)}
	 * (L1 change below n·tol). O(iterations·(n+m)).
	 * @throws IllegalStateException if it has not converged after {@code maxIterations}
	 */
	public static double[] pagerank(LinkageGraph g, double alpha, double tolerance, int maxIterations) {
		int n = g.vertexCount();
		if (n == 0) {
			return new double[0];
		}
		double[] x = new double[n];
		Arrays.fill(x, 1.0 / n);
		double[] next = new double[n];
		for (int iteration = 0; iteration < maxIterations; iteration++) {
			double dangling = 0;
			Arrays.fill(next, 0);
			for (int v = 0; v < n; v++) {
				int degree = g.degree(v);
				if (degree == 0) {
					dangling += x[v];
					continue;
				}
				double share = x[v] / degree;
				for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
					next[g.neighborAt(e)] += share;
				}
			}
			double error = 0;
			for (int v = 0; v < n; v++) {
				next[v] = alpha * (next[v] + dangling / n) + (1 - alpha) / n;
				error += Math.abs(next[v] - x[v]);
			}
			double[] swap = x;
			x = next;
			next = swap;
			if (error < n * tolerance) {
				return x;
			}
		}
		throw new IllegalStateException("PageRank did not converge in " + maxIterations + " iterations");
	}

	/**
	 * The leading eigenvector of the adjacency matrix with unit Euclidean norm and non-negative
	 * sum, as networkx {@code eigenvector_centrality_numpy}. Power iteration on A + I: the shift
	 * keeps the Perron vector but removes the −λ eigenvalue of bipartite (tree-like) graphs, on
	 * which plain power iteration oscillates. Stops when no entry moves by more than 1e-13.
	 * O(iterations·(n + m)) time.
	 * @throws IllegalStateException if it has not converged after {@code maxIterations}
	 */
	public static double[] eigenvector(LinkageGraph g, int maxIterations) {
		int n = g.vertexCount();
		if (n == 0) {
			return new double[0];
		}
		double[] x = new double[n];
		Arrays.fill(x, 1.0 / Math.sqrt(n));
		double[] next = new double[n];
		for (int iteration = 0; iteration < maxIterations; iteration++) {
			double norm = 0;
			for (int v = 0; v < n; v++) {
				double s = x[v];
				for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
					s += x[g.neighborAt(e)];
				}
				next[v] = s;
				norm += s * s;
			}
			norm = Math.sqrt(norm);
			double change = 0;
			for (int v = 0; v < n; v++) {
				next[v] /= norm;
				change = Math.max(change, Math.abs(next[v] - x[v]));
			}
			double[] swap = x;
			x = next;
			next = swap;
			if (change < 1e-13) {
				return x;
			}
		}
		throw new IllegalStateException("Eigenvector centrality did not converge in " + maxIterations + " iterations");
	}

	/** Work arrays of one breadth-first search, reused across the sources of a block. */
	static final class BfsWork {

		final int[] dist;

		final double[] sigma;

		final double[] delta;

		/** Vertices in the order they were reached: the queue, and Brandes' stack. */
		final int[] order;

		/** Where each distance's vertices start in {@code order} (one more entry past the last). */
		final int[] level;

		/** Zero but while a block search pulls its dependencies. */
		final double[] coefficient;

		/** How many vertices the last search reached (the only ones to reset). */
		int reached;

		BfsWork(int n) {
			this.dist = new int[n];
			this.sigma = new double[n];
			this.delta = new double[n];
			this.order = new int[n + 1];
			this.level = new int[n + 2];
			this.coefficient = new double[n];
			Arrays.fill(this.dist, -1);
		}

	}

	/**
	 * Breadth-first search from s; fills dist (and sigma, the shortest-path counts, if asked) for
	 * the vertices reached, listed in {@code order}; returns how many were reached. Resets only
	 * what the previous search touched.
	 */
	static int bfs(LinkageGraph g, int s, BfsWork w, boolean countPaths) {
		int[] dist = w.dist;
		int[] order = w.order;
		for (int i = 0; i < w.reached; i++) {
			dist[order[i]] = -1;
		}
		int head = 0;
		int tail = 0;
		order[tail++] = s;
		dist[s] = 0;
		if (countPaths) {
			w.sigma[s] = 1;
		}
		while (head < tail) {
			int v = order[head++];
			int next = dist[v] + 1;
			for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
				int u = g.neighborAt(e);
				if (dist[u] < 0) {
					dist[u] = next;
					order[tail++] = u;
					if (countPaths) {
						w.sigma[u] = 0;
					}
				}
				if (countPaths && dist[u] == next) {
					w.sigma[u] += w.sigma[v];
				}
			}
		}
		w.reached = tail;
		return tail;
	}

	interface BlockJob {

		void run(int from, int to, double[] accumulator);

	}

	/** Runs a job over the sources in {@link #BLOCKS} blocks in parallel; sums in block order. */
	static double[] blocks(int n, int[] sources, BlockJob job) {
		int blocks = Math.min(BLOCKS, Math.max(1, sources.length));
		double[][] partial = new double[blocks][];
		IntStream.range(0, blocks).parallel().forEach(b -> {
			int from = (int) ((long) sources.length * b / blocks);
			int to = (int) ((long) sources.length * (b + 1) / blocks);
			double[] acc = new double[n];
			job.run(from, to, acc);
			partial[b] = acc;
		});
		double[] sum = new double[n];
		for (double[] p : partial) {
			for (int v = 0; v < n; v++) {
				sum[v] += p[v];
			}
		}
		return sum;
	}

}
