package io.govgraph.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading rosters as kept: workbooks and CSV files, title rows, merged headers, the unit of a sheet, errors. */
class RosterReaderTests {

	private static final LocalDate TODAY = LocalDate.of(2024, 9, 1);

	@TempDir
	Path dir;

	private final RosterReader reader = new RosterReader(RosterReader.MAX_BYTES_DEFAULT);

	private final MemoryUnits units = new MemoryUnits().add("s1", "明楼街道", "STREET_COMMITTEE", "s1")
		.add("c1", "划船社区", "COMMUNITY_COMMITTEE", "s1")
		.add("r1", "划船社区居委会", "RESIDENTS_COMMITTEE", "s1")
		.add("o1", "海景花园业委会", "OWNERS_COMMITTEE", "s1")
		.add("o2", "东方花园业委会", "OWNERS_COMMITTEE", "s1")
		.add("p1", "海景物业", "PROPERTY_COMPANY", null)
		.add("p2", "海景物业", "PROPERTY_COMPANY", null);

	private RosterInterpreter interpreter() {
		return new RosterInterpreter(this.units, Roles.defaults(), IdCardHasher.withKeyFile(this.dir.resolve("id.key")));
	}

	/** A workbook whose sheets are given as rows of cells (null: no cell). */
	private static byte[] workbook(SheetSpec... sheets) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			for (SheetSpec spec : sheets) {
				Sheet sheet = wb.createSheet(spec.name());
				for (int r = 0; r < spec.rows().size(); r++) {
					Object[] cells = spec.rows().get(r);
					if (cells == null) {
						continue;
					}
					Row row = sheet.createRow(r);
					for (int c = 0; c < cells.length; c++) {
						Object v = cells[c];
						if (v instanceof String s) {
							row.createCell(c).setCellValue(s);
						}
						else if (v instanceof Double d) {
							row.createCell(c).setCellValue(d);
						}
						else if (v instanceof Long l) {
							row.createCell(c).setCellValue(l.doubleValue());
						}
						else if (v instanceof LocalDate d) {
							org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
							cell.setCellValue(d);
							cell.setCellStyle(date);
						}
					}
				}
				for (CellRangeAddress merged : spec.merged()) {
					sheet.addMergedRegion(merged);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	record SheetSpec(String name, List<Object[]> rows, List<CellRangeAddress> merged) {
	}

	private static List<Object[]> rows(Object[]... rows) {
		return List.of(rows);
	}

	private static Object[] row(Object... cells) {
		return cells;
	}

	@Test
	void aTitleEndingInABracketedDateNamesItsUnitExactly() {
		assertThat(RosterInterpreter.withoutTitleNoise("划船社区居委会成员名单（2024年6月30日）")).isEqualTo("划船社区居委会");
		assertThat(RosterInterpreter.withoutTitleNoise("2024年度 海景花园业委会花名册【换届后】")).isEqualTo("海景花园业委会");
		assertThat(RosterInterpreter.withoutTitleNoise("海景花园业委会")).isEqualTo("海景花园业委会");
		// found by its exact name, with no full-text search to fall back on
		UnitDirectory exactOnly = new UnitDirectory() {
			@Override
			public List<Unit> exact(String text) {
				return RosterReaderTests.this.units.exact(text);
			}

			@Override
			public List<Unit> fullText(String text) {
				return List.of();
			}
		};
		RosterReader.Read read = this.reader.read("名单.csv",
				"划船社区居委会成员名单（2024年6月30日）\n姓名,职务\n王伟,主任\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(read.problems()).isEmpty();
		List<RosterProblem> problems = new ArrayList<>();
		RosterInterpreter.SheetMentions mentions = new RosterInterpreter(exactOnly, Roles.defaults(),
				IdCardHasher.withKeyFile(this.dir.resolve("id.key")))
			.interpret(read.sheets().get(0), null, TODAY, problems);
		assertThat(problems).isEmpty();
		assertThat(mentions.unit().id()).isEqualTo("r1");
	}

	@Test
	void readsTitleRowsAMergedTwoRowHeaderAndSkipsBlankRows() throws IOException {
		List<Object[]> rows = new ArrayList<>();
		rows.add(row("明楼街道划船社区居委会成员名单（2024年换届）"));
		rows.add(row("序号", "姓名", "性别", "出生年月", "政治面貌", "职务", "联系方式", null, "任职时间", "民族"));
		rows.add(row(null, null, null, null, null, null, "手机", "电话", null, null));
		rows.add(row("1", "王  伟", "男", "1975.03", "中共党员", "主任", "138-1234-5678", "", "2021年6月至今", "汉"));
		rows.add(row("", "", "", "", "", "", "", "", "", ""));
		rows.add(row("2", "李·娜", "女", LocalDate.of(1980, 11, 2), "中共预备党员", "副主任、委员", 13912345678L, null,
				"2021.06-2026.06", "汉"));
		List<CellRangeAddress> merged = List.of(new CellRangeAddress(0, 0, 0, 9), new CellRangeAddress(1, 2, 0, 0),
				new CellRangeAddress(1, 2, 1, 1), new CellRangeAddress(1, 1, 6, 7), new CellRangeAddress(1, 2, 8, 8));
		byte[] bytes = workbook(new SheetSpec("居委会", rows, merged));

		RosterReader.Read read = this.reader.read("划船社区.xlsx", bytes);
		assertThat(read.problems()).isEmpty();
		RosterSheet sheet = read.sheets().get(0);
		assertThat(sheet.headerRow()).isEqualTo(2);
		assertThat(sheet.titleRows()).extracting(RosterSheet.Cell::text)
			.containsExactly("明楼街道划船社区居委会成员名单（2024年换届）");
		assertThat(sheet.ignored()).containsExactly("序号", "民族");
		assertThat(sheet.rows()).extracting(RosterSheet.Row::number).containsExactly(4, 6);

		List<RosterProblem> problems = new ArrayList<>();
		RosterInterpreter.SheetMentions mentions = interpreter().interpret(sheet, null, TODAY, problems);
		assertThat(problems).isEmpty();
		assertThat(mentions.unit().id()).isEqualTo("r1");
		assertThat(mentions.asOf()).isEqualTo(TODAY);
		Mention wang = mentions.mentions().get(0);
		assertThat(wang.written()).isEqualTo("王  伟");
		assertThat(wang.name()).isEqualTo("王伟");
		assertThat(wang.phone()).isEqualTo("13812345678");
		assertThat(wang.birthText()).isEqualTo("1975-03");
		assertThat(wang.partyMember()).isTrue();
		assertThat(wang.posts()).containsExactly(new Roles.Post("DIRECTOR", "主任"));
		assertThat(wang.since().text()).isEqualTo("2021-06");
		assertThat(wang.until()).isNull();
		Mention li = mentions.mentions().get(1);
		assertThat(li.birthText()).isEqualTo("1980-11");
		assertThat(li.phone()).isEqualTo("13912345678");
		assertThat(li.posts()).extracting(Roles.Post::role).containsExactly("DEPUTY_DIRECTOR", "MEMBER");
		assertThat(li.until().text()).isEqualTo("2026-06");
		assertThat(li.row()).isEqualTo(6);
	}

	@Test
	void theUnitOfASheetFirstFoundWins() throws IOException {
		byte[] bytes = workbook(
				new SheetSpec("海景花园业委会", rows(row("姓名", "职务"), row("张三", "主任")), List.of()),
				new SheetSpec("Sheet2", rows(row("单位：东方花园业委会", null, "填报日期：2024年6月30日"), row("姓名", "职务"),
						row("李四", "副主任")), List.of()),
				new SheetSpec("名单", rows(row("姓名", "所在单位", "职务"), row("王五", "海景花园业委会", "委员"),
						row("赵六", "东方花园业委会", "主任")), List.of()),
				new SheetSpec("说明", rows(row("本表由社区填写")), List.of()));
		RosterReader.Read read = this.reader.read("划船社区居委会.xlsx", bytes);
		assertThat(read.skipped()).containsExactly("说明");
		List<RosterProblem> problems = new ArrayList<>();
		List<RosterInterpreter.SheetMentions> sheets = read.sheets()
			.stream()
			.map(s -> interpreter().interpret(s, null, TODAY, problems))
			.toList();
		assertThat(problems).isEmpty();
		assertThat(sheets.get(0).unit().id()).isEqualTo("o1");
		assertThat(sheets.get(0).mentions().get(0).posts()).containsExactly(new Roles.Post("CHAIR", "主任"));
		assertThat(sheets.get(1).unit().id()).isEqualTo("o2");
		assertThat(sheets.get(1).asOf()).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(sheets.get(2).mentions()).extracting(m -> m.unit().id()).containsExactly("o1", "o2");
		assertThat(sheets.get(2).mentions().get(1).posts()).extracting(Roles.Post::role).containsExactly("CHAIR");
	}

	@Test
	void everyProblemIsReportedWithItsCell() throws IOException {
		byte[] bytes = workbook(new SheetSpec("业委会",
				rows(row("海景花园业委会名单"), row("姓名", "出生年月", "职务", "任职时间", "政治面貌", "身份证号"),
						row("张三", "1975.03", "主任", "2021.13", "群众", ""), row("", "1980.01", "委员", "", "", ""),
						row("李四", "1975.3x", "宣传员", "", "积极分子", "110105194912310021")),
				List.of()), new SheetSpec("物业", rows(row("单位：海景物业"), row("姓名"), row("王五")), List.of()));
		RosterReader.Read read = this.reader.read("海景花园.xlsx", bytes);
		List<RosterProblem> problems = new ArrayList<>();
		read.sheets().forEach(s -> interpreter().interpret(s, null, TODAY, problems));
		assertThat(problems).extracting(RosterProblem::toString)
			.containsExactly("海景花园.xlsx!业委会!D3: 任职时间: cannot read \"2021.13\"",
					"海景花园.xlsx!业委会!A4: 姓名: empty; every row needs a name",
					"海景花园.xlsx!业委会!B5: 出生年月: cannot read \"1975.3x\"",
					"海景花园.xlsx!业委会!E5: 政治面貌: unknown 政治面貌 \"积极分子\" (expected 中共党员, 中共预备党员, 党员, 群众, 共青团员, 无党派人士 or a democratic party's members)",
					"海景花园.xlsx!业委会!F5: 身份证号: not a valid ID-card number (18 characters with a right check digit, or 15 digits); the value is not repeated here",
					"海景花园.xlsx!业委会!C5: 职务: unknown title \"宣传员\" (not in the roles vocabulary; an installation maps its own titles in govgraph.rosters.roles-file)",
					"海景花园.xlsx!物业!A1: 单位: \"海景物业\" names more than one stored unit: 海景物业 (p1), 海景物业 (p2)");
	}

	@Test
	void aSheetNamingNoUnitIsAnError() throws IOException {
		byte[] bytes = workbook(new SheetSpec("Sheet1", rows(row("名单"), row("姓名"), row("王五")), List.of()));
		List<RosterProblem> problems = new ArrayList<>();
		this.reader.read("新建.xlsx", bytes).sheets().forEach(s -> interpreter().interpret(s, null, TODAY, problems));
		assertThat(problems).extracting(RosterProblem::toString)
			.containsExactly("新建.xlsx!Sheet1!-: 单位: no stored unit is named by a 单位 column, a 单位： cell, "
					+ "title \"名单\", sheet name \"Sheet1\", file name \"新建\"");
	}

	private static final String CSV = "划船社区居委会成员名单\r\n姓名,职务,手机号码（必填）\r\n王　伟,书记,+86 138 1234 5678\r\n,,\r\n李娜,委员,\r\n";

	@Test
	void readsCsvInUtf8WithAndWithoutBomAndInGb18030() {
		byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		byte[] gb = CSV.getBytes(Charset.forName("GB18030"));
		for (byte[] bytes : List.of(utf8, bom, gb)) {
			RosterReader.Read read = this.reader.read("划船.csv", bytes);
			assertThat(read.problems()).isEmpty();
			List<RosterProblem> problems = new ArrayList<>();
			RosterInterpreter.SheetMentions sheet = interpreter().interpret(read.sheets().get(0), null, TODAY, problems);
			assertThat(problems).isEmpty();
			assertThat(sheet.unit().id()).isEqualTo("r1");
			assertThat(sheet.mentions()).extracting(Mention::name).containsExactly("王伟", "李娜");
			assertThat(sheet.mentions()).extracting(Mention::row).containsExactly(3, 5);
			assertThat(sheet.mentions().get(0).phone()).isEqualTo("13812345678");
			assertThat(sheet.mentions().get(0).sheet()).isEmpty();
		}
	}

	@Test
	void aFileThatIsNeitherIsAnError() {
		byte[] latin = { 'n', 'a', 'm', 'e', ',', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, '\n' };
		assertThat(this.reader.read("x.csv", latin).problems()).extracting(RosterProblem::toString)
			.containsExactly("x.csv!!-: -: the file is neither UTF-8 nor GB18030 text");
		byte[] utf16 = "姓名\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] withBom = new byte[utf16.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(utf16, 0, withBom, 2, utf16.length);
		assertThat(this.reader.read("y.csv", withBom).problems()).extracting(RosterProblem::message)
			.containsExactly("the file is UTF-16; save it as CSV in UTF-8 or GB18030");
		assertThat(this.reader.read("z.xls", new byte[] { 1, 2 }).problems()).extracting(RosterProblem::message)
			.containsExactly("an old .xls workbook: save it as .xlsx");
		assertThat(this.reader.read("w.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)).problems())
			.extracting(RosterProblem::message)
			.singleElement()
			.asString()
			.startsWith("cannot read as an .xlsx workbook");
	}

}
