package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * Centrality and the "one axis, multiple drivers" report (docs/spec/analysis.md) on the linkage graph of a
 * scope on a date. All-sources measures are exact up to {@code govgraph.analysis.exact-limit}
 * vertices and sampled above it (reproducibly, from a seed), unless the caller asks for a sample.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class AnalysisService {

	private static final Logger log = LoggerFactory.getLogger(AnalysisService.class);

	/** The driver types of docs/spec/analysis.md (驻区单位、行业系统、新兴领域, law firms, associations). */
	public static final List<String> DRIVER_TYPES = List.of("STATIONED_UNIT", "INDUSTRY_SYSTEM", "NEW_FIELD_ORG",
			"LAW_FIRM", "ASSOCIATION");

	static final int DEFAULT_SEED = 20_201;

	static final int MAX_TOP = 10_000;

	private final GraphProjection projection;

	private final Neo4jClient client;

	private final String driverCoverage;

	private final int exactLimit;

	private final int defaultSample;

	private final MeterRegistry meters;

	private final LinkActivities activities;

	public AnalysisService(GraphProjection projection, Neo4jClient client, CypherQueries cypher,
			AnalysisProperties properties, MeterRegistry meters, LinkActivities activities) {
		this.projection = projection;
		this.activities = activities;
		this.client = client;
		this.driverCoverage = cypher.get("analysis/driver_coverage");
		this.exactLimit = properties.exactLimit();
		this.defaultSample = properties.defaultSample();
		this.meters = meters;
	}

	/** Times an analysis as {@code govgraph.analysis}, tagged by measure, kind and outcome. */
	private <T> T timed(String kind, CentralityMeasure measure, Supplier<T> analysis) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "error";
		try {
			T result = analysis.get();
			outcome = "success";
			return result;
		}
		finally {
			sample.stop(Timer.builder("govgraph.analysis")
				.description("Time of an analysis (projection and measure)")
				.tag("kind", kind)
				.tag("measure", measure == null ? "none" : measure.name())
				.tag("outcome", outcome)
				.register(this.meters));
		}
	}

	/** The {@code top} argument of the analysis fields: an explicit null means the default, 10. */
	public static int top(Integer given) {
		int top = given == null ? 10 : given;
		if (top < 0 || top > MAX_TOP) {
			throw new UserInputException("top: " + top + " is out of range (0 to " + MAX_TOP + ")");
		}
		return top;
	}

	/** Scores of one measure on one graph, and how they were obtained. */
	record Scores(double[] values, boolean approximate, Integer sampleSize) {
	}

	public Results.CentralityResult centrality(CentralityMeasure measure, String scopeId, LocalDate asOf, int top,
			Integer sampleSize, Integer seed) {
		return timed("centrality", measure, () -> computeCentrality(measure, scopeId, asOf, top, sampleSize, seed));
	}

	private Results.CentralityResult computeCentrality(CentralityMeasure measure, String scopeId, LocalDate asOf,
			int top, Integer sampleSize, Integer seed) {
		if (top < 0) {
			throw new UserInputException("top: must not be negative");
		}
		long started = System.nanoTime();
		LinkageGraph g = this.projection.project(scopeId, asOf).graph();
		long projected = System.nanoTime();
		Scores scores = scores(g, measure, sampleSize, seed);
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("{} on {} ({} vertices, {} edges) as of {}: projection {} ms, measure {} ms{}", measure,
				scopeId == null ? "the whole graph" : scopeId, g.vertexCount(), g.edgeCount(), asOf,
				(projected - started) / 1_000_000, (System.nanoTime() - projected) / 1_000_000,
				scores.approximate() ? " (sampled " + scores.sampleSize() + ")" : "");
		return new Results.CentralityResult(measure, scores.approximate(), scores.sampleSize(), g.vertexCount(),
				g.edgeCount(), ranked(g, scores.values(), null, top), millis);
	}

	Scores scores(LinkageGraph g, CentralityMeasure measure, Integer sampleSize, Integer seed) {
		int[] sources = measure.allSources() ? sources(g.vertexCount(), sampleSize, seed) : null;
		boolean sampled = sources != null && sources.length < g.vertexCount();
		Integer reported = sampled ? sources.length : null;
		return switch (measure) {
			case DEGREE -> new Scores(Centrality.degree(g), false, null);
			case BETWEENNESS -> new Scores(sampled
					? Centrality.betweennessSampled(g, sources.length, seed != null ? seed : DEFAULT_SEED)
					: Centrality.betweenness(g, sources), sampled, reported);
			case CLOSENESS -> new Scores(sampled ? Centrality.closenessAndHarmonicSampled(g, sources)[0]
					: Centrality.closeness(g), sampled, reported);
			case HARMONIC -> new Scores(sampled ? Centrality.closenessAndHarmonicSampled(g, sources)[1]
					: Centrality.harmonic(g), sampled, reported);
			case PAGERANK -> new Scores(Centrality.pagerank(g, Centrality.PAGERANK_ALPHA_DEFAULT,
					Centrality.PAGERANK_TOLERANCE_DEFAULT, Centrality.PAGERANK_MAX_ITERATIONS_DEFAULT), false, null);
			case EIGENVECTOR -> new Scores(Centrality.eigenvector(g, Centrality.EIGENVECTOR_MAX_ITERATIONS_DEFAULT),
					false, null);
		};
	}

	/**
	 * The sources of an all-sources measure: every vertex when exact, else a sample drawn with the
	 * seed (a partial Fisher–Yates shuffle: the same seed and size give the same sources).
	 */
	int[] sources(int n, Integer sampleSize, Integer seed) {
		if (sampleSize != null && sampleSize < 1) {
			throw new UserInputException("sampleSize: must be at least 1");
		}
		int k = sampleSize != null ? Math.min(sampleSize, n) : (n <= this.exactLimit ? n : this.defaultSample);
		int[] all = new int[n];
		for (int i = 0; i < n; i++) {
			all[i] = i;
		}
		if (k == n) {
			return all;
		}
		SplittableRandom random = new SplittableRandom(seed != null ? seed : DEFAULT_SEED);
		for (int i = 0; i < k; i++) {
			int j = i + random.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		int[] chosen = Arrays.copyOf(all, k);
		Arrays.sort(chosen);
		return chosen;
	}

	/** The axis report of the street committee {@code streetId} on its own scope. */
	@Transactional(readOnly = true)
	public Results.AxisReport axisReport(String streetId, LocalDate asOf, Integer sampleSize, Integer seed) {
		return timed("axisReport", CentralityMeasure.BETWEENNESS, () -> computeAxisReport(streetId, asOf, sampleSize,
				seed));
	}

	private Results.AxisReport computeAxisReport(String streetId, LocalDate asOf, Integer sampleSize, Integer seed) {
		GraphProjection.Projection p = this.projection.project(streetId, asOf);
		LinkageGraph g = p.graph();
		int axis = g.indexOf(streetId);
		String type = axis >= 0 ? g.type(axis) : null;
		if (axis < 0) {
			throw new UserInputException("streetId: \"" + streetId + "\" does not exist on " + asOf);
		}
		if (!"STREET_COMMITTEE".equals(type)) {
			throw new UserInputException("streetId: \"" + streetId + "\" is a " + type + ", not a STREET_COMMITTEE");
		}
		Scores b = scores(g, CentralityMeasure.BETWEENNESS, sampleSize, seed);
		double[] bc = b.values();
		double total = Arrays.stream(bc).sum();
		double axisKey = rankKey(bc[axis]);
		int rank = 1;
		for (int v = 0; v < g.vertexCount(); v++) {
			if (rankKey(bc[v]) > axisKey) {
				rank++;
			}
		}
		Map<String, Integer> byType = new TreeMap<>();
		List<Integer> drivers = new ArrayList<>();
		for (String partner : p.partners()) {
			int v = g.indexOf(partner);
			if (DRIVER_TYPES.contains(g.type(v))) {
				byType.merge(g.type(v), 1, Integer::sum);
				drivers.add(v);
			}
		}
		List<Results.TypeCount> driverCounts = byType.entrySet()
			.stream()
			.map(e -> new Results.TypeCount(e.getKey(), e.getValue()))
			.toList();
		Collection<Map<String, Object>> coverage = this.client.query(this.driverCoverage)
			.bindAll(Map.of("streetId", streetId, "asOf", asOf, "driverTypes", DRIVER_TYPES))
			.fetch()
			.all();
		long covered = coverage.stream().filter(r -> !((Collection<?>) r.get("types")).isEmpty()).count();
		List<Results.TypeCoverage> byTypeCoverage = DRIVER_TYPES.stream()
			.map(t -> new Results.TypeCoverage(t, share(coverage, "types", t), share(coverage, "coConstructsTypes", t)))
			.toList();
		List<Results.LinkActivity> links = this.activities.among(
				java.util.stream.Stream.concat(p.subtree().stream(), p.partners().stream()).distinct().toList(), asOf);
		int active = (int) links.stream().filter(Results.LinkActivity::active).count();
		Structure.CutSets cuts = Structure.cutSets(g);
		List<String> spofs = new ArrayList<>();
		for (Results.VertexScore s : ranked(g, bc, null, Integer.MAX_VALUE)) {
			int v = g.indexOf(s.vertexId());
			if (v != axis && cuts.articulation()[v]) {
				spofs.add(s.vertexId());
			}
		}
		List<Results.Bridge> bridges = cuts.bridges()
			.stream()
			.filter(e -> g.degree(e[0]) > 1 && g.degree(e[1]) > 1)
			.map(e -> new Results.Bridge(g.id(e[0]), g.id(e[1])))
			.toList();
		return new Results.AxisReport(streetId, rank, total == 0 ? 0 : bc[axis] / total, Structure.components(g, axis),
				driverCounts, coverage.isEmpty() ? 0 : (double) covered / coverage.size(),
				ranked(g, bc, drivers, 10), spofs, bridges, b.approximate(), b.sampleSize(), g.vertexCount(),
				g.edgeCount(), byTypeCoverage, links.size(), active);
	}

	/** The share of the communities whose list {@code column} holds {@code type}. */
	private static double share(Collection<Map<String, Object>> communities, String column, String type) {
		if (communities.isEmpty()) {
			return 0;
		}
		long reached = communities.stream().filter(r -> ((Collection<?>) r.get(column)).contains(type)).count();
		return (double) reached / communities.size();
	}

	/** The pairs of units whose shortest paths run through {@code vertexId} most. */
	public Results.BetweennessExplanation explain(String vertexId, String scopeId, LocalDate asOf, int top,
			Integer sampleSize, Integer seed) {
		return timed("explanation", CentralityMeasure.BETWEENNESS, () -> computeExplanation(vertexId, scopeId, asOf,
				top, sampleSize, seed));
	}

	private Results.BetweennessExplanation computeExplanation(String vertexId, String scopeId, LocalDate asOf,
			int top, Integer sampleSize, Integer seed) {
		LinkageGraph g = this.projection.project(scopeId, asOf).graph();
		int v = g.indexOf(vertexId);
		if (v < 0) {
			throw new UserInputException("vertexId: \"" + vertexId + "\" is not in the linkage graph of "
					+ (scopeId == null ? "the whole store" : "scope " + scopeId) + " on " + asOf);
		}
		int[] sources = sources(g.vertexCount(), sampleSize, seed);
		boolean sampled = sources.length < g.vertexCount();
		double betweenness = Centrality.betweenness(g, sources)[v];
		return new Results.BetweennessExplanation(vertexId, betweenness, sampled, sampled ? sources.length : null,
				Explanation.pairsThrough(g, v, sources, !sampled, top));
	}

	/** Vertices (all, or those given) best first, ties by id; at most {@code top}. */
	static List<Results.VertexScore> ranked(LinkageGraph g, double[] scores, List<Integer> among, int top) {
		Integer[] order;
		if (among == null) {
			order = new Integer[g.vertexCount()];
			for (int v = 0; v < order.length; v++) {
				order[v] = v;
			}
		}
		else {
			order = among.toArray(Integer[]::new);
		}
		double[] keys = new double[g.vertexCount()];
		for (Integer v : order) {
			keys[v] = rankKey(scores[v]);
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer v) -> -keys[v]).thenComparingInt(v -> v));
		List<Results.VertexScore> result = new ArrayList<>();
		for (int i = 0; i < order.length && i < top; i++) {
			result.add(new Results.VertexScore(g.id(order[i]), scores[order[i]]));
		}
		return result;
	}

	/**
	 * A score rounded to 12 significant digits for ranking, so that scores equal in exact
	 * arithmetic but apart by rounding noise count as ties (and fall back to id order).
	 */
	static double rankKey(double score) {
		if (score == 0 || !Double.isFinite(score)) {
			return score;
		}
		return new java.math.BigDecimal(score).round(new java.math.MathContext(12)).doubleValue();
	}

}
