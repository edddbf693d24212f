package io.govgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Why a vertex is central: for each pair of units (s, t), the shortest s–t paths through v number
 * σ(s,v)·σ(v,t) when d(s,v) + d(v,t) = d(s,t); ranked by the share of all shortest s–t paths they
 * are. One search from v and one from every source: the cost of betweenness itself.
 */
final class Explanation {

	static final Comparator<Results.PairThrough> BEST = Comparator
		.comparingDouble((Results.PairThrough p) -> -p.share())
		.thenComparingDouble(p -> -p.throughVertex())
		.thenComparing(Results.PairThrough::fromId)
		.thenComparing(Results.PairThrough::toId);

	private Explanation() {
	}

	/**
	 * @param allPairs true when the sources are every vertex: each unordered pair is then counted
	 * once (s before t); with sampled sources every (source, unit) pair is considered
	 */
	static List<Results.PairThrough> pairsThrough(LinkageGraph g, int v, int[] sources, boolean allPairs, int top) {
		int n = g.vertexCount();
		Centrality.BfsWork fromV = new Centrality.BfsWork(n);
		Centrality.bfs(g, v, fromV, true);
		int blocks = Math.min(Centrality.BLOCKS, Math.max(1, sources.length));
		List<List<Results.PairThrough>> partial = IntStream.range(0, blocks).parallel().mapToObj(b -> {
			int from = (int) ((long) sources.length * b / blocks);
			int to = (int) ((long) sources.length * (b + 1) / blocks);
			Centrality.BfsWork w = new Centrality.BfsWork(n);
			List<Results.PairThrough> best = new ArrayList<>();
			for (int i = from; i < to; i++) {
				int s = sources[i];
				if (s == v || isPerson(g, s) || fromV.dist[s] < 0) {
					continue;
				}
				Centrality.bfs(g, s, w, true);
				int dsv = w.dist[v];
				for (int t = 0; t < n; t++) {
					if (t == v || t == s || (allPairs && t < s) || isPerson(g, t) || w.dist[t] < 0
							|| fromV.dist[t] < 0 || dsv + fromV.dist[t] != w.dist[t]) {
						continue;
					}
					double through = w.sigma[v] * fromV.sigma[t];
					best.add(new Results.PairThrough(g.id(s), g.id(t), w.sigma[t], through, through / w.sigma[t]));
				}
				if (best.size() > 4 * top + 1000) {
					best.sort(BEST);
					best = new ArrayList<>(best.subList(0, top));
				}
			}
			return best;
		}).toList();
		List<Results.PairThrough> all = new ArrayList<>();
		partial.forEach(all::addAll);
		all.sort(BEST);
		return List.copyOf(all.subList(0, Math.min(top, all.size())));
	}

	private static boolean isPerson(LinkageGraph g, int v) {
		return GraphProjection.PERSON.equals(g.type(v));
	}

}
