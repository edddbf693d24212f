package io.govgraph.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.govgraph.crossappointment.CrossAppointmentStats;
import io.govgraph.crossappointment.OwnersCommitteeComposition;
import io.govgraph.model.SpreadsheetCells;

/**
 * The audit report as an XLSX workbook for the organization department: the cross-appointment
 * list, the findings and the roll-up, a sheet each with Chinese headers, a frozen header row and a
 * filter. Text is always a string cell, neutralized as in the CSV report; the workbook is streamed
 * (a window of {@value #WINDOW} rows in memory, the rest in temporary files) and its bytes depend
 * only on the report's content.
 */
final class AuditWorkbook implements Closeable {

	static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String CROSS_APPOINTMENTS = "交叉任职名单";

	static final String FINDINGS = "审计发现";

	static final String ROLLUP = "分街道社区汇总";

	static final List<String> CROSS_APPOINTMENT_HEADER = List.of("小区编号", "小区", "人员编号", "姓名", "交叉任职方", "职务数",
			"所任职务");

	static final List<String> FINDING_HEADER = List.of("严重程度", "规则编号", "规则", "对象编号", "对象名称", "状态", "说明", "证据",
			"首次发现", "最近发现");

	static final List<String> ROLLUP_HEADER = List.of("层级", "街道", "社区", "小区", "单位编号", "小区数", "成立业委会",
			"实行交叉任职的小区", "交叉任职人员", "业委会委员", "其中党员", "委员党员占比", "业主代表", "其中党员（代表）", "代表党员占比",
			"未成立业委会的小区");

	/** Rows kept in memory per sheet; the rest are flushed to temporary files as they are written. */
	static final int WINDOW = 200;

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final String CLIPPED = "…（内容过长，已截断，完整内容见 CSV 报告）";

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final CellStyle header;

	private final CellStyle text;

	private final CellStyle dateTime;

	private final CellStyle percent;

