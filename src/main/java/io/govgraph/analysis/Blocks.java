package io.govgraph.analysis;

import java.util.Arrays;

/**
 * The biconnected components (blocks) of a {@link LinkageGraph} with three or more vertices, each
 * as a small graph of its own, with what exact betweenness needs to run Brandes inside the blocks
 * only (M. Puzis, P. Zilberman, Y. Elovici, S. Dolev and U. Brandes, "Heuristics for speeding up
 * betweenness centrality computation", SocialCom 2012; A. E. Sariyüce, E. Saule, K. Kaya and
 * Ü. V. Çatalyürek, "Shattering and compressing networks for betweenness centrality", SDM 2013):
 * for each vertex of a block, how many vertices of its connected component reach the block through
 * it (itself included); for each articulation point, the pairs of vertices it separates; and the
 * classes of structurally equivalent vertices (same neighbours, or same neighbours and each other),
 * whose searches are all one search up to the swap of two of them, each class folded into one
 * vertex of its block that stands for all of them on a path and as a target (the pairs inside a
 * class counted apart). Each block's vertices are numbered breadth-first, for cache locality.
 * <p>
 * Built by one iterative depth-first search (J. Hopcroft and R. Tarjan, "Efficient algorithms for
 * graph manipulation", CACM 16(6), 1973) and one hashing pass: O(n + m) time and space.
 */
final class Blocks {

	/** Number of blocks kept (those of three or more vertices; bridges have no inner vertex). */
	final int count;

	/** Block b's vertices are {@code vertex[start[b]] .. vertex[start[b+1]-1]}; local index = position − start. */
	final int[] start;

	/** The graph vertex at each position; a vertex has one position per kept block it is in. */
	final int[] vertex;

	/** Vertices of the component that reach the block through the vertex at this position, itself included. */
	final int[] weight;

	/** The block each position belongs to. */
	final int[] blockOf;

	/** Local adjacency, by position: neighbours (local indices) at {@code adjacent[offset[p]] .. adjacent[offset[p+1]-1]}. */
	final int[] offset;

	final int[] adjacent;

	/** Unordered pairs of vertices that the vertex separates (0 unless an articulation point). */
	final double[] separated;

	/**
	 * For each position, how many positions its search stands for: 1 alone, the class size for the
	 * first of a class of equivalent vertices, 0 for the others (their searches are the first's).
	 */
	final int[] multiplicity;

	/**
	 * For each position, how many graph vertices it stands for on a path: the class size for the
	 * first of a class of twins, 0 for the others (folded into it, with no edges), else 1.
	 */
	final int[] copies;

	/** For each graph vertex, the twin its class is searched as (itself if it has no twin). */
	final int[] representative;

	/** Per graph vertex, the pairs of non-adjacent twins it lies between, each pair's share (1/d) summed. */
	final double[] twinPairs;

	private Blocks(int count, int[] start, int[] vertex, int[] weight, int[] blockOf, int[] offset, int[] adjacent,
			double[] separated, int[] multiplicity, int[] copies, int[] representative, double[] twinPairs) {
		this.count = count;
		this.start = start;
		this.vertex = vertex;
		this.weight = weight;
		this.blockOf = blockOf;
		this.offset = offset;
		this.adjacent = adjacent;
		this.separated = separated;
		this.multiplicity = multiplicity;
		this.copies = copies;
		this.representative = representative;
		this.twinPairs = twinPairs;
	}

	int size(int block) {
		return this.start[block + 1] - this.start[block];
	}

