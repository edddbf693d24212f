package io.govgraph.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestComponent;

/**
 * The benchmark's handle on the package-private analysis engine: project, time a measure, write
 * the edge list for the peers, compare their values. Test code only.
 */
@TestComponent
public class AnalysisBench {

	private final GraphProjection projection;

	private final AnalysisService service;

	private LinkageGraph graph;

	AnalysisBench(GraphProjection projection, AnalysisService service) {
		this.projection = projection;
		this.service = service;
	}

	/** Seconds a step took, with the graph size and (for measures) the scores. */
	public record Timed(double seconds, int vertexCount, int edgeCount, double[] scores) {
	}

	public Timed project(LocalDate day) {
		long t = System.nanoTime();
		this.graph = this.projection.project(null, day).graph();
		return new Timed((System.nanoTime() - t) / 1e9, this.graph.vertexCount(), this.graph.edgeCount(), null);
	}

	/** Times a measure: exact when {@code sample} is null (whatever the service's own limit), else sampled. */
	public Timed measure(CentralityMeasure measure, Integer sample) {
		long t = System.nanoTime();
		int sources = sample != null ? sample : this.graph.vertexCount();
		double[] scores = this.service.scores(this.graph, measure, sources, 1).values();
		return new Timed((System.nanoTime() - t) / 1e9, this.graph.vertexCount(), this.graph.edgeCount(), scores);
	}

	public void writeEdgeList(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<String> vertices = new ArrayList<>();
		List<String> edges = new ArrayList<>();
		for (int v = 0; v < this.graph.vertexCount(); v++) {
			vertices.add(this.graph.id(v));
			for (int e = this.graph.firstEdge(v); e < this.graph.endEdge(v); e++) {
				if (this.graph.neighborAt(e) > v) {
					edges.add(this.graph.id(v) + "\t" + this.graph.id(this.graph.neighborAt(e)));
				}
			}
		}
		Files.write(dir.resolve("vertices.txt"), vertices);
		Files.write(dir.resolve("edges.tsv"), edges);
	}

	/** The largest relative difference to a peer's values (abs. below 1e-12 ignored), or "n/a". */
	public String maxRelativeDifference(Timed ours, Map<String, Double> theirs) {
		if (theirs == null) {
			return "n/a";
		}
		double max = 0;
		for (int v = 0; v < this.graph.vertexCount(); v++) {
			Double expected = theirs.get(this.graph.id(v));
			if (expected == null) {
				continue;
			}
			double diff = Math.abs(ours.scores()[v] - expected);
			if (diff > 1e-12) {
				max = Math.max(max, diff / Math.max(Math.abs(expected), 1e-300));
			}
		}
		return String.format("%.1e", max);
	}

}
