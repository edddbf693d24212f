package io.govgraph.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import io.govgraph.crossappointment.CompoundSides;
import io.govgraph.crossappointment.CrossAppointment;
import io.govgraph.crossappointment.CrossAppointmentStats;
import io.govgraph.crossappointment.OwnersCommitteeComposition;
import io.govgraph.model.SpreadsheetCells;
import io.govgraph.model.Vocabulary;
import io.govgraph.security.AccessLog;
import io.govgraph.security.Caller;

/**
 * The audit of a scope on a day as a CSV table of findings, a printable HTML page (Chinese
 * headings; the article's figures first, then the findings by severity with their evidence) or an
 * XLSX workbook with the cross-appointment list, the findings and the roll-up ({@link AuditWorkbook}).
 * Building a report records nothing: the status of a finding is the recorded one, or NEW when no
 * run has recorded it yet.
 */
@Service
@Transactional(readOnly = true)
public class AuditReport {

	/** The formats a report comes in. */
	public enum Format {

		CSV("text/csv", "csv"), HTML("text/html", "html"), XLSX(AuditWorkbook.MEDIA_TYPE, "xlsx");

		/** The format named {@code csv}, {@code html} or {@code xlsx}, in any case; a user error otherwise. */
		public static Format parse(String format) {
			try {
				return valueOf(format.toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new io.govgraph.web.UserInputException("format: \"" + format + "\" is not csv, html or xlsx");
			}
		}

		private final String mediaType;

		private final String extension;

		Format(String mediaType, String extension) {
			this.mediaType = mediaType;
			this.extension = extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

		public String extension() {
			return this.extension;
		}

		/** Whether the format is text (written in UTF-8) rather than a binary file. */
		public boolean text() {
			return this != XLSX;
		}

	}

	static final List<String> CSV_HEADER = List.of("severity", "rule_id", "rule_title_zh", "subject_id", "subject_name",
			"status", "message", "evidence", "first_seen", "last_seen");

	/** The request the access log keeps for a report made on the command line. */
	public static final String COMMAND_LINE = "govgraph audit";

	private final AuditService audit;

	private final CrossAppointmentAudit crossAppointments;

	private final AccessLog accessLog;

	public AuditReport(AuditService audit, CrossAppointmentAudit crossAppointments, AccessLog accessLog) {
		this.audit = audit;
		this.crossAppointments = crossAppointments;
		this.accessLog = accessLog;
	}

	/** One line of the report: a hit, its recorded finding (null if none yet) and names for its ids. */
	record Line(AuditService.Hit hit, Finding recorded, String subjectName, List<String> evidence) {

		String status() {
			return this.recorded == null ? "NEW" : this.recorded.status().name();
		}

	}

	/**
	 * A person cross-appointed in a compound, with names, the sides in Chinese and each post as a
	 * line ({@code 业委会：海景花园业委会(u…) 主任，2020-01-01 至今}).
	 */
	record CrossAppointmentLine(String compoundId, String compoundName, String personId, String personName,
			List<String> sides, List<String> posts) {
	}

	/** Everything a report shows; the cross-appointment list only in the workbook (empty otherwise). */
	record Content(String scopeId, String scopeName, LocalDate asOf, CrossAppointmentStats stats, List<Rollup> rollup,
			List<Line> lines, List<CrossAppointmentLine> crossAppointments) {

		Content(String scopeId, String scopeName, LocalDate asOf, CrossAppointmentStats stats, List<Rollup> rollup,
				List<Line> lines) {
			this(scopeId, scopeName, asOf, stats, rollup, lines, List.of());
		}

	}

	private static final List<String> SIDES = List.of("OWNERS", "PROPERTY", "COMMUNITY");

	private static final Map<String, String> SIDES_ZH = Map.of("OWNERS", "业委会", "PROPERTY", "物业", "COMMUNITY", "社区");

	private static final Comparator<CrossAppointment> BY_COMPOUND_AND_PERSON = Comparator
		.comparing(CrossAppointment::compoundId)
		.thenComparing(CrossAppointment::personId);

	private static final Comparator<CrossAppointment.SidePost> POST_ORDER = Comparator
		.comparing((CrossAppointment.SidePost p) -> SIDES.indexOf(p.side()))
		.thenComparing(CrossAppointment.SidePost::unitId)
		.thenComparing(CrossAppointment.SidePost::role)
		.thenComparing(CrossAppointment.SidePost::since, Comparator.nullsFirst(Comparator.naturalOrder()));

	/** The report of the scope (null: everywhere) on the day, made on the command line. */
	public String render(String scopeId, LocalDate asOf, Format format) {
		return render(scopeId, asOf, format, COMMAND_LINE);
	}

	/**
	 * The report of the scope (null: everywhere) on the day; {@code request} is what was asked, as
	 * the access log keeps it (no literal values: {@link AccessLog#request}).
	 */
	public String render(String scopeId, LocalDate asOf, Format format, String request) {
		if (!format.text()) {
			throw new IllegalArgumentException(format + " is not a text format: write it with write(…)");
		}
		Content content = content(scopeId, asOf, request, false);
		return format == Format.CSV ? csv(content) : html(content);
	}

	/**
	 * Writes the report of the scope (null: everywhere) on the day in any format, text in UTF-8;
	 * {@code request} is what was asked, as the access log keeps it.
	 */
	public void write(String scopeId, LocalDate asOf, Format format, String request, OutputStream out)
			throws IOException {
		if (format.text()) {
			out.write(render(scopeId, asOf, format, request).getBytes(StandardCharsets.UTF_8));
		}
		else {
			AuditWorkbook.write(content(scopeId, asOf, request, true), out);
		}
		out.flush();
	}

	/** The report of the scope (null: everywhere) on the day in any format, as bytes. */
	public byte[] bytes(String scopeId, LocalDate asOf, Format format, String request) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(scopeId, asOf, format, request, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	Content content(String scopeId, LocalDate asOf) {
		return content(scopeId, asOf, COMMAND_LINE, true);
	}

	private Content content(String scopeId, LocalDate asOf, String request, boolean withCrossAppointments) {
		List<AuditService.Hit> hits = this.audit.evaluate(scopeId, asOf);
		List<CrossAppointment> crossAppointed = withCrossAppointments ? this.crossAppointments.list(scopeId, asOf)
			.stream()
			.sorted(BY_COMPOUND_AND_PERSON)
			.toList() : List.of();
		List<CompoundSides> compounds = this.crossAppointments.compounds(scopeId, asOf);
		List<Rollup> rollup = this.crossAppointments.rollupOf(compounds, asOf);
		Map<String, Finding> recorded = this.audit.findings(hits.stream().map(AuditService.Hit::key).toList());
		Set<String> ids = new HashSet<>();
		if (scopeId != null) {
			ids.add(scopeId);
		}
		for (AuditService.Hit hit : hits) {
			ids.add(hit.subject());
			hit.evidence().forEach(e -> ids.addAll(List.of(e.split(" "))));
		}
		for (CrossAppointment ca : crossAppointed) {
			ids.add(ca.compoundId());
			ids.add(ca.personId());
			ca.posts().forEach(p -> ids.add(p.unitId()));
		}
		ids.removeIf(id -> !Vocabulary.ID.matcher(id).matches());
		Map<String, AuditService.Named> named = this.audit.named(ids);
		Map<String, String> names = new HashMap<>();
		named.forEach((id, n) -> names.put(id, n.name()));
		// The report names people in full: a read of personal data, logged.
		this.accessLog.record(Caller.current().name(), "report", "audit report", request,
				named.entrySet().stream().filter(e -> e.getValue().person()).map(Map.Entry::getKey).sorted().toList());
		List<Line> lines = hits.stream()
			.map(h -> new Line(h, recorded.get(h.key()), names.get(h.subject()),
					h.evidence().stream().map(e -> named(e, names)).toList()))
			.toList();
		List<CrossAppointmentLine> crossLines = crossAppointed.stream()
			.map(ca -> new CrossAppointmentLine(ca.compoundId(), names.get(ca.compoundId()), ca.personId(),
					names.get(ca.personId()), ca.sides().stream().map(SIDES_ZH::get).toList(),
					ca.posts().stream().sorted(POST_ORDER).map(p -> post(p, names)).toList()))
			.toList();
		return new Content(scopeId, scopeId == null ? "全部" : names.getOrDefault(scopeId, scopeId), asOf,
				CrossAppointmentStats.of(compounds), rollup, lines, crossLines);
	}

	/** A post on a side as one line: {@code 业委会：海景花园业委会(u…) 主任，2020-01-01 至今}. */
	private static String post(CrossAppointment.SidePost p, Map<String, String> names) {
		String unit = names.get(p.unitId());
		String what = (p.title() == null || p.title().isBlank()) ? p.role() : p.title() + "（" + p.role() + "）";
		return SIDES_ZH.get(p.side()) + "：" + (unit == null ? p.unitId() : unit + "(" + p.unitId() + ")") + " " + what
				+ "，" + (p.since() == null ? "起始日期不详" : p.since()) + " 至 " + (p.until() == null ? "今" : p.until());
	}

	/** An evidence edge with each id followed by its name: {@code p00001(王伟) -[…]-> u(…)}. */
	private static String named(String evidence, Map<String, String> names) {
		StringBuilder out = new StringBuilder();
		for (String token : evidence.split(" ", -1)) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			String name = names.get(token);
			out.append(name == null ? token : name + "(" + token + ")");
		}
		return out.toString();
	}

	String csv(Content content) {
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
			for (Line line : content.lines()) {
				AuditService.Hit h = line.hit();
				// Every cell, not only names: ids, messages and evidence quote stored text too.
				csv.printRecord(Stream
					.of(h.rule().severity().name(), h.rule().id(), h.rule().titleZh(), h.subject(), line.subjectName(),
							line.status(), h.message(), String.join("\n", line.evidence()),
							time(line.recorded() == null ? null : line.recorded().firstSeen()),
							time(line.recorded() == null ? null : line.recorded().lastSeen()))
					.map(SpreadsheetCells::text)
					.toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String time(OffsetDateTime t) {
		return t == null ? "" : t.toString();
	}

	String html(Content content) {
		StringBuilder h = new StringBuilder();
		CrossAppointmentStats s = content.stats();
		h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
			.append(esc("交叉任职审计报告 — " + content.scopeName() + " — " + content.asOf()))
			.append("</title>\n<style>\n")
			.append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}\n")
			.append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}\n")
			.append(".figures td{font-size:1.6em;text-align:center}.finding{border-left:4px solid #999;padding:.2em 1em;margin:1em 0;page-break-inside:avoid}\n")
			.append(".HIGH{border-color:#b00}.MEDIUM{border-color:#d80}.LOW{border-color:#06c}.INFO{border-color:#999}\n")
			.append("ul.evidence{font-family:monospace;font-size:.9em}@media print{body{margin:0}a{color:inherit}}\n")
			.append("</style>\n</head>\n<body>\n");
		h.append("<h1>交叉任职与“红色管家”审计报告</h1>\n<p>范围：").append(esc(content.scopeName()));
		if (content.scopeId() != null) {
			h.append("（").append(esc(content.scopeId())).append("）");
		}
		h.append("；截至 ").append(content.asOf()).append("</p>\n");
		h.append("<h2>总体情况</h2>\n<table class=\"figures\">\n<tr><th>小区</th><th>成立业委会</th><th>实行交叉任职的小区</th><th>交叉任职人员</th></tr>\n")
			.append("<tr><td>").append(s.compounds()).append("</td><td>").append(s.withOwnersCommittee()).append("</td><td>")
			.append(s.withCrossAppointment()).append("</td><td>").append(s.crossAppointedPeople()).append("</td></tr>\n</table>\n");
		h.append("<p>").append(esc(content.scopeName())).append(s.compounds()).append("个小区成立业委会").append(s.withOwnersCommittee())
			.append("个，实行交叉任职的小区").append(s.withCrossAppointment()).append("个，交叉任职人员共").append(s.crossAppointedPeople())
			.append("名。</p>\n");
		h.append("<h2>分街道、社区情况</h2>\n<table>\n<tr><th>街道 / 社区</th><th>小区</th><th>成立业委会</th><th>实行交叉任职的小区</th>")
			.append("<th>交叉任职人员</th><th>业委会委员党员占比</th><th>业主代表党员占比</th><th>未成立业委会的小区</th></tr>\n");
		for (Rollup street : content.rollup()) {
			rollupRow(h, street, "");
			for (Rollup community : street.children()) {
				rollupRow(h, community, "　");
			}
		}
		h.append("</table>\n<h2>审计发现（按严重程度）</h2>\n");
		if (content.lines().isEmpty()) {
			h.append("<p>未发现问题。</p>\n");
		}
		for (Severity severity : Severity.values()) {
			List<Line> lines = content.lines().stream().filter(l -> l.hit().rule().severity() == severity).toList();
			if (lines.isEmpty()) {
				continue;
			}
			h.append("<h3>").append(severity.chinese()).append("（").append(lines.size()).append("项）</h3>\n");
			for (Line line : lines) {
				AuditService.Hit hit = line.hit();
				h.append("<div class=\"finding ").append(severity).append("\">\n<h4>").append(esc(hit.rule().titleZh()))
					.append(" — ").append(esc(line.subjectName() == null ? hit.subject() : line.subjectName() + "（" + hit.subject() + "）"))
					.append("</h4>\n<p>").append(esc(hit.message()).replace("\n", "<br>")).append("</p>\n<p>证据：</p>\n<ul class=\"evidence\">\n");
				line.evidence().forEach(e -> h.append("<li>").append(esc(e)).append("</li>\n"));
				h.append("</ul>\n<p>规则 ").append(esc(hit.rule().id())).append("；状态 ").append(line.status());
				if (line.recorded() != null) {
					h.append("；首次发现 ").append(line.recorded().firstSeen()).append("；最近发现 ").append(line.recorded().lastSeen());
				}
				h.append("</p>\n</div>\n");
			}
		}
		h.append("</body>\n</html>\n");
		return h.toString();
	}

	private static void rollupRow(StringBuilder h, Rollup r, String indent) {
		CrossAppointmentStats s = r.stats();
		OwnersCommitteeComposition c = r.composition();
		h.append("<tr><td>").append(indent).append(esc(r.unitName() == null ? "—" : r.unitName())).append("</td><td>")
			.append(s.compounds()).append("</td><td>").append(s.withOwnersCommittee()).append("</td><td>")
			.append(s.withCrossAppointment()).append("</td><td>").append(s.crossAppointedPeople()).append("</td><td>")
			.append(share(c.partyMembers(), c.members())).append("</td><td>").append(share(c.partyReps(), c.reps()))
			.append("</td><td>").append(r.compoundsWithoutOwnersCommittee().size()).append("</td></tr>\n");
	}

	private static String share(int part, int whole) {
		return whole == 0 ? "—" : part + "/" + whole + "（" + Math.round(100.0 * part / whole) + "%）";
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
