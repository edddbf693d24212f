package io.govgraph.analysis;

/**
 * The side vertices of the blocks of {@link Blocks} (A. E. Sariyüce, E. Saule, K. Kaya and
 * Ü. V. Çatalyürek, "Shattering and compressing networks for betweenness centrality", SDM 2013):
 * those whose neighbours in their block are all adjacent to one another, such as a person holding
 * posts on a unit and on its parent, or on two linked units. A side vertex lies on no shortest
 * path between two others (a path through it has a shortcut past it), so taking the side vertices
 * out of a block changes no distance and no number of shortest paths between the vertices left.
 * Exact betweenness therefore searches from each side vertex on the whole block, counting the
 * pairs it makes with the vertices left whole (those targets weigh twice, as the pair is not seen
 * from their end), and from every other vertex on the block without its side vertices. Found by
 * checking the neighbours of each vertex of degree up to {@value #MAX_DEGREE} pairwise (at most 28
 * pairs, each by a scan of the shorter of the two neighbour lists): O(n·d + m) time, d the largest
 * degree, and O(n + m) space.
 */
final class SideVertices {

	/** Vertices of higher degree in their block are not checked (a clique of their neighbours is unlikely, and dear to check). */
	static final int MAX_DEGREE = 8;

	/** By position of {@link Blocks}: whether the vertex there is a side vertex of its block. */
	final boolean[] side;

	/** The blocks' local adjacency without the side vertices, by position (a side vertex has none). */
	final int[] offset;

	final int[] adjacent;

	/** Target weights for the searches from side vertices: the blocks' own, doubled where not a side vertex. */
	final int[] targetWeight;

	/** How many positions are side vertices. */
	final int count;

	private SideVertices(boolean[] side, int[] offset, int[] adjacent, int[] targetWeight, int count) {
		this.side = side;
		this.offset = offset;
		this.adjacent = adjacent;
		this.targetWeight = targetWeight;
		this.count = count;
	}

	/** No side vertex: every search on the whole block. */
	static SideVertices none(Blocks blocks) {
		return new SideVertices(new boolean[blocks.vertex.length], blocks.offset, blocks.adjacent, blocks.weight, 0);
	}

	static SideVertices of(Blocks blocks) {
		int positions = blocks.vertex.length;
		boolean[] side = new boolean[positions];
		int count = 0;
		for (int p = 0; p < positions; p++) {
			if (blocks.copies[p] > 0 && isSide(blocks, p)) {
				side[p] = true;
				count++;
			}
		}
		int[] offset = new int[positions + 1];
		int[] adjacent = new int[blocks.adjacent.length];
		int at = 0;
		for (int p = 0; p < positions; p++) {
			offset[p] = at;
			if (!side[p]) {
				int base = blocks.start[blocks.blockOf[p]];
				for (int e = blocks.offset[p]; e < blocks.offset[p + 1]; e++) {
					int u = blocks.adjacent[e];
					if (!side[base + u]) {
						adjacent[at++] = u;
					}
				}
			}
		}
		offset[positions] = at;
		int[] targetWeight = new int[positions];
		for (int p = 0; p < positions; p++) {
			targetWeight[p] = side[p] ? blocks.weight[p] : 2 * blocks.weight[p];
		}
		return new SideVertices(side, offset, java.util.Arrays.copyOf(adjacent, at), targetWeight, count);
	}

	/** Whether the neighbours of the vertex at position p are pairwise adjacent in its block. */
	private static boolean isSide(Blocks blocks, int p) {
		int from = blocks.offset[p];
		int to = blocks.offset[p + 1];
		if (to - from < 1 || to - from > MAX_DEGREE) {
			return false;
		}
		int base = blocks.start[blocks.blockOf[p]];
		for (int i = from; i < to; i++) {
			for (int j = i + 1; j < to; j++) {
				if (!adjacent(blocks, base + blocks.adjacent[i], base + blocks.adjacent[j])) {
					return false;
				}
			}
		}
		return true;
	}

	/** Whether positions x and y of one block are adjacent: the shorter list is scanned. */
	private static boolean adjacent(Blocks blocks, int x, int y) {
		if (blocks.offset[x + 1] - blocks.offset[x] > blocks.offset[y + 1] - blocks.offset[y]) {
			int t = x;
			x = y;
			y = t;
		}
		int local = y - blocks.start[blocks.blockOf[y]];
		for (int e = blocks.offset[x]; e < blocks.offset[x + 1]; e++) {
			if (blocks.adjacent[e] == local) {
				return true;
			}
		}
		return false;
	}

}