	/** Decomposes g; with {@code mergeTwins} false every position is its own class. */
	static Blocks of(LinkageGraph g, boolean mergeTwins) {
		int n = g.vertexCount();
		int[] disc = new int[n];
		Arrays.fill(disc, -1);
		int[] low = new int[n];
		int[] parent = new int[n];
		int[] sub = new int[n];
		int[] next = new int[n];
		int[] discovered = new int[n];
		int[] dfs = new int[n];
		int[] pending = new int[n];
		long[] pieces = new long[n];
		double[] squares = new double[n];
		int[] componentSize = new int[n];
		// Per vertex: the kept block in which it is not the head (that of the edge to its parent), or -1.
		int[] ownBlock = new int[n];
		Arrays.fill(ownBlock, -1);
		int[] local = new int[n];
		IntList heads = new IntList();
		IntList sides = new IntList();
		IntList starts = new IntList();
		IntList members = new IntList();
		int time = 0;
		for (int root = 0; root < n; root++) {
			if (disc[root] >= 0) {
				continue;
			}
			int componentStart = time;
			int top = 0;
			int pendingTop = 0;
			disc[root] = low[root] = time;
			discovered[time++] = root;
			parent[root] = -1;
			sub[root] = 1;
			next[root] = g.firstEdge(root);
			dfs[top++] = root;
			pending[pendingTop++] = root;
			while (top > 0) {
				int v = dfs[top - 1];
				if (next[v] < g.endEdge(v)) {
					int u = g.neighborAt(next[v]++);
					if (disc[u] < 0) {
						disc[u] = low[u] = time;
						discovered[time++] = u;
						parent[u] = v;
						sub[u] = 1;
						next[u] = g.firstEdge(u);
						dfs[top++] = u;
						pending[pendingTop++] = u;
					}
					else if (u != parent[v]) {
						low[v] = Math.min(low[v], disc[u]);
					}
					continue;
				}
				top--;
				int p = parent[v];
				if (p < 0) {
					continue;
				}
				low[p] = Math.min(low[p], low[v]);
				sub[p] += sub[v];
				if (low[v] < disc[p]) {
					continue;
				}
				// v's subtree hangs off p: a block of p and the vertices found since v.
				pieces[p] += sub[v];
				squares[p] += (double) sub[v] * sub[v];
				int from = pendingTop;
				do {
					from--;
				}
				while (pending[from] != v);
				if (pendingTop - from >= 2) {
					int b = heads.size();
					heads.add(p);
					sides.add(sub[v]);
					starts.add(members.size());
					members.add(p);
					for (int i = from; i < pendingTop; i++) {
						int x = pending[i];
						ownBlock[x] = b;
						local[x] = members.size() - starts.get(b);
						members.add(x);
					}
				}
				pendingTop = from;
			}
			int size = time - componentStart;
			for (int i = componentStart; i < time; i++) {
				componentSize[discovered[i]] = size;
			}
		}
		int count = heads.size();
		starts.add(members.size());
		int[] start = starts.toArray();
		int[] vertex = members.toArray();
		int positions = vertex.length;
		int[] weight = new int[positions];
		int[] blockOf = new int[positions];
		for (int b = 0; b < count; b++) {
			for (int p = start[b]; p < start[b + 1]; p++) {
				int x = vertex[p];
				blockOf[p] = b;
				weight[p] = p == start[b] ? componentSize[x] - sides.get(b) : 1 + (int) pieces[x];
			}
		}
		double[] separated = new double[n];
		for (int x = 0; x < n; x++) {
			double others = componentSize[x] - 1.0;
			double rest = others - pieces[x];
			separated[x] = (others * others - squares[x] - rest * rest) / 2;
		}
		// Each edge lies in the block of its later-discovered end's parent edge.
		int[] offset = new int[positions + 1];
		for (int x = 0; x < n; x++) {
			int b = ownBlock[x];
			if (b < 0) {
				continue;
			}
			for (int e = g.firstEdge(x); e < g.endEdge(x); e++) {
				int y = g.neighborAt(e);
				if (disc[y] < disc[x]) {
					offset[start[b] + local[x] + 1]++;
					offset[start[b] + localIn(y, b, heads, local) + 1]++;
				}
			}
		}
		for (int p = 0; p < positions; p++) {
			offset[p + 1] += offset[p];
		}
		int[] fill = Arrays.copyOf(offset, positions);
		int[] adjacent = new int[offset[positions]];
		for (int x = 0; x < n; x++) {
			int b = ownBlock[x];
			if (b < 0) {
				continue;
			}
			for (int e = g.firstEdge(x); e < g.endEdge(x); e++) {
				int y = g.neighborAt(e);
				if (disc[y] < disc[x]) {
					int lx = local[x];
					int ly = localIn(y, b, heads, local);
					adjacent[fill[start[b] + lx]++] = ly;
					adjacent[fill[start[b] + ly]++] = lx;
				}
			}
		}
		int[] multiplicity = new int[positions];
		Arrays.fill(multiplicity, 1);
		int[] copies = new int[positions];
		Arrays.fill(copies, 1);
		int[] representative = new int[n];
		for (int x = 0; x < n; x++) {
			representative[x] = x;
		}
		double[] twinPairs = new double[n];
		if (mergeTwins) {
			for (int[] cls : Twins.classes(g)) {
				// A class's vertices (degree 2 or more) share cycles, so one block holds them all,
				// and none is an articulation point; at most one is the block's head, and that one
				// stands for the class, so the head stays in the block's graph.
				int b = ownBlock[cls[0]] >= 0 ? ownBlock[cls[0]] : ownBlock[cls[1]];
				int chosen = 0;
				int[] at = new int[cls.length];
				for (int i = 0; i < cls.length; i++) {
					at[i] = start[b] + localIn(cls[i], b, heads, local);
					if (at[i] == start[b]) {
						chosen = i;
					}
				}
				for (int i = 0; i < at.length; i++) {
					multiplicity[at[i]] = i == chosen ? cls.length : 0;
					copies[at[i]] = i == chosen ? cls.length : 0;
					representative[cls[i]] = cls[chosen];
				}
				if (!adjacent(g, cls[0], cls[1])) {
					// Two twins that are not adjacent are two steps apart through each of their d
					// common neighbours: each of the k(k − 1)/2 pairs gives each neighbour 1/d.
					int d = g.degree(cls[0]);
					double share = cls.length * (cls.length - 1) / 2.0 / d;
					for (int e = g.firstEdge(cls[0]); e < g.endEdge(cls[0]); e++) {
						twinPairs[g.neighborAt(e)] += share;
					}
				}
			}
		}
		return renumbered(count, start, vertex, weight, blockOf, offset, adjacent, separated, multiplicity, copies,
				representative, twinPairs);
	}

