package io.govgraph.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link LinkageGraph} hangs together: connected components, articulation points (cut
 * vertices) and bridges, by Hopcroft–Tarjan low-link search, iterative so deep trees do not
 * overflow the stack. O(n + m).
 */
public final class Structure {

	private Structure() {
	}

	/** The number of connected components once {@code removed} (−1: none) is taken out. */
	public static int components(LinkageGraph g, int removed) {
		int n = g.vertexCount();
		boolean[] seen = new boolean[n];
		int[] stack = new int[n];
		int count = 0;
		for (int start = 0; start < n; start++) {
			if (start == removed || seen[start]) {
				continue;
			}
			count++;
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			while (top > 0) {
				int v = stack[--top];
				for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
					int u = g.neighborAt(e);
					if (u != removed && !seen[u]) {
						seen[u] = true;
						stack[top++] = u;
					}
				}
			}
		}
		return count;
	}

	/** Cut vertices and bridges of the graph. */
	public record CutSets(boolean[] articulation, List<int[]> bridges) {
	}

	public static CutSets cutSets(LinkageGraph g) {
		int n = g.vertexCount();
		int[] discovered = new int[n];
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] nextEdge = new int[n];
		boolean[] articulation = new boolean[n];
		List<int[]> bridges = new ArrayList<>();
		java.util.Arrays.fill(discovered, -1);
		int[] stack = new int[n];
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (discovered[root] >= 0) {
				continue;
			}
			int rootChildren = 0;
			int top = 0;
			stack[top++] = root;
			parent[root] = -1;
			discovered[root] = low[root] = time++;
			nextEdge[root] = g.firstEdge(root);
			while (top > 0) {
				int v = stack[top - 1];
				if (nextEdge[v] < g.endEdge(v)) {
					int u = g.neighborAt(nextEdge[v]++);
					if (discovered[u] < 0) {
						parent[u] = v;
						discovered[u] = low[u] = time++;
						nextEdge[u] = g.firstEdge(u);
						stack[top++] = u;
						if (v == root) {
							rootChildren++;
						}
					}
					else if (u != parent[v]) {
						low[v] = Math.min(low[v], discovered[u]);
					}
				}
				else {
					top--;
					int p = parent[v];
					if (p >= 0) {
						low[p] = Math.min(low[p], low[v]);
						if (p != root && low[v] >= discovered[p]) {
							articulation[p] = true;
						}
						if (low[v] > discovered[p]) {
							bridges.add(new int[] { Math.min(p, v), Math.max(p, v) });
						}
					}
				}
			}
			articulation[root] = rootChildren > 1;
		}
		return new CutSets(articulation, bridges);
	}

}
