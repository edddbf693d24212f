package io.govgraph.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.govgraph.analysis.Interlocks;
import io.govgraph.analysis.Results;
import io.govgraph.directory.Unit;
import io.govgraph.directory.VertexLookup;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code GET /export/interlocks?format=graphml|gexf|json}: the interlock graph of a scope
 * ({@code ?scope=ID}, or the whole store) up to {@code asOf}, with {@code minWeight} and
 * {@code first} as in the GraphQL field {@code interlocks} (defaults 1 and 10,000 here).
 */
@RestController
class InterlockExportController {

	private final Interlocks interlocks;

	private final VertexLookup vertices;

	private final AsOf asOf;

	InterlockExportController(Interlocks interlocks, VertexLookup vertices, AsOf asOf) {
		this.interlocks = interlocks;
		this.vertices = vertices;
		this.asOf = asOf;
	}

	@GetMapping("/export/interlocks")
	void export(@RequestParam(defaultValue = "graphml") String format, @RequestParam(required = false) String scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "1") int minWeight, @RequestParam(defaultValue = "10000") int first,
			HttpServletResponse response) throws IOException {
		ExportFormat f = "json".equalsIgnoreCase(format) ? ExportFormat.CYTOSCAPE : ExportFormat.named(format);
		LocalDate day = this.asOf.orToday(asOf);
		List<Results.Interlock> edges = this.interlocks.interlocks(scope, day, minWeight, first);
		Map<String, Unit> units = new HashMap<>();
		this.vertices.vertices(edges.stream().flatMap(e -> java.util.stream.Stream.of(e.aId(), e.bId())).distinct().toList())
			.forEach((id, v) -> {
				if (v instanceof Unit u) {
					units.put(id, u);
				}
			});
		String name = "govgraph-interlocks-" + (scope != null ? scope : "all") + "-" + day + "." + f.extension();
		response.setContentType(f.mediaType() + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		InterlockExport.write(edges, units, day, f, out);
		out.flush();
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<String> userError(UserInputException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

}