	private static boolean adjacent(LinkageGraph g, int u, int v) {
		for (int e = g.firstEdge(u); e < g.endEdge(u); e++) {
			if (g.neighborAt(e) == v) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The same blocks with each one's vertices in breadth-first order from its head (which stays
	 * first): a search's frontier then lies in few cache lines, which on a block of tens of
	 * thousands of vertices matters more than any other constant. Positions that stand for no
	 * vertex of the search (twins folded into their class's first) lose their edges and go last.
	 * O(n + m).
	 */
	private static Blocks renumbered(int count, int[] start, int[] vertex, int[] weight, int[] blockOf, int[] offset,
			int[] adjacent, double[] separated, int[] multiplicity, int[] copies, int[] representative,
			double[] twinPairs) {
		int positions = vertex.length;
		int[] fresh = new int[positions];
		Arrays.fill(fresh, -1);
		int[] order = new int[positions];
		for (int b = 0; b < count; b++) {
			int base = start[b];
			int head = base;
			int tail = base;
			order[tail++] = base;
			fresh[base] = 0;
			while (head < tail) {
				int p = order[head++];
				for (int e = offset[p]; e < offset[p + 1]; e++) {
					int q = base + adjacent[e];
					if (fresh[q] < 0 && copies[q] > 0) {
						fresh[q] = tail - base;
						order[tail++] = q;
					}
				}
			}
			for (int q = base; q < start[b + 1]; q++) {
				if (fresh[q] < 0) {
					fresh[q] = tail - base;
					order[tail++] = q;
				}
			}
		}
		int[] newVertex = new int[positions];
		int[] newWeight = new int[positions];
		int[] newMultiplicity = new int[positions];
		int[] newCopies = new int[positions];
		int[] newOffset = new int[positions + 1];
		for (int p = 0; p < positions; p++) {
			int q = start[blockOf[p]] + fresh[p];
			newVertex[q] = vertex[p];
			newWeight[q] = weight[p];
			newMultiplicity[q] = multiplicity[p];
			newCopies[q] = copies[p];
			if (copies[p] > 0) {
				for (int e = offset[p]; e < offset[p + 1]; e++) {
					newOffset[q + 1] += copies[start[blockOf[p]] + adjacent[e]] > 0 ? 1 : 0;
				}
			}
		}
		for (int q = 0; q < positions; q++) {
			newOffset[q + 1] += newOffset[q];
		}
		int[] newAdjacent = new int[adjacent.length];
		for (int q = 0; q < positions; q++) {
			int p = order[q];
			int at = newOffset[q];
			for (int e = offset[p]; e < offset[p + 1] && copies[p] > 0; e++) {
				int r = start[blockOf[p]] + adjacent[e];
				if (copies[r] > 0) {
					newAdjacent[at++] = fresh[r];
				}
			}
			Arrays.sort(newAdjacent, newOffset[q], at);
		}
		return new Blocks(count, start, newVertex, newWeight, blockOf, newOffset, Arrays.copyOf(newAdjacent,
				newOffset[positions]), separated, newMultiplicity, newCopies, representative, twinPairs);
	}

	private static int localIn(int y, int b, IntList heads, int[] local) {
		return heads.get(b) == y ? 0 : local[y];
	}

	/** A growable int array. */
	static final class IntList {

		private int[] values = new int[16];

		private int size;

		void add(int v) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = v;
		}

		int get(int i) {
			return this.values[i];
		}

		int size() {
			return this.size;
		}

		int[] toArray() {
			return Arrays.copyOf(this.values, this.size);
		}

	}

}
