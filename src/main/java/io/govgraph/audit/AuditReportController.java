package io.govgraph.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.govgraph.security.AccessLog;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/**
 * {@code GET /audit/report?scopeId=…&asOf=…&format=csv|html|xlsx}: the audit report of a scope, CSV
 * and XLSX as a download, HTML to read and print. Reading a report records no finding; the people it names
 * are written to the access log.
 */
@RestController
class AuditReportController {

	/** The parameters a report takes; only these are named in the access log. */
	private static final List<String> PARAMETERS = List.of("scopeId", "asOf", "format");

	private final AuditReport report;

	private final AsOf asOf;

	AuditReportController(AuditReport report, AsOf asOf) {
		this.report = report;
		this.asOf = asOf;
	}

	@GetMapping("/audit/report")
	ResponseEntity<byte[]> report(@RequestParam(required = false) String scopeId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "html") String format, HttpServletRequest request) {
		AuditReport.Format f = AuditReport.Format.parse(format);
		LocalDate day = this.asOf.orToday(asOf);
		byte[] body = this.report.bytes(scopeId, day, f,
				AccessLog.request("GET", "/audit/report", request.getParameterMap()
					.keySet()
					.stream()
					.filter(PARAMETERS::contains)
					.toList()));
		String filename = "audit-" + (scopeId == null ? "all" : scopeId) + "-" + day + "." + f.extension();
		ContentDisposition disposition = (f == AuditReport.Format.HTML ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(filename, StandardCharsets.UTF_8)
			.build();
		MediaType type = MediaType.parseMediaType(f.mediaType());
		return ResponseEntity.ok()
			.contentType(f.text() ? new MediaType(type, StandardCharsets.UTF_8) : type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(body);
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<String> userInput(UserInputException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
	}

}
