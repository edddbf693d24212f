package io.govgraph.audit;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit report as CSV, HTML and XLSX over HTTP (the {@code audit} command: io.govgraph.cli.AuditCommandTests). */
@IntegrationTest
class AuditReportTests {

	@LocalServerPort
	int port;

	@Autowired
	CrossAppointmentAudit crossAppointments;

	private HttpResponse<String> get(String query) throws Exception {
		return HttpClient.newHttpClient()
			.send(TestAccounts.request(this.port, "/audit/report?" + query, TestAccounts.AUDITOR).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void theHtmlReportOfMingLouOpensWithTheArticleFiguresThenTheFindingsBySeverity() throws Exception {
		HttpResponse<String> response = get("scopeId=yz.minglou&asOf=2026-07-01&format=html");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		String html = response.body();
		assertThat(html).contains("<h1>交叉任职与“红色管家”审计报告</h1>")
			.contains("范围：明楼街道党工委（yz.minglou）；截至 2026-07-01")
			.contains("<tr><td>21</td><td>15</td><td>14</td><td>22</td></tr>")
			.contains("明楼街道党工委21个小区成立业委会15个，实行交叉任职的小区14个，交叉任职人员共22名。")
			.contains("<h3>中（8项）</h3>")
			.contains("<h3>低（5项）</h3>")
			.contains("交叉任职所依托的职务或物业服务已终止 — 顾丹洁（p00444）")
			.contains("<li>顾丹洁(p00444) -[HOLDS_POST MANAGER since");
		// headings in order: figures, the roll-up, then findings from the most severe
		assertThat(html.indexOf("总体情况")).isLessThan(html.indexOf("分街道、社区情况"));
		assertThat(html.indexOf("分街道、社区情况")).isLessThan(html.indexOf("<h3>中"));
		assertThat(html.indexOf("<h3>中")).isLessThan(html.indexOf("<h3>低"));
	}

	@Test
	void theCsvReportListsOneFindingPerLine() throws Exception {
		HttpResponse<String> response = get("scopeId=yz.minglou&asOf=2026-07-01&format=csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("audit-yz.minglou-2026-07-01.csv"));
		List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(response.body()))
			.getRecords();
		assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(AuditReport.CSV_HEADER);
		// 3 leftover cross-appointments, 3 owners committees without party members, the street's co-construction
		// with 住建系统 on paper, 庆丰's first grid with two secretaries, and 5 lawyers with 5 posts each at the
		// firms paired with 明楼's communities (partners of the scope, so their people are in it)
		assertThat(rows).extracting(r -> r.get("rule_id") + " " + r.get("subject_id"))
			.containsExactly("cross_appointment_on_expired_post p00397", "cross_appointment_on_expired_post p00433",
					"cross_appointment_on_expired_post p00444",
					"owners_committee_without_party_member yz.minglou.hefeng.fenglinhuayuan.oc",
					"owners_committee_without_party_member yz.minglou.zhaohui.fengleyayuan.oc",
					"owners_committee_without_party_member yz.minglou.zhaohui.kangqiaogongyu.oc",
					"paper_co_construction yz.minglou", "two_secretaries_at_once yz.minglou.qingfeng.g01", "too_many_posts p00800",
					"too_many_posts p00832", "too_many_posts p00874", "too_many_posts p00934", "too_many_posts p01040");
		assertThat(rows.get(5).get("subject_name")).isEqualTo("康桥公寓小区业主委员会");
		assertThat(rows.get(5).get("severity")).isEqualTo("MEDIUM");
	}

	@Test
	void theXlsxReportHasTheCsvFindingsTheCrossAppointmentListAndTheRollup() throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(TestAccounts.request(this.port, "/audit/report?scopeId=yz.minglou&asOf=2026-07-01&format=xlsx",
					TestAccounts.AUDITOR)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("audit-yz.minglou-2026-07-01.xlsx"));
		List<org.apache.commons.csv.CSVRecord> csv = org.apache.commons.csv.CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new java.io.StringReader(get("scopeId=yz.minglou&asOf=2026-07-01&format=csv").body()))
			.getRecords();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet findings = book.getSheet("审计发现");
			// one row per finding, the same rows in the same order as the CSV report, with the same text
			assertThat(findings.getLastRowNum()).isEqualTo(csv.size()).isEqualTo(13);
			for (int i = 0; i < csv.size(); i++) {
				Row row = findings.getRow(i + 1);
				org.apache.commons.csv.CSVRecord line = csv.get(i);
				assertThat(List.of(row.getCell(1).getStringCellValue(), row.getCell(3).getStringCellValue(),
						row.getCell(4).getStringCellValue(), row.getCell(5).getStringCellValue(),
						row.getCell(6).getStringCellValue(), row.getCell(7).getStringCellValue()))
					.containsExactly(line.get("rule_id"), line.get("subject_id"), line.get("subject_name"), line.get("status"),
							line.get("message"), line.get("evidence"));
				assertThat(row.getCell(0).getStringCellValue())
					.isEqualTo(Severity.valueOf(line.get("severity")).chinese());
			}
			// one row per cross-appointment (compound, person) of 明楼: 22 people
			Sheet cross = book.getSheet("交叉任职名单");
			assertThat(cross.getLastRowNum()).isEqualTo(this.crossAppointments.list("yz.minglou", LocalDate.of(2026, 7, 1)).size());
			Set<String> people = new HashSet<>();
			for (int i = 1; i <= cross.getLastRowNum(); i++) {
				people.add(cross.getRow(i).getCell(2).getStringCellValue());
				assertThat(cross.getRow(i).getCell(4).getStringCellValue()).contains("、");
			}
			assertThat(people).hasSize(22);
			// the roll-up opens with the article's figures for the scope: 21 / 15 / 14 / 22
			Row scope = book.getSheet("分街道社区汇总").getRow(1);
			assertThat(scope.getCell(0).getStringCellValue()).isEqualTo("范围");
			assertThat(List.of(scope.getCell(5).getNumericCellValue(), scope.getCell(6).getNumericCellValue(),
					scope.getCell(7).getNumericCellValue(), scope.getCell(8).getNumericCellValue()))
				.containsExactly(21.0, 15.0, 14.0, 22.0);
		}
		// reading records nothing, so the same request gives the same file
		assertThat(HttpClient.newHttpClient()
			.send(TestAccounts.request(this.port, "/audit/report?scopeId=yz.minglou&asOf=2026-07-01&format=xlsx",
					TestAccounts.AUDITOR)
				.build(), HttpResponse.BodyHandlers.ofByteArray())
			.body()).isEqualTo(response.body());
	}

	@Test
	void aPlannerGetsNoXlsxReportAsNoCsvReport() throws Exception {
		for (String format : List.of("csv", "xlsx")) {
			HttpResponse<byte[]> refused = HttpClient.newHttpClient()
				.send(TestAccounts.request(this.port, "/audit/report?scopeId=yz.minglou&asOf=2026-07-01&format=" + format,
						TestAccounts.PLANNER)
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(refused.statusCode()).as(format).isEqualTo(403);
			assertThat(new String(refused.body(), StandardCharsets.UTF_8)).as(format).doesNotContain("顾丹洁");
		}
	}

	@Test
	void aBadRequestIsAnsweredWithWhatToFix() throws Exception {
		assertThat(get("scopeId=nope&format=csv").body()).isEqualTo("scopeId: no unit with id \"nope\"\n");
		assertThat(get("scopeId=yz.minglou&format=pdf").statusCode()).isEqualTo(400);
		assertThat(get("scopeId=yz.minglou&format=pdf").body()).isEqualTo("format: \"pdf\" is not csv, html or xlsx\n");
	}

}
