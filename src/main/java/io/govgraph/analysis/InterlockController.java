package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.VertexLookup;
import io.govgraph.web.AsOf;

/** {@code interlocks}: the interlock graph of docs/spec/analysis.md v1.1, its units and people. */
@Controller
class InterlockController {

	private final Interlocks interlocks;

	private final VertexLookup vertices;

	private final AsOf asOf;

	InterlockController(Interlocks interlocks, VertexLookup vertices, AsOf asOf) {
		this.interlocks = interlocks;
		this.vertices = vertices;
		this.asOf = asOf;
	}

	@QueryMapping
	List<Results.Interlock> interlocks(@Argument String scopeId, @Argument LocalDate asOf, @Argument Integer minWeight,
			@Argument Integer first) {
		return this.interlocks.interlocks(scopeId, this.asOf.orToday(asOf), minWeight == null ? 1 : minWeight,
				first == null ? 100 : first);
	}

	@BatchMapping(typeName = "Interlock")
	Map<Results.Interlock, Object> a(List<Results.Interlock> edges) {
		return ends(edges, Results.Interlock::aId);
	}

	@BatchMapping(typeName = "Interlock")
	Map<Results.Interlock, Object> b(List<Results.Interlock> edges) {
		return ends(edges, Results.Interlock::bId);
	}

	@BatchMapping(typeName = "Interlock")
	Map<Results.Interlock, List<Object>> people(List<Results.Interlock> edges) {
		Map<String, Object> found = this.vertices
			.vertices(edges.stream().flatMap(e -> e.personIds().stream()).distinct().toList());
		return edges.stream()
			.collect(Collectors.toMap(Function.identity(), e -> e.personIds().stream().map(found::get).toList(),
					(x, y) -> x));
	}

	private Map<Results.Interlock, Object> ends(List<Results.Interlock> edges, Function<Results.Interlock, String> end) {
		Map<String, Object> found = this.vertices.vertices(edges.stream().map(end).distinct().toList());
		return edges.stream().collect(Collectors.toMap(Function.identity(), e -> found.get(end.apply(e)), (x, y) -> x));
	}

}
