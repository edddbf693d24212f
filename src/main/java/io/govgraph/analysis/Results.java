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
			int vertexCount, int edgeCount, List<TypeCoverage> driverCoverageByType, int linksInForce,
			int activeLinks) {

		/** Active CO_CONSTRUCTS/PAIRED_WITH links over those in force; null when none is in force. */
		public Double activityRate() {
			return this.linksInForce == 0 ? null : (double) this.activeLinks / this.linksInForce;
		}
	}

	/**
	 * What makes a link active (docs/spec/import-format.md v1.1): an event hosted by one end and
	 * attended by the other, or an item between them; {@code inWindow} says whether it falls in the
	 * 365 days up to the day asked about (else it is the last sign of life of a paper link).
	 * @param kind {@code EVENT} or {@code ITEM}
	 * @param type the event's type or the item's list
	 */
	public record ActivityEvidence(String kind, String id, String type, String title, LocalDate date,
			LocalDate until, String hostId, boolean inWindow) {
	}

	/** A link as the activity query identifies it: type, ends and start. */
	public record LinkKey(String type, String fromId, String toId, LocalDate since) {
	}

	/**
	 * A CO_CONSTRUCTS or PAIRED_WITH link's activity on a day ({@code Link.active}); {@code inForce}
	 * false means the link is not in force then, and so neither active nor on paper.
	 */
	public record LinkActivity(io.govgraph.directory.Link link, LocalDate asOf, boolean inForce, boolean active,
			ActivityEvidence event, ActivityEvidence item) {

		LinkKey key() {
			return new LinkKey(this.link.type(), this.link.fromId(), this.link.toId(), this.link.since());
		}

		/** The evidence in the window, event first; null when on paper. */
		public List<ActivityEvidence> evidence() {
			return java.util.stream.Stream.of(this.event, this.item)
				.filter(e -> e != null && e.inWindow())
				.toList();
		}

		/** The latest sign of life on or before the day, in the window or not. */
		public ActivityEvidence last() {
			if (this.event == null || this.item == null) {
				return this.event != null ? this.event : this.item;
			}
			LocalDate itemEnd = this.item.until() != null ? this.item.until() : this.asOf;
			return itemEnd.isAfter(this.event.date()) ? this.item : this.event;
		}

	}

	/**
	 * Two units joined by people holding overlapping posts in both (docs/spec/analysis.md v1.1):
	 * {@code weight} is the sum over those people of the days both were in force, up to the date.
	 */
	public record Interlock(String aId, String bId, long weight, List<String> personIds) {
	}

	/** Driver coverage of one driver type (docs/spec/analysis.md v1.1). */
	public record TypeCoverage(String type, double coverage, double coConstructsCoverage) {
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
