package io.govgraph.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The linkage graph of docs/spec/analysis.md as compact arrays: vertices 0..n-1 in id order (so that "ties
 * by id" is "ties by index"), an undirected simple graph in compressed sparse row form. Built once
 * per question from a streamed projection; O(n + m) memory. Ids live in one character blob with
 * offsets (one byte a character while every id is Latin-1, as {@link String} itself does), found by
 * binary search since they are sorted; types are one-byte codes into the few distinct type names.
 */
public final class LinkageGraph {

	/** Bytes of an array's header (mark, class pointer, length) on a 64-bit JVM with compressed pointers. */
	static final int ARRAY_HEADER = 16;

	/** Every id's characters in vertex order: one byte each, or two (big-endian) when {@link #wide}. */
	private final byte[] idChars;

	/** Whether {@link #idChars} holds two bytes a character (some id is not Latin-1). */
	private final boolean wide;

	/** Vertex v's id is characters {@code idStarts[v]} to {@code idStarts[v + 1]} of {@link #idChars}. */
	private final int[] idStarts;

	/** Vertex v's type is {@code typeNames[typeCodes[v] & 0xFF]}. */
	private final byte[] typeCodes;

	private final String[] typeNames;

	private final int[] offsets;

	private final int[] neighbors;

	private LinkageGraph(byte[] idChars, boolean wide, int[] idStarts, byte[] typeCodes, String[] typeNames,
			int[] offsets, int[] neighbors) {
		this.idChars = idChars;
		this.wide = wide;
		this.idStarts = idStarts;
		this.typeCodes = typeCodes;
		this.typeNames = typeNames;
		this.offsets = offsets;
		this.neighbors = neighbors;
	}

	/**
	 * Collects vertices and edges, then builds the graph: parallel edges collapse, self-loops drop.
	 * Every id seen (as a vertex or an edge end) is stored once in a character blob and interned to a
	 * provisional number by an open-addressing table; edges are kept as pairs of those numbers in one
	 * {@code long[]}, so the rows streamed in leave no strings behind.
	 */
	public static final class Builder {

		/** Types beyond this many distinct names do not fit a one-byte code. */
		static final int MAX_TYPES = 256;

		private final CharBlob blob = new CharBlob();

		/** Provisional number + 1 in each slot, 0 when the slot is free; a power of two long. */
		private int[] slots = new int[1024];

		/** The {@link String#hashCode()} of each provisional id, for probing and rehashing. */
		private int[] hashes = new int[512];

		/** The type code + 1 of each provisional id that is a vertex, 0 for an id only seen as an edge end. */
		private byte[] typeOf = new byte[512];

		private final List<String> typeNames = new ArrayList<>();

		private long[] edgeEnds = new long[1024];

		private int edgeCount;

		/** Adds a vertex; {@code type} is a v1 unit type, or {@code PERSON}. The first type given stays. */
		public Builder vertex(String id, String type) {
			int p = intern(id);
			if (this.typeOf[p] == 0) {
				this.typeOf[p] = (byte) (typeCode(type) + 1);
			}
			return this;
		}

		/** Adds an edge; edges whose ends are not both vertices are dropped at {@link #build()}. */
		public Builder edge(String a, String b) {
			int pa = intern(a);
			int pb = intern(b);
			if (this.edgeCount == this.edgeEnds.length) {
				this.edgeEnds = Arrays.copyOf(this.edgeEnds, grown(this.edgeCount));
			}
			this.edgeEnds[this.edgeCount++] = ((long) pa << 32) | pb;
			return this;
		}

		private int typeCode(String type) {
			for (int i = 0; i < this.typeNames.size(); i++) {
				if (Objects.equals(this.typeNames.get(i), type)) {
					return i;
				}
			}
			// one byte holds the code + 1, hence one fewer than 256
			if (this.typeNames.size() == MAX_TYPES - 1) {
				throw new IllegalArgumentException("Vertex type " + type + ": the linkage graph holds at most "
						+ (MAX_TYPES - 1) + " distinct vertex types");
			}
			this.typeNames.add(type);
			return this.typeNames.size() - 1;
		}

		/** The provisional number of an id, storing it the first time it is seen. */
		private int intern(String id) {
			Objects.requireNonNull(id, "vertex id");
			int hash = id.hashCode();
			int mask = this.slots.length - 1;
			int slot = mix(hash) & mask;
			while (this.slots[slot] != 0) {
				int p = this.slots[slot] - 1;
				if (this.hashes[p] == hash && this.blob.compare(p, id) == 0) {
					return p;
				}
				slot = (slot + 1) & mask;
			}
			int p = this.blob.add(id);
			if (p == this.hashes.length) {
				this.hashes = Arrays.copyOf(this.hashes, grown(p));
				this.typeOf = Arrays.copyOf(this.typeOf, this.hashes.length);
			}
			this.hashes[p] = hash;
			this.slots[slot] = p + 1;
			// at most half full, so that probes stay short
			if (2 * (p + 1) > this.slots.length) {
				rehash();
			}
			return p;
		}

		private void rehash() {
			if (this.slots.length >= 1 << 30) {
				throw new IllegalStateException("The linkage graph holds at most 2^29 distinct ids");
			}
			int[] larger = new int[this.slots.length * 2];
			int mask = larger.length - 1;
			for (int p = 0; p < this.blob.count(); p++) {
				int slot = mix(this.hashes[p]) & mask;
				while (larger[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				larger[slot] = p + 1;
			}
			this.slots = larger;
		}

		/** Spreads String hashes, which differ mostly in their low bits for ids that share a prefix. */
		private static int mix(int hash) {
			int h = hash * 0x9E3779B9;
			return h ^ (h >>> 16);
		}

		private static int grown(int length) {
			long larger = length + (length >> 1) + 16L;
			if (larger > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("The linkage graph holds at most " + (Integer.MAX_VALUE - 8)
						+ " edges and ids");
			}
			return (int) larger;
		}

		/** Builds the graph; the builder gives up its arrays to it, so it builds once. */
		public LinkageGraph build() {
			if (this.edgeEnds == null) {
				throw new IllegalStateException("A linkage graph builder builds one graph");
			}
			int seen = this.blob.count();
			int n = 0;
			for (int p = 0; p < seen; p++) {
				if (this.typeOf[p] != 0) {
					n++;
				}
			}
			int[] order = new int[n];
			for (int p = 0, i = 0; p < seen; p++) {
				if (this.typeOf[p] != 0) {
					order[i++] = p;
				}
			}
			this.slots = null;
			this.hashes = null;
			this.blob.sort(order);
			int[] index = new int[seen];
			Arrays.fill(index, -1);
			byte[] typeCodes = new byte[n];
			for (int v = 0; v < n; v++) {
				index[order[v]] = v;
				typeCodes[v] = (byte) (this.typeOf[order[v]] - 1);
			}
			this.typeOf = null;
			CharBlob ids = this.blob.select(order);
			order = null;
			long[] packed = this.edgeEnds;
			this.edgeEnds = null;
			int kept = 0;
			for (int e = 0; e < this.edgeCount; e++) {
				int a = index[(int) (packed[e] >>> 32)];
				int b = index[(int) packed[e]];
				if (a < 0 || b < 0 || a == b) {
					continue;
				}
				packed[kept++] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
			}
			index = null;
			Arrays.sort(packed, 0, kept);
			int unique = 0;
			for (int e = 0; e < kept; e++) {
				if (e == 0 || packed[e] != packed[e - 1]) {
					packed[unique++] = packed[e];
				}
			}
			int[] offsets = new int[n + 1];
			for (int e = 0; e < unique; e++) {
				offsets[(int) (packed[e] >>> 32) + 1]++;
				offsets[(int) packed[e] + 1]++;
			}
			for (int v = 0; v < n; v++) {
				offsets[v + 1] += offsets[v];
			}
			int[] fill = Arrays.copyOf(offsets, n);
			int[] neighbors = new int[2 * unique];
			// In (lo, hi) order each vertex first meets its lower neighbours in increasing order, then its
			// higher ones in increasing order: every neighbour list comes out sorted.
			for (int e = 0; e < unique; e++) {
				int a = (int) (packed[e] >>> 32);
				int b = (int) packed[e];
				neighbors[fill[a]++] = b;
				neighbors[fill[b]++] = a;
			}
			return new LinkageGraph(ids.chars(), ids.wide(), ids.starts(), typeCodes,
					this.typeNames.toArray(String[]::new), offsets, neighbors);
		}

	}

	/**
	 * A growable blob of strings' characters with their start offsets: one byte a character until a
	 * string that is not Latin-1 arrives, two bytes (big-endian) from then on.
	 */
	private static final class CharBlob {

		private byte[] chars;

		private boolean wide;

		private int[] starts;

		private int count;

		/** Characters stored so far. */
		private int length;

		CharBlob() {
			this(new byte[4096], false, new int[513], 0, 0);
		}

		private CharBlob(byte[] chars, boolean wide, int[] starts, int count, int length) {
			this.chars = chars;
			this.wide = wide;
			this.starts = starts;
			this.count = count;
			this.length = length;
		}

		int count() {
			return this.count;
		}

		byte[] chars() {
			return this.chars;
		}

		boolean wide() {
			return this.wide;
		}

		int[] starts() {
			return this.starts;
		}

		/** Stores a string, returning its number. */
		int add(String s) {
			if (!this.wide) {
				for (int i = 0; i < s.length(); i++) {
					if (s.charAt(i) > 0xFF) {
						widen();
						break;
					}
				}
			}
			int width = this.wide ? 2 : 1;
			long end = (long) this.length + s.length();
			if (end * width > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("The linkage graph's ids exceed " + (Integer.MAX_VALUE - 8) + " bytes");
			}
			if (end * width > this.chars.length) {
				this.chars = Arrays.copyOf(this.chars, (int) Math.min(Integer.MAX_VALUE - 8,
						Math.max(end * width, (long) this.chars.length * 3 / 2 + 16)));
			}
			if (this.count + 1 == this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, Builder.grown(this.starts.length));
			}
			for (int i = 0; i < s.length(); i++) {
				put(this.length + i, s.charAt(i));
			}
			this.length = (int) end;
			this.starts[++this.count] = this.length;
			return this.count - 1;
		}

		private void put(int at, char c) {
			if (this.wide) {
				this.chars[2 * at] = (byte) (c >>> 8);
				this.chars[2 * at + 1] = (byte) c;
			}
			else {
				this.chars[at] = (byte) c;
			}
		}

		private void widen() {
			if (2L * this.chars.length > Integer.MAX_VALUE - 8) {
				throw new IllegalStateException("The linkage graph's ids exceed " + (Integer.MAX_VALUE - 8) + " bytes");
			}
			byte[] two = new byte[2 * this.chars.length];
			for (int i = 0; i < this.length; i++) {
				two[2 * i + 1] = this.chars[i];
			}
			this.chars = two;
			this.wide = true;
		}

		char charAt(int at) {
			return this.wide ? (char) (((this.chars[2 * at] & 0xFF) << 8) | (this.chars[2 * at + 1] & 0xFF))
					: (char) (this.chars[at] & 0xFF);
		}

		/** {@code String.compareTo} between string {@code p} and {@code s}. */
		int compare(int p, String s) {
			int from = this.starts[p];
			int len = this.starts[p + 1] - from;
			int common = Math.min(len, s.length());
			for (int i = 0; i < common; i++) {
				int d = charAt(from + i) - s.charAt(i);
				if (d != 0) {
					return d;
				}
			}
			return len - s.length();
		}

		/** {@code String.compareTo} between strings {@code p} and {@code q}. */
		int compare(int p, int q) {
			int pFrom = this.starts[p];
			int pLen = this.starts[p + 1] - pFrom;
			int qFrom = this.starts[q];
			int qLen = this.starts[q + 1] - qFrom;
			int common = Math.min(pLen, qLen);
			for (int i = 0; i < common; i++) {
				int d = charAt(pFrom + i) - charAt(qFrom + i);
				if (d != 0) {
					return d;
				}
			}
			return pLen - qLen;
		}

		String get(int p) {
			int from = this.starts[p];
			int len = this.starts[p + 1] - from;
			return this.wide ? new String(this.chars, 2 * from, 2 * len, StandardCharsets.UTF_16BE)
					: new String(this.chars, from, len, StandardCharsets.ISO_8859_1);
		}

		/** Sorts string numbers into {@code String.compareTo} order (a merge sort, stable). */
		void sort(int[] order) {
			int[] from = order;
			int[] to = new int[order.length];
			for (int width = 1; width < order.length; width *= 2) {
				for (int lo = 0; lo < order.length; lo += 2 * width) {
					int mid = Math.min(lo + width, order.length);
					int hi = Math.min(lo + 2 * width, order.length);
					int i = lo;
					int j = mid;
					int k = lo;
					while (i < mid && j < hi) {
						to[k++] = compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
					}
					while (i < mid) {
						to[k++] = from[i++];
					}
					while (j < hi) {
						to[k++] = from[j++];
					}
				}
				int[] swap = from;
				from = to;
				to = swap;
			}
			if (from != order) {
				System.arraycopy(from, 0, order, 0, order.length);
			}
		}

		/** A new blob of exactly the strings {@code order} names, in that order, sized to fit. */
		CharBlob select(int[] order) {
			int[] starts = new int[order.length + 1];
			for (int v = 0; v < order.length; v++) {
				starts[v + 1] = starts[v] + this.starts[order[v] + 1] - this.starts[order[v]];
			}
			int width = this.wide ? 2 : 1;
			byte[] chars = new byte[starts[order.length] * width];
			for (int v = 0; v < order.length; v++) {
				int from = this.starts[order[v]];
				System.arraycopy(this.chars, from * width, chars, starts[v] * width,
						(this.starts[order[v] + 1] - from) * width);
			}
			return new CharBlob(chars, this.wide, starts, order.length, starts[order.length]);
		}

	}

	public static Builder builder() {
		return new Builder();
	}

	public int vertexCount() {
		return this.idStarts.length - 1;
	}

	public int edgeCount() {
		return this.neighbors.length / 2;
	}

	/** The id of a vertex (a new string each call: ids are stored as characters, not strings). */
	public String id(int v) {
		return view().get(v);
	}

	/** The v1 unit type of a unit, or {@code PERSON}. */
	public String type(int v) {
		return this.typeNames[this.typeCodes[v] & 0xFF];
	}

	/** The index of a vertex id, or -1 (a binary search: vertices are in id order). */
	public int indexOf(String id) {
		CharBlob ids = view();
		int lo = 0;
		int hi = vertexCount() - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			int c = ids.compare(mid, id);
			if (c < 0) {
				lo = mid + 1;
			}
			else if (c > 0) {
				hi = mid - 1;
			}
			else {
				return mid;
			}
		}
		return -1;
	}

	private CharBlob view() {
		return new CharBlob(this.idChars, this.wide, this.idStarts, vertexCount(), this.idStarts[vertexCount()]);
	}

	public int degree(int v) {
		return this.offsets[v + 1] - this.offsets[v];
	}

	/**
	 * The heap the graph's arrays take, computed from their lengths: the adjacency (offsets and
	 * neighbours) and the id mapping (id characters, their offsets, type codes and names).
	 */
	public record Footprint(long graphBytes, long idBytes) {

		public long totalBytes() {
			return this.graphBytes + this.idBytes;
		}

	}

	public Footprint footprint() {
		long graph = array(4L * this.offsets.length) + array(4L * this.neighbors.length);
		long names = array(4L * this.typeNames.length);
		for (String name : this.typeNames) {
			// a String object (24 bytes) and its Latin-1 or UTF-16 value array
			names += name == null ? 0 : 24 + array((long) name.length() * (name.chars().allMatch(c -> c <= 0xFF) ? 1 : 2));
		}
		long ids = array(this.idChars.length) + array(4L * this.idStarts.length) + array(this.typeCodes.length) + names;
		return new Footprint(graph, ids);
	}

	/** An array's size on the heap: header and payload, rounded up to 8 bytes. */
	private static long array(long payload) {
		return (ARRAY_HEADER + payload + 7) & ~7L;
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
