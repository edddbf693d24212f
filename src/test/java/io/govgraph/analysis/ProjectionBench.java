package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.boot.test.context.TestComponent;

/**
 * The projection memory benchmark's handle on the package-private projection: projects the whole
 * store a few times, keeping each graph reachable while the heap is measured. Test code only.
 */
@TestComponent
public class ProjectionBench {

	private final GraphProjection projection;

	ProjectionBench(GraphProjection projection) {
		this.projection = projection;
	}

	/**
	 * One district's projection: its size, the median projection time and retained heap over the
	 * runs, and the computed sizes of the graph arrays and of the id mapping (0 when not known).
	 */
	public record Measured(int vertices, int edges, double seconds, long heapBytes, long graphBytes, long idBytes) {
	}

	/**
	 * Projects the whole store {@code runs} times (after one unmeasured run to warm up): the heap
	 * retained by each graph is the used heap after three {@code System.gc()} with the graph
	 * reachable, less the same before the projection.
	 */
	public Measured measure(LocalDate day, int runs) {
		this.projection.project(null, day);
		double[] seconds = new double[runs];
		long[] heap = new long[runs];
		LinkageGraph g = null;
		for (int i = 0; i < runs; i++) {
			g = null;
			long before = usedHeap();
			long t = System.nanoTime();
			g = this.projection.project(null, day).graph();
			seconds[i] = (System.nanoTime() - t) / 1e9;
			heap[i] = usedHeap() - before;
		}
		Arrays.sort(seconds);
		Arrays.sort(heap);
		LinkageGraph.Footprint f = g.footprint();
		return new Measured(g.vertexCount(), g.edgeCount(), seconds[runs / 2], heap[runs / 2], f.graphBytes(),
				f.idBytes());
	}

	static long usedHeap() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return rt.totalMemory() - rt.freeMemory();
	}

}
