package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.VertexLookup;
import io.govgraph.web.AsOf;

/** {@code centrality}, {@code axisReport} (docs/spec/interfaces.md), explanations and stored runs. */
@Controller
class AnalysisController {

	private final AnalysisService service;

	private final AnalysisRuns runs;

	private final VertexLookup vertices;

	private final AsOf asOf;

	AnalysisController(AnalysisService service, AnalysisRuns runs, VertexLookup vertices, AsOf asOf) {
		this.service = service;
		this.runs = runs;
		this.vertices = vertices;
		this.asOf = asOf;
	}

	@QueryMapping
	Results.CentralityResult centrality(@Argument CentralityMeasure measure, @Argument String scopeId,
			@Argument LocalDate asOf, @Argument Integer top, @Argument Integer sampleSize, @Argument Integer seed) {
		return this.service.centrality(measure, scopeId, this.asOf.orToday(asOf), checkTop(top), sampleSize, seed);
	}

	@QueryMapping
	Results.AxisReport axisReport(@Argument String streetId, @Argument LocalDate asOf, @Argument Integer sampleSize,
			@Argument Integer seed) {
		return this.service.axisReport(streetId, this.asOf.orToday(asOf), sampleSize, seed);
	}

	@QueryMapping
	Results.BetweennessExplanation betweennessExplanation(@Argument String vertexId, @Argument String scopeId,
			@Argument LocalDate asOf, @Argument Integer top, @Argument Integer sampleSize, @Argument Integer seed) {
		return this.service.explain(vertexId, scopeId, this.asOf.orToday(asOf), checkTop(top), sampleSize, seed);
	}

	@QueryMapping
	List<Results.AnalysisRun> analysisRuns(@Argument Integer first) {
		return this.runs.list(null, Math.min(Math.max(first == null ? 20 : first, 0), 500));
	}

	@QueryMapping
	Results.AnalysisRun analysisRun(@Argument String id) {
		return this.runs.list(id, 1).stream().findFirst().orElse(null);
	}

	@MutationMapping
	Results.AnalysisRun recordCentrality(@Argument CentralityMeasure measure, @Argument String scopeId,
			@Argument LocalDate asOf, @Argument Integer top, @Argument Integer sampleSize, @Argument Integer seed) {
		LocalDate day = this.asOf.orToday(asOf);
		Results.CentralityResult result = this.service.centrality(measure, scopeId, day, checkTop(top), sampleSize,
				seed);
		return this.runs.record(result, scopeId, day, seed);
	}

	@SchemaMapping(typeName = "AxisReport")
	Object street(Results.AxisReport report) {
		return this.vertices.unit(report.streetId());
	}

	@BatchMapping(typeName = "AxisReport")
	Map<Results.AxisReport, List<Object>> singlePointsOfFailure(List<Results.AxisReport> reports) {
		Map<String, Object> found = this.vertices
			.vertices(reports.stream().flatMap(r -> r.singlePointsOfFailureIds().stream()).distinct().toList());
		return reports.stream()
			.collect(Collectors.toMap(Function.identity(),
					r -> r.singlePointsOfFailureIds().stream().map(found::get).toList(), (a, b) -> a));
	}

	@BatchMapping(typeName = "VertexScore")
	Map<Results.VertexScore, Object> vertex(List<Results.VertexScore> scores) {
		Map<String, Object> found = this.vertices
			.vertices(scores.stream().map(Results.VertexScore::vertexId).distinct().toList());
		return scores.stream()
			.collect(Collectors.toMap(Function.identity(), s -> found.get(s.vertexId()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Bridge")
	Map<Results.Bridge, Object> a(List<Results.Bridge> bridges) {
		return ends(bridges, Results.Bridge::aId);
	}

	@BatchMapping(typeName = "Bridge")
	Map<Results.Bridge, Object> b(List<Results.Bridge> bridges) {
		return ends(bridges, Results.Bridge::bId);
	}

	@BatchMapping(typeName = "PairThrough")
	Map<Results.PairThrough, Object> from(List<Results.PairThrough> pairs) {
		return ends(pairs, Results.PairThrough::fromId);
	}

	@BatchMapping(typeName = "PairThrough")
	Map<Results.PairThrough, Object> to(List<Results.PairThrough> pairs) {
		return ends(pairs, Results.PairThrough::toId);
	}

	@SchemaMapping(typeName = "BetweennessExplanation")
	Object vertex(Results.BetweennessExplanation explanation) {
		return this.vertices.vertices(List.of(explanation.vertexId())).get(explanation.vertexId());
	}

	private <T> Map<T, Object> ends(List<T> items, Function<T, String> end) {
		Map<String, Object> found = this.vertices.vertices(items.stream().map(end).distinct().toList());
		return items.stream().collect(Collectors.toMap(Function.identity(), i -> found.get(end.apply(i)), (x, y) -> x));
	}

	private static int checkTop(Integer given) {
		return AnalysisService.top(given);
	}

}
