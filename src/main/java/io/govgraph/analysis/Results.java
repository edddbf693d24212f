package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.List;

/** The records the analysis GraphQL fields answer with. */
public final class Results {

	private Results() {
	}

	/** A vertex id and its score; the GraphQL {@code VertexScore} resolves the vertex. */
	public record VertexScore(String vertexId, double score) {
	}

	/** {@code CentralityResult} of docs/spec/interfaces.md. */
	public record CentralityResult(CentralityMeasure measure, boolean approximate, Integer sampleSize,
			int vertexCount, int edgeCount, List<VertexScore> scores, long millis) {
	}

	/** A count of drivers of one unit type. */
	public record TypeCount(String type, int count) {
	}

	/** An edge whose removal disconnects the graph, with more than one vertex on each side. */
	public record Bridge(String aId, String bId) {
	}

	/** {@code AxisReport} of docs/spec/interfaces.md, plus bridges and whether betweenness was sampled. */
	public record AxisReport(String streetId, int axisRank, double axisShare, int fragmentationWithoutAxis,
			List<TypeCount> drivers, double driverCoverage, List<VertexScore> topDrivers,
			List<String> singlePointsOfFailureIds, List<Bridge> bridges, boolean approximate, Integer sampleSize,
			int vertexCount, int edgeCount) {
	}

	/** A pair of units whose shortest paths run through a vertex. */
	public record PairThrough(String fromId, String toId, double shortestPaths, double throughVertex, double share) {
	}

	/** Why a vertex has its betweenness: the pairs it lies between most. */
	public record BetweennessExplanation(String vertexId, double betweenness, boolean approximate,
			Integer sampleSize, List<PairThrough> pairs) {
	}

	/** A stored analysis result ({@code :AnalysisRun}). */
	public record AnalysisRun(String id, CentralityMeasure measure, String scopeId, LocalDate asOf, boolean approximate,
			Integer sampleSize, Integer seed, int vertexCount, int edgeCount, long millis, String createdAt,
			List<VertexScore> scores) {
	}

}
