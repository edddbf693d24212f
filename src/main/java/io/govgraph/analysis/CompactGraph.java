package io.govgraph.analysis;

import java.util.Arrays;

/**
 * A {@link LinkageGraph}'s adjacency renumbered in breadth-first order (each component from its
 * vertex of highest degree, neighbours in increasing degree as in E. Cuthill and J. McKee,
 * "Reducing the bandwidth of sparse symmetric matrices", ACM 1969), as plain compressed sparse rows:
 * vertices close in the graph get close indices, so a search's frontier and its neighbours' cells
 * share cache lines. O(n + m) time and space.
 */
final class CompactGraph {

	/** Neighbours of new index v: {@code adjacent[offset[v]] .. adjacent[offset[v+1]-1]}, new indices. */
	final int[] offset;

	final int[] adjacent;

	/** The graph vertex of each new index. */
	final int[] original;

	/** The new index of each graph vertex. */
	final int[] renumbered;

	private CompactGraph(int[] offset, int[] adjacent, int[] original, int[] renumbered) {
		this.offset = offset;
		this.adjacent = adjacent;
		this.original = original;
		this.renumbered = renumbered;
	}

	int vertexCount() {
		return this.original.length;
	}

	static CompactGraph of(LinkageGraph g) {
		int n = g.vertexCount();
		int[] original = new int[n];
		int[] renumbered = new int[n];
		Arrays.fill(renumbered, -1);
		Integer[] byDegree = new Integer[n];
		for (int v = 0; v < n; v++) {
			byDegree[v] = v;
		}
		// Roots by decreasing degree (ties by index), so each component starts at a hub.
		Arrays.sort(byDegree, (a, b) -> g.degree(a) != g.degree(b) ? Integer.compare(g.degree(b), g.degree(a))
				: Integer.compare(a, b));
		long[] scratch = new long[Math.max(1, maxDegree(g))];
		int tail = 0;
		for (Integer root : byDegree) {
			if (renumbered[root] >= 0) {
				continue;
			}
			int head = tail;
			renumbered[root] = tail;
			original[tail++] = root;
			while (head < tail) {
				int v = original[head++];
				int k = 0;
				for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
					int u = g.neighborAt(e);
					if (renumbered[u] < 0) {
						scratch[k++] = ((long) g.degree(u) << 32) | u;
					}
				}
				Arrays.sort(scratch, 0, k);
				for (int i = 0; i < k; i++) {
					int u = (int) scratch[i];
					renumbered[u] = tail;
					original[tail++] = u;
				}
			}
		}
		int[] offset = new int[n + 1];
		for (int i = 0; i < n; i++) {
			offset[i + 1] = offset[i] + g.degree(original[i]);
		}
		int[] adjacent = new int[offset[n]];
		for (int i = 0; i < n; i++) {
			int v = original[i];
			int at = offset[i];
			for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
				adjacent[at++] = renumbered[g.neighborAt(e)];
			}
			Arrays.sort(adjacent, offset[i], at);
		}
		return new CompactGraph(offset, adjacent, original, renumbered);
	}

	private static int maxDegree(LinkageGraph g) {
		int max = 0;
		for (int v = 0; v < g.vertexCount(); v++) {
			max = Math.max(max, g.degree(v));
		}
		return max;
	}

}
