package io.govgraph.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code GET /export/{cytoscape|graphml|gexf}}: a scope ({@code ?scope=ID}), the whole graph (no
 * scope), or a neighbourhood ({@code ?ids=A,B&depth=N}), on {@code asOf} (default today), with
 * {@code history=true} adding the ended and future posts and links among its vertices.
 */
@RestController
class ExportController {

	private final ExportService exports;

	private final AsOf asOf;

	ExportController(ExportService exports, AsOf asOf) {
		this.exports = exports;
		this.asOf = asOf;
	}

	@GetMapping("/export/{format}")
	void export(@PathVariable String format, @RequestParam(required = false) String scope,
			@RequestParam(required = false) List<String> ids, @RequestParam(defaultValue = "1") int depth,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean history, HttpServletResponse response) throws IOException {
		ExportFormat f = ExportFormat.named(format);
		LocalDate day = this.asOf.orToday(asOf);
		ExportGraph graph = select(scope, ids, depth, day, history);
		String name = "govgraph-" + (scope != null ? scope : ids != null ? "neighbourhood" : "all") + "-" + day + "."
				+ f.extension();
		response.setContentType(f.mediaType() + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		this.exports.write(graph, f, out);
		out.flush();
	}

	private ExportGraph select(String scope, List<String> ids, int depth, LocalDate day, boolean history) {
		if (scope != null && ids != null) {
			throw new UserInputException("scope, ids: give a scope or ids, not both");
		}
		return ids != null ? this.exports.neighborhood(ids, depth, day, history)
				: this.exports.scope(scope, day, history);
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<String> userError(UserInputException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

}
