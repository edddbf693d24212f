package io.govgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.govgraph.IntegrationTest;
import io.govgraph.audit.AuditReport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code audit}: runs the audit of a scope on a day and writes the report as the HTTP endpoint does. */
@IntegrationTest
class AuditCommandTests {

	@Autowired
	ApplicationContext context;

	@TempDir
	Path dir;

	@Test
	void theAuditCommandRunsTheAuditAndWritesTheReport() throws Exception {
		Path out = this.dir.resolve("minglou.html");
		CommandRun html = CommandRun.in(this.context, "audit", "--scope", "yz.minglou", "--as-of", "2026-07-01",
				"--format", "html", "--out", out.toString(), "--govgraph.embedded.bolt-port=0");
		assertThat(html.exit()).as(html.err()).isZero();
		assertThat(Files.readString(out)).contains("<tr><td>21</td><td>15</td><td>14</td><td>22</td></tr>");
		assertThat(html.out()).startsWith("Audited yz.minglou on 2026-07-01: 13 finding(s)");
		assertThat(html.launches()).containsExactly(List.of("--govgraph.embedded.bolt-port=0"));
		Path csv = this.dir.resolve("minglou.csv");
		CommandRun csvRun = CommandRun.in(this.context, "audit", "--scope=yz.minglou", "--as-of=2026-07-01",
				"--format=csv", "--out=" + csv);
		assertThat(csvRun.exit()).as(csvRun.err()).isZero();
		assertThat(Files.readAllLines(csv)).first()
			.isEqualTo("severity,rule_id,rule_title_zh,subject_id,subject_name,status,message,evidence,first_seen,last_seen");
		assertThat(Files.readString(csv)).isEqualTo(this.context.getBean(AuditReport.class)
			.render("yz.minglou", LocalDate.parse("2026-07-01"), AuditReport.Format.CSV));
		Path xlsx = this.dir.resolve("minglou.xlsx");
		CommandRun xlsxRun = CommandRun.in(this.context, "audit", "--scope=yz.minglou", "--as-of=2026-07-01",
				"--format=xlsx", "--out=" + xlsx);
		assertThat(xlsxRun.exit()).as(xlsxRun.err()).isZero();
		assertThat(xlsxRun.out()).endsWith("wrote " + xlsx + System.lineSeparator());
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			assertThat(book.getSheetName(0)).isEqualTo("交叉任职名单");
			assertThat(book.getSheet("审计发现").getLastRowNum()).isEqualTo(13);
			assertThat(book.getSheet("审计发现").getRow(0).getCell(0).getStringCellValue()).isEqualTo("严重程度");
		}
		assertThat(Files.readAllBytes(xlsx)).isEqualTo(this.context.getBean(AuditReport.class)
			.bytes("yz.minglou", LocalDate.parse("2026-07-01"), AuditReport.Format.XLSX, "test"));
		// unknown scope: exit 1 with the reason
		CommandRun unknown = CommandRun.in(this.context, "audit", "--scope", "nope", "--out", csv.toString());
		assertThat(unknown.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(unknown.err()).contains("audit failed: scopeId: no unit with id \"nope\"");
	}

	@Test
	void aReportThatCannotBeWrittenFailsWithExitOne() {
		Path out = this.dir.resolve("no/such/folder/report.html");
		CommandRun run = CommandRun.in(this.context, "audit", "--scope", "yz.minglou", "--as-of", "2026-07-01",
				"--out", out.toString());
		assertThat(run.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err()).startsWith("audit failed: cannot write " + out);
	}

}
