package io.govgraph.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Structurally equivalent vertices of a {@link LinkageGraph}: vertices of degree two or more with the
 * same neighbours (people holding exactly the same posts), or the same neighbours and each other.
 * Swapping two of them is an automorphism, so their searches, distances and dependencies are one
 * another's with the two swapped. Found by hashing the neighbour sets, then comparing them: O(n + m)
 * expected time.
 */
final class Twins {

	private Twins() {
	}

	/** The classes of two or more equivalent vertices, each in increasing vertex order. */
	static List<int[]> classes(LinkageGraph g) {
		int n = g.vertexCount();
		long[] open = new long[n];
		for (int v = 0; v < n; v++) {
			long h = 0;
			for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
				h += mix(g.neighborAt(e));
			}
			open[v] = h;
		}
		List<int[]> classes = new ArrayList<>();
		boolean[] taken = new boolean[n];
		collect(g, open, false, taken, classes);
		long[] closed = new long[n];
		for (int v = 0; v < n; v++) {
			closed[v] = open[v] + mix(v);
		}
		collect(g, closed, true, taken, classes);
		classes.sort((a, b) -> Integer.compare(a[0], b[0]));
		return classes;
	}

	private static void collect(LinkageGraph g, long[] hash, boolean closed, boolean[] taken, List<int[]> classes) {
		Map<Long, List<Integer>> buckets = new HashMap<>();
		for (int v = 0; v < hash.length; v++) {
			if (g.degree(v) >= 2 && !taken[v]) {
				buckets.computeIfAbsent(hash[v], h -> new ArrayList<>(2)).add(v);
			}
		}
		for (List<Integer> bucket : buckets.values()) {
			if (bucket.size() < 2) {
				continue;
			}
			boolean[] placed = new boolean[bucket.size()];
			for (int i = 0; i < bucket.size(); i++) {
				if (placed[i]) {
					continue;
				}
				List<Integer> cls = new ArrayList<>();
				cls.add(bucket.get(i));
				for (int j = i + 1; j < bucket.size(); j++) {
					if (!placed[j] && equivalent(g, bucket.get(i), bucket.get(j), closed)) {
						placed[j] = true;
						cls.add(bucket.get(j));
					}
				}
				if (cls.size() >= 2) {
					int[] members = cls.stream().mapToInt(Integer::intValue).sorted().toArray();
					for (int v : members) {
						taken[v] = true;
					}
					classes.add(members);
				}
			}
		}
	}

	/** Same neighbours (open), or same neighbours besides each other and adjacent (closed). */
	static boolean equivalent(LinkageGraph g, int u, int v, boolean closed) {
		if (g.degree(u) != g.degree(v)) {
			return false;
		}
		int i = g.firstEdge(u);
		int j = g.firstEdge(v);
		int iEnd = g.endEdge(u);
		int jEnd = g.endEdge(v);
		boolean adjacent = false;
		// Neighbours are sorted: merge, skipping u in v's list and v in u's list when closed.
		while (true) {
			if (closed) {
				if (i < iEnd && g.neighborAt(i) == v) {
					adjacent = true;
					i++;
					continue;
				}
				if (j < jEnd && g.neighborAt(j) == u) {
					j++;
					continue;
				}
			}
			if (i == iEnd || j == jEnd) {
				return i == iEnd && j == jEnd && (!closed || adjacent);
			}
			if (g.neighborAt(i++) != g.neighborAt(j++)) {
				return false;
			}
		}
	}

	/** A 64-bit mix of a vertex index (SplitMix64's finalizer), summed into an order-free set hash. */
	private static long mix(int v) {
		long z = v * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
