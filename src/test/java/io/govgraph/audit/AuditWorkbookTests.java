package io.govgraph.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.govgraph.crossappointment.CrossAppointmentStats;
import io.govgraph.crossappointment.OwnersCommitteeComposition;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit workbook read back with POI: its sheets, headers, panes, filters, cells and bytes. */
class AuditWorkbookTests {

	private static final String HYPERLINK = "=HYPERLINK(\"http://x\")";

	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	private static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 6, 30, 9, 15, 30, 0, ZoneOffset.ofHours(8));

	private static final OffsetDateTime LAST = OffsetDateTime.of(2026, 7, 1, 18, 2, 0, 0, ZoneOffset.ofHours(8));

	static AuditReport.Content content(String longMessage) {
		AuditRule rule = new AuditRule("too_many_posts", "A person holding many posts", "一人兼任职务过多", Severity.LOW,
				"why", true, Map.of(), "cypher/audit/rules/too_many_posts.cypher", "RETURN 1");
		AuditService.Hit hit = new AuditService.Hit(rule, "+u1", List.of("@u1", "p3"), longMessage);
		Finding recorded = new Finding("too_many_posts/+u1", "too_many_posts", "+u1", HYPERLINK, Severity.LOW, longMessage,
				List.of("@u1", "p3"), FindingStatus.CONFIRMED, FIRST, LAST, DAY.minusDays(1), DAY, false);
		AuditService.Hit other = new AuditService.Hit(rule, "p2", List.of("p2"), "五个职务");
		Rollup compound = new Rollup("c1", HYPERLINK, "COMPOUND", new CrossAppointmentStats(1, 1, 1, 1), 1,
				new OwnersCommitteeComposition(4, 1, 10, 0), List.of(), List.of());
		Rollup bare = new Rollup("c2", "无业委会小区", "COMPOUND", new CrossAppointmentStats(1, 0, 0, 0), 0, null, List.of("c2"),
				List.of());
		Rollup community = new Rollup("m1", "划船社区", "COMMUNITY", new CrossAppointmentStats(2, 1, 1, 1), 1,
				new OwnersCommitteeComposition(4, 1, 10, 0), List.of("c2"), List.of(compound, bare));
		Rollup street = new Rollup("s1", "明楼街道", "STREET", new CrossAppointmentStats(2, 1, 1, 1), 1,
				new OwnersCommitteeComposition(4, 1, 10, 0), List.of("c2"), List.of(community));
		AuditReport.CrossAppointmentLine cross = new AuditReport.CrossAppointmentLine("c1", HYPERLINK, "p1", "王伟",
				List.of("业委会", "社区"),
				List.of("业委会：海景花园业委会(c1.oc) 主任（DIRECTOR），2020-01-01 至 今", "社区：划船社区居委会(m1.rc) MEMBER，2021-03-01 至 今"));
		return new AuditReport.Content("s1", "明楼街道", DAY, new CrossAppointmentStats(2, 1, 1, 1), List.of(street),
				List.of(new AuditReport.Line(hit, recorded, HYPERLINK, List.of("@u1", "p3")),
						new AuditReport.Line(other, null, "李四", List.of("p2"))),
				List.of(cross));
	}

	static byte[] bytes(AuditReport.Content content) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AuditWorkbook.write(content, out);
		return out.toByteArray();
	}

	private static List<String> row(Sheet sheet, int index) {
		DataFormatter format = new DataFormatter();
		List<String> cells = new ArrayList<>();
		Row row = sheet.getRow(index);
		for (int i = 0; i < row.getLastCellNum(); i++) {
			cells.add(format.formatCellValue(row.getCell(i)));
		}
		return cells;
	}

	@Test
	void threeSheetsWithChineseHeadersAFrozenHeaderRowAndAFilterOverTheirRows() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(content("-1 posts too many"))))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(3);
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2))).containsExactly("交叉任职名单",
					"审计发现", "分街道社区汇总");
			XSSFSheet cross = book.getSheet("交叉任职名单");
			XSSFSheet findings = book.getSheet("审计发现");
			XSSFSheet rollup = book.getSheet("分街道社区汇总");
			assertThat(row(cross, 0)).containsExactly("小区编号", "小区", "人员编号", "姓名", "交叉任职方", "职务数", "所任职务");
			assertThat(row(findings, 0)).containsExactly("严重程度", "规则编号", "规则", "对象编号", "对象名称", "状态", "说明", "证据",
					"首次发现", "最近发现");
			assertThat(row(rollup, 0)).startsWith("层级", "街道", "社区", "小区", "单位编号", "小区数", "成立业委会", "实行交叉任职的小区",
					"交叉任职人员");
			for (XSSFSheet sheet : List.of(cross, findings, rollup)) {
				assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as(sheet.getSheetName()).isEqualTo((short) 1);
				assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).as(sheet.getSheetName()).isZero();
			}
			assertThat(cross.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
			assertThat(findings.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J3");
			// the scope, the street, its community and the community's two compounds
			assertThat(rollup.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P6");
			assertThat(row(rollup, 1)).startsWith("范围", "明楼街道", "", "", "s1", "2", "1", "1", "1", "4", "1", "25%");
			assertThat(row(rollup, 5)).containsExactly("小区", "明楼街道", "划船社区", "无业委会小区", "c2", "1", "0", "0", "0", "",
					"", "", "", "", "", "1");
			assertThat(row(cross, 1)).containsExactly("c1", "'" + HYPERLINK, "p1", "王伟", "业委会、社区", "2",
					"业委会：海景花园业委会(c1.oc) 主任（DIRECTOR），2020-01-01 至 今\n社区：划船社区居委会(m1.rc) MEMBER，2021-03-01 至 今");
			// wide enough for the Chinese text (two columns a character, the longest line of a cell), at most 60
			assertThat(cross.getColumnWidth(4)).isEqualTo((AuditWorkbook.width("业委会、社区") + 1) * 256);
			assertThat(cross.getColumnWidth(6)).isEqualTo(60 * 256);
			assertThat(findings.getColumnWidth(2)).isGreaterThanOrEqualTo(16 * 256).isLessThanOrEqualTo(60 * 256);
			assertThat(AuditWorkbook.width("王伟 ab")).isEqualTo(7);
			assertThat(book.getProperties().getCoreProperties().getCreated())
				.isEqualTo(Date.from(DAY.atStartOfDay().toInstant(ZoneOffset.UTC)));
		}
	}

	@Test
	void textIsAStringCellNeutralizedAsInTheCsvAndNoCellIsAFormula() throws Exception {
		AuditReport.Content content = content("-1 posts too many");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(content)))) {
			Sheet findings = book.getSheet("审计发现");
			Row first = findings.getRow(1);
			assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(4).getStringCellValue()).isEqualTo("'" + HYPERLINK);
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("'+u1");
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("'-1 posts too many");
			assertThat(first.getCell(7).getStringCellValue()).isEqualTo("'@u1\np3");
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("低");
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("CONFIRMED");
			// the same text as the CSV report's cells
			String csv = new AuditReport(null, null, null).csv(content);
			assertThat(csv).contains("\"'" + HYPERLINK.replace("\"", "\"\"") + "\"", "'+u1", "'-1 posts too many");
			assertThat(book.getSheet("分街道社区汇总").getRow(4).getCell(3).getStringCellValue()).isEqualTo("'" + HYPERLINK);
			int cells = 0;
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells++;
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
							.isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
						if (cell.getCellType() == CellType.STRING) {
							assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
								.doesNotStartWith("=")
								.doesNotStartWith("+")
								.doesNotStartWith("-")
								.doesNotStartWith("@")
								.doesNotStartWith("\t")
								.doesNotStartWith("\r");
						}
					}
				}
			}
			assertThat(cells).isGreaterThan(50);
		}
	}

	@Test
	void firstAndLastSeenAreDateCellsAndAFindingNotYetRecordedLeavesThemBlank() throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(content("x"))))) {
			Sheet findings = book.getSheet("审计发现");
			Cell first = findings.getRow(1).getCell(8);
			assertThat(first.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
			assertThat(first.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm:ss");
			assertThat(first.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 6, 30, 9, 15, 30));
			assertThat(new DataFormatter().formatCellValue(findings.getRow(1).getCell(9))).isEqualTo("2026-07-01 18:02:00");
			assertThat(findings.getRow(2).getCell(8)).isNull();
			assertThat(findings.getRow(2).getCell(5).getStringCellValue()).isEqualTo("NEW");
		}
	}

	@Test
	void twoRendersOfTheSameContentAreTheSameBytes() throws Exception {
		byte[] one = bytes(content("x"));
		Thread.sleep(2100); // zip entry times have a resolution of two seconds
		assertThat(bytes(content("x"))).isEqualTo(one);
		assertThat(bytes(content("y"))).isNotEqualTo(one);
	}

	@Test
	void aCellLongerThanASpreadsheetHoldsIsClippedWithANote() throws Exception {
		String message = "很长".repeat(20_000);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes(content(message))))) {
			String cell = book.getSheet("审计发现").getRow(1).getCell(6).getStringCellValue();
			assertThat(cell).hasSize(32_767).startsWith("很长很长").endsWith("已截断，完整内容见 CSV 报告）");
		}
	}

}
