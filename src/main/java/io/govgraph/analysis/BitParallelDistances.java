package io.govgraph.analysis;

import java.util.stream.IntStream;

/**
 * Distance sums from many sources at once: the multi-source breadth-first search of M. Then,
 * M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann and H. T. Vo, "The more
 * the merrier: efficient multi-source graph traversal", PVLDB 8(4), 2014. Sixty-four sources share
 * one search, each a bit of a word per vertex, so an edge is read once per level for all of them;
 * sources are taken in breadth-first order ({@link CompactGraph}), so a word's sources are close
 * and their frontiers overlap. How many vertices each source reaches at a level is kept in
 * bit-sliced counters (one word per binary digit), so the count of 64 sources costs a few word
 * operations per vertex. O(levels·(n + m)) word operations per 64 sources, O(n) words per thread.
 */
final class BitParallelDistances {

	/** Per source: vertices reached (itself included), Σd, Σ1/d, and 1 + Σ1/(d+1) (its pendants' view). */
	record Sums(int[] reached, long[] total, double[] harmonic, double[] shifted) {
	}

	private BitParallelDistances() {
	}

	/** Sums for each of {@code sources} (graph vertices), indexed like {@code sources}. */
	static Sums of(LinkageGraph g, int[] sources) {
		CompactGraph c = CompactGraph.of(g);
		int k = sources.length;
		// Positions of the sources, sorted by their new index, so a batch is a neighbourhood.
		long[] keyed = new long[k];
		for (int i = 0; i < k; i++) {
			keyed[i] = ((long) c.renumbered[sources[i]] << 32) | i;
		}
		java.util.Arrays.sort(keyed);
		int batches = (k + 63) / 64;
		int[] reached = new int[k];
		long[] total = new long[k];
		double[] harmonic = new double[k];
		double[] shifted = new double[k];
		int n = c.vertexCount();
		ThreadLocal<Work> work = ThreadLocal.withInitial(() -> new Work(n));
		AnalysisProgress progress = AnalysisProgress.current();
		progress.expect(batches);
		IntStream.range(0, batches).parallel().forEach(b -> {
			progress.step();
			int from = b * 64;
			int to = Math.min(k, from + 64);
			int[] at = new int[to - from];
			int[] index = new int[to - from];
			for (int i = from; i < to; i++) {
				at[i - from] = (int) (keyed[i] >>> 32);
				index[i - from] = (int) keyed[i];
			}
			long[][] levels = work.get().search(c, at);
			for (int j = 0; j < at.length; j++) {
				int i = index[j];
				int r = 1;
				long sum = 0;
				double inverse = 0;
				double inverseShifted = 1;
				for (int d = 1; d < levels.length && levels[d] != null; d++) {
					long count = levels[d][j];
					r += (int) count;
					sum += d * count;
					inverse += count / (double) d;
					inverseShifted += count / (double) (d + 1);
				}
				reached[i] = r;
				total[i] = sum;
				harmonic[i] = inverse;
				shifted[i] = inverseShifted;
			}
		});
		return new Sums(reached, total, harmonic, shifted);
	}

	/** The per-thread words of one batch's search, reused across batches; left all zero after each. */
	static final class Work {

		private final long[] seen;

		private final long[] visit;

		private final long[] next;

		private final int[] frontier;

		private final int[] touched;

		/** Bit-sliced counters: plane p holds digit p of each source's count at this level. */
		private final long[] planes = new long[32];

		/** Per level, per source of the batch, how many vertices it first reaches there. */
		private long[][] levels = new long[64][];

		Work(int n) {
			this.seen = new long[n];
			this.visit = new long[n];
			this.next = new long[n];
			this.frontier = new int[n];
			this.touched = new int[n];
		}

		/** Searches from the sources {@code at} (new indices), bit j for {@code at[j]}; returns the level counts. */
		long[][] search(CompactGraph c, int[] at) {
			int[] offset = c.offset;
			int[] adjacent = c.adjacent;
			long[] seen = this.seen;
			long[] visit = this.visit;
			long[] next = this.next;
			int[] frontier = this.frontier;
			int[] touched = this.touched;
			long[] planes = this.planes;
			java.util.Arrays.fill(seen, 0);
			int size = 0;
			for (int j = 0; j < at.length; j++) {
				int s = at[j];
				if (visit[s] == 0) {
					frontier[size++] = s;
				}
				visit[s] |= 1L << j;
				seen[s] |= 1L << j;
			}
			int level = 0;
			java.util.Arrays.fill(this.levels, null);
			while (size > 0) {
				level++;
				int t = 0;
				for (int i = 0; i < size; i++) {
					int v = frontier[i];
					long bits = visit[v];
					for (int e = offset[v], end = offset[v + 1]; e < end; e++) {
						int u = adjacent[e];
						long before = next[u];
						if (before == 0) {
							touched[t++] = u;
						}
						next[u] = before | bits;
					}
				}
				for (int i = 0; i < size; i++) {
					visit[frontier[i]] = 0;
				}
				int top = 0;
				int newSize = 0;
				for (int i = 0; i < t; i++) {
					int u = touched[i];
					long fresh = next[u] & ~seen[u];
					next[u] = 0;
					if (fresh == 0) {
						continue;
					}
					seen[u] |= fresh;
					visit[u] = fresh;
					frontier[newSize++] = u;
					// Adds fresh to the counters: a ripple-carry add of 64 one-bit numbers at once.
					long carry = fresh;
					for (int p = 0; carry != 0; p++) {
						long both = planes[p] & carry;
						planes[p] ^= carry;
						carry = both;
						top = Math.max(top, p + 1);
					}
				}
				size = newSize;
				if (size == 0) {
					break;
				}
				if (level >= this.levels.length) {
					this.levels = java.util.Arrays.copyOf(this.levels, this.levels.length * 2);
				}
				long[] counts = new long[at.length];
				for (int p = 0; p < top; p++) {
					long plane = planes[p];
					planes[p] = 0;
					while (plane != 0) {
						int j = Long.numberOfTrailingZeros(plane);
						counts[j] += 1L << p;
						plane &= plane - 1;
					}
				}
				this.levels[level] = counts;
			}
			return this.levels;
		}

	}

}