	private AuditWorkbook() {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.header = this.workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setVerticalAlignment(VerticalAlignment.CENTER);
		this.text = this.workbook.createCellStyle();
		this.text.setWrapText(true);
		this.text.setVerticalAlignment(VerticalAlignment.TOP);
		this.dateTime = this.workbook.createCellStyle();
		this.dateTime.setDataFormat(this.workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
		this.dateTime.setVerticalAlignment(VerticalAlignment.TOP);
		this.percent = this.workbook.createCellStyle();
		this.percent.setDataFormat(this.workbook.createDataFormat().getFormat("0%"));
		this.percent.setVerticalAlignment(VerticalAlignment.TOP);
	}

	/**
	 * Writes the workbook of the report's content. POI already stamps every zip entry with one
	 * fixed time; the created date is fixed here, so the bytes depend on the content alone.
	 */
	static void write(AuditReport.Content content, OutputStream out) throws IOException {
		try (AuditWorkbook book = new AuditWorkbook()) {
			book.fill(content);
			POIXMLProperties.CoreProperties properties = book.workbook.getXSSFWorkbook().getProperties().getCoreProperties();
			// the day the report is about, not the moment it was written
			properties.setCreated(Optional.of(Date.from(content.asOf().atStartOfDay().toInstant(ZoneOffset.UTC))));
			properties.setCreator("GovGraph");
			properties.setTitle("交叉任职审计报告 — " + content.scopeName() + " — " + content.asOf());
			book.workbook.write(out);
		}
	}

	private void fill(AuditReport.Content content) {
		Sheet cross = new Sheet(CROSS_APPOINTMENTS, CROSS_APPOINTMENT_HEADER);
		for (AuditReport.CrossAppointmentLine line : content.crossAppointments()) {
			Row row = cross.row();
			row.text(line.compoundId());
			row.text(line.compoundName());
			row.text(line.personId());
			row.text(line.personName());
			row.text(String.join("、", line.sides()));
			row.number(line.posts().size());
			row.text(String.join("\n", line.posts()));
		}
		cross.finish();
		Sheet findings = new Sheet(FINDINGS, FINDING_HEADER);
		for (AuditReport.Line line : content.lines()) {
			AuditService.Hit hit = line.hit();
			Row row = findings.row();
			row.text(hit.rule().severity().chinese());
			row.text(hit.rule().id());
			row.text(hit.rule().titleZh());
			row.text(hit.subject());
			row.text(line.subjectName());
			row.text(line.status());
			row.text(hit.message());
			row.text(String.join("\n", line.evidence()));
			row.time(line.recorded() == null ? null : line.recorded().firstSeen());
			row.time(line.recorded() == null ? null : line.recorded().lastSeen());
		}
		findings.finish();
		Sheet rollup = new Sheet(ROLLUP, ROLLUP_HEADER);
		CrossAppointmentStats total = content.stats();
		int[] seats = new int[4];
		List<String> without = new ArrayList<>();
		for (Rollup street : content.rollup()) {
			without.addAll(street.compoundsWithoutOwnersCommittee());
			if (street.composition() != null) {
				seats[0] += street.composition().members();
				seats[1] += street.composition().partyMembers();
				seats[2] += street.composition().reps();
				seats[3] += street.composition().partyReps();
			}
		}
		rollupRow(rollup.row(), "范围", content.scopeName(), null, null, content.scopeId(), total,
				new OwnersCommitteeComposition(seats[0], seats[1], seats[2], seats[3]), without.size());
		for (Rollup street : content.rollup()) {
			rollupRow(rollup.row(), "街道", name(street), null, null, street.unitId(), street.stats(), street.composition(),
					street.compoundsWithoutOwnersCommittee().size());
			for (Rollup community : street.children()) {
				rollupRow(rollup.row(), "社区", name(street), name(community), null, community.unitId(), community.stats(),
						community.composition(), community.compoundsWithoutOwnersCommittee().size());
				for (Rollup compound : community.children()) {
					rollupRow(rollup.row(), "小区", name(street), name(community), name(compound), compound.unitId(),
							compound.stats(), compound.composition(), compound.compoundsWithoutOwnersCommittee().size());
				}
			}
		}
		rollup.finish();
	}

	private static String name(Rollup r) {
		return r.unitName() == null ? "—" : r.unitName();
	}

	private void rollupRow(Row row, String level, String street, String community, String compound, String unitId,
			CrossAppointmentStats s, OwnersCommitteeComposition c, int withoutOwnersCommittee) {
		row.text(level);
		row.text(street);
		row.text(community);
		row.text(compound);
		row.text(unitId);
		row.number(s.compounds());
		row.number(s.withOwnersCommittee());
		row.number(s.withCrossAppointment());
		row.number(s.crossAppointedPeople());
		if (c == null) {
			// a compound without an owners committee has no seats to count
			row.skip(6);
		}
		else {
			row.number(c.members());
			row.number(c.partyMembers());
			row.share(c.partyMembers(), c.members());
			row.number(c.reps());
			row.number(c.partyReps());
			row.share(c.partyReps(), c.reps());
		}
		row.number(withoutOwnersCommittee);
	}

	@Override
	public void close() throws IOException {
		// close() also deletes the temporary files of the streamed sheets
		this.workbook.close();
	}

	/** A sheet being written: its header, the widest line of each column, its rows so far. */
	private final class Sheet {

		private final SXSSFSheet sheet;

		private final int[] widths;

		private int rows;

		Sheet(String name, List<String> header) {
			this.sheet = AuditWorkbook.this.workbook.createSheet(name);
			this.widths = new int[header.size()];
			SXSSFRow row = this.sheet.createRow(this.rows++);
			for (int i = 0; i < header.size(); i++) {
				SXSSFCell cell = row.createCell(i);
				cell.setCellValue(header.get(i));
				cell.setCellStyle(AuditWorkbook.this.header);
				this.widths[i] = Math.max(this.widths[i], width(header.get(i)) + 2);
			}
			this.sheet.createFreezePane(0, 1);
		}

		Row row() {
			return new Row(this, this.sheet.createRow(this.rows++));
		}

		void finish() {
			int last = this.widths.length - 1;
			this.sheet.setAutoFilter(new CellRangeAddress(0, this.rows - 1, 0, last));
			for (int i = 0; i <= last; i++) {
				this.sheet.setColumnWidth(i, Math.min(Math.max(this.widths[i] + 1, 6), 60) * 256);
			}
		}

	}

	/** One row of a sheet, filled left to right. */
	private final class Row {

		private final Sheet sheet;

		private final SXSSFRow row;

		private int column;

		Row(Sheet sheet, SXSSFRow row) {
			this.sheet = sheet;
			this.row = row;
		}

		/** A string cell, never a formula, neutralized as the CSV report's cells are. */
		void text(String value) {
			String safe = SpreadsheetCells.text(value);
			if (safe.length() > MAX_TEXT) {
				safe = safe.substring(0, MAX_TEXT - CLIPPED.length()) + CLIPPED;
			}
			this.sheet.widths[this.column] = Math.max(this.sheet.widths[this.column], width(safe));
			SXSSFCell cell = this.row.createCell(this.column++);
			cell.setCellValue(safe);
			cell.setCellStyle(AuditWorkbook.this.text);
		}

		void number(int value) {
			this.sheet.widths[this.column] = Math.max(this.sheet.widths[this.column], String.valueOf(value).length());
			this.row.createCell(this.column++).setCellValue(value);
		}

		void share(int part, int whole) {
			if (whole == 0) {
				skip(1);
				return;
			}
			SXSSFCell cell = this.row.createCell(this.column++);
			cell.setCellValue((double) part / whole);
			cell.setCellStyle(AuditWorkbook.this.percent);
		}

		/** A date cell of the time on its own clock (the offset it was recorded at), or blank. */
		void time(OffsetDateTime value) {
			if (value == null) {
				skip(1);
				return;
			}
			this.sheet.widths[this.column] = Math.max(this.sheet.widths[this.column], 19);
			SXSSFCell cell = this.row.createCell(this.column++);
			cell.setCellValue(value.toLocalDateTime());
			cell.setCellStyle(AuditWorkbook.this.dateTime);
		}

		void skip(int columns) {
			this.column += columns;
		}

	}

	/** Display width of the longest line: a CJK or full-width character takes two columns. */
	static int width(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) {
			int w = 0;
			for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
				int cp = line.codePointAt(i);
				w += (cp >= 0x1100 && (cp <= 0x115f || cp >= 0x2e80 && cp <= 0xa4cf || cp >= 0xac00 && cp <= 0xd7a3
						|| cp >= 0xf900 && cp <= 0xfaff || cp >= 0xfe30 && cp <= 0xfe4f || cp >= 0xff00 && cp <= 0xff60
						|| cp >= 0xffe0 && cp <= 0xffe6 || cp >= 0x20000)) ? 2 : 1;
			}
			widest = Math.max(widest, w);
		}
		return widest;
	}

}
