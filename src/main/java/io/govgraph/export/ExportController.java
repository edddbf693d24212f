package io.govgraph.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
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

import io.govgraph.security.AccessLog;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code GET /export/{cytoscape|graphml|gexf}}: a scope ({@code ?scope=ID}), the whole graph (no
 * scope), or a neighbourhood ({@code ?ids=A,B&depth=N}), on {@code asOf} (default today), with
 * {@code history=true} adding the ended and future posts and links among its vertices; written to
 * the response as it is read ({@link ExportService#stream}).
 */
@RestController
class ExportController {

	/** The parameters an export takes; only these are named in the access log. */
	private static final List<String> PARAMETERS = List.of("scope", "ids", "depth", "asOf", "history");

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
			@RequestParam(defaultValue = "false") boolean history, HttpServletRequest request,
			HttpServletResponse response) {
		ExportFormat f = ExportFormat.named(format);
		LocalDate day = this.asOf.orToday(asOf);
		String name = "govgraph-" + (scope != null ? scope : ids != null ? "neighbourhood" : "all") + "-" + day + "."
				+ f.extension();
		this.exports.stream(scope, ids, depth, day, history, f,
				AccessLog.request(request.getMethod(), "/export/" + f.name().toLowerCase(java.util.Locale.ROOT),
						request.getParameterMap().keySet().stream().filter(PARAMETERS::contains).toList()),
				() -> {
					response.setContentType(f.mediaType() + ";charset=UTF-8");
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
					try {
						return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<String> userError(UserInputException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	@ExceptionHandler(ExportRefused.class)
	ResponseEntity<String> refused(ExportRefused ex) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(ex.status()).contentType(MediaType.TEXT_PLAIN);
		if (ex.retryAfterSeconds() > 0) {
			answer.header(HttpHeaders.RETRY_AFTER, Integer.toString(ex.retryAfterSeconds()));
		}
		return answer.body(ex.getMessage());
	}

}
