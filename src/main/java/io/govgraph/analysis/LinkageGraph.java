package io.govgraph.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The linkage graph of docs/spec/analysis.md as compact arrays: vertices 0..n-1 in id order (so that "ties
 * by id" is "ties by index"), an undirected simple graph in compressed sparse row form. Built once
 * per question from a streamed projection; O(n + m) memory.
 */
public final class LinkageGraph {

	private final String[] ids;

	private final String[] types;

	private final int[] offsets;

	private final int[] neighbors;

	private final Map<String, Integer> index;

	private LinkageGraph(String[] ids, String[] types, int[] offsets, int[] neighbors) {
		this.ids = ids;
		this.types = types;
		this.offsets = offsets;
		this.neighbors = neighbors;
		this.index = new HashMap<>(ids.length * 2);
		for (int i = 0; i < ids.length; i++) {
			this.index.put(ids[i], i);
		}
	}

	/** Collects vertices and edges, then builds the graph: parallel edges collapse, self-loops drop. */
	public static final class Builder {

		private final Map<String, String> vertices = new HashMap<>();

		private String[][] edgeEnds = new String[1024][];

		private int edgeCount;

		/** Adds a vertex; {@code type} is a v1 unit type, or {@code PERSON}. */
		public Builder vertex(String id, String type) {
			this.vertices.putIfAbsent(id, type);
			return this;
		}

		/** Adds an edge; edges whose ends are not both vertices are dropped at {@link #build()}. */
		public Builder edge(String a, String b) {
			if (this.edgeCount == this.edgeEnds.length) {
				this.edgeEnds = Arrays.copyOf(this.edgeEnds, this.edgeCount * 2);
			}
			this.edgeEnds[this.edgeCount++] = new String[] { a, b };
			return this;
		}

		public LinkageGraph build() {
			String[] ids = this.vertices.keySet().toArray(String[]::new);
			Arrays.sort(ids);
			String[] types = new String[ids.length];
			Map<String, Integer> index = new HashMap<>(ids.length * 2);
			for (int i = 0; i < ids.length; i++) {
				index.put(ids[i], i);
				types[i] = this.vertices.get(ids[i]);
			}
			long[] packed = new long[this.edgeCount];
			int kept = 0;
			for (int e = 0; e < this.edgeCount; e++) {
				Integer a = index.get(this.edgeEnds[e][0]);
				Integer b = index.get(this.edgeEnds[e][1]);
				if (a == null || b == null || a.intValue() == b.intValue()) {
					continue;
				}
				int lo = Math.min(a, b);
				int hi = Math.max(a, b);
				packed[kept++] = ((long) lo << 32) | hi;
			}
			long[] sorted = Arrays.copyOf(packed, kept);
			Arrays.sort(sorted);
			int unique = 0;
			for (int e = 0; e < sorted.length; e++) {
				if (e == 0 || sorted[e] != sorted[e - 1]) {
					sorted[unique++] = sorted[e];
				}
			}
			int[] degree = new int[ids.length];
			for (int e = 0; e < unique; e++) {
				degree[(int) (sorted[e] >>> 32)]++;
				degree[(int) sorted[e]]++;
			}
			int[] offsets = new int[ids.length + 1];
			for (int v = 0; v < ids.length; v++) {
				offsets[v + 1] = offsets[v] + degree[v];
			}
			int[] fill = Arrays.copyOf(offsets, ids.length);
			int[] neighbors = new int[2 * unique];
			for (int e = 0; e < unique; e++) {
				int a = (int) (sorted[e] >>> 32);
				int b = (int) sorted[e];
				neighbors[fill[a]++] = b;
				neighbors[fill[b]++] = a;
			}
			for (int v = 0; v < ids.length; v++) {
				Arrays.sort(neighbors, offsets[v], offsets[v + 1]);
			}
			return new LinkageGraph(ids, types, offsets, neighbors);
		}

	}

	public static Builder builder() {
		return new Builder();
	}

	public int vertexCount() {
		return this.ids.length;
	}

	public int edgeCount() {
		return this.neighbors.length / 2;
	}

	public String id(int v) {
		return this.ids[v];
	}

	/** The v1 unit type of a unit, or {@code PERSON}. */
	public String type(int v) {
		return this.types[v];
	}

	/** The index of a vertex id, or -1. */
	public int indexOf(String id) {
		Integer i = this.index.get(id);
		return i == null ? -1 : i;
	}

	public int degree(int v) {
		return this.offsets[v + 1] - this.offsets[v];
	}

	int firstEdge(int v) {
		return this.offsets[v];
	}

	int endEdge(int v) {
		return this.offsets[v + 1];
	}

	int neighborAt(int edgeSlot) {
		return this.neighbors[edgeSlot];
	}

}
