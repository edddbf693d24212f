package io.govgraph.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads roster files into {@link RosterSheet}s: {@code .xlsx} workbooks (every sheet with a header
 * row) and {@code .csv} files in UTF-8 (with or without BOM) or GB18030, detected: a CSV that
 * decodes as neither is an error. Workbooks are read whole with {@code XSSFWorkbook} (rosters are
 * kept one per body and are small); a file above the size limit is refused, not half-read.
 * Problems are collected, never thrown.
 */
public final class RosterReader {

	/** The default size limit of one file: far above any roster a body keeps (a few hundred rows). */
	public static final long MAX_BYTES_DEFAULT = 20L * 1024 * 1024;

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final long maxBytes;

	public RosterReader(long maxBytes) {
		if (maxBytes < 1) {
			throw new IllegalArgumentException("the size limit of a roster file must be positive, not " + maxBytes);
		}
		this.maxBytes = maxBytes;
	}

	/** What one file gave: its sheets with a header row, the names of those without, and problems. */
	public record Read(List<RosterSheet> sheets, List<String> skipped, List<RosterProblem> problems) {
	}

	/** Reads one file's bytes; {@code name} is the file's name as the report shows it. */
	public Read read(String name, byte[] bytes) {
		List<RosterProblem> problems = new ArrayList<>();
		String lower = name.toLowerCase();
		if (bytes.length > this.maxBytes) {
			problems.add(new RosterProblem(name, "", "-", "-", "the file has " + bytes.length + " bytes, above the limit of "
					+ this.maxBytes + " (govgraph.rosters.max-file-bytes); split it per body"));
			return new Read(List.of(), List.of(), problems);
		}
		if (lower.endsWith(".xlsx")) {
			return readWorkbook(name, bytes);
		}
		if (lower.endsWith(".csv")) {
			return readCsv(name, bytes);
		}
		String why = lower.endsWith(".xls") ? "an old .xls workbook: save it as .xlsx" : "neither .xlsx nor .csv";
		problems.add(new RosterProblem(name, "", "-", "-", why));
		return new Read(List.of(), List.of(), problems);
	}

	private Read readWorkbook(String name, byte[] bytes) {
		List<RosterSheet> sheets = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<RosterProblem> problems = new ArrayList<>();
		try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			DataFormatter formatter = new DataFormatter();
			for (Sheet sheet : workbook) {
				Grid grid = grid(sheet, formatter);
				RosterSheet read = sheet(name, sheet.getSheetName(), grid);
				if (read == null) {
					skipped.add(sheet.getSheetName());
				}
				else {
					sheets.add(read);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new RosterProblem(name, "", "-", "-", "cannot read as an .xlsx workbook: " + ex.getMessage()));
			return new Read(List.of(), List.of(), problems);
		}
		if (sheets.isEmpty()) {
			problems.add(new RosterProblem(name, "", "-", "-", "no sheet has a header row (a row with a cell 姓名)"));
		}
		return new Read(sheets, skipped, problems);
	}

	private Read readCsv(String name, byte[] bytes) {
		List<RosterProblem> problems = new ArrayList<>();
		String text;
		try {
			text = decode(bytes);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new RosterProblem(name, "", "-", "-", ex.getMessage()));
			return new Read(List.of(), List.of(), problems);
		}
		List<String[]> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
			for (CSVRecord record : parser) {
				rows.add(record.values());
			}
		}
		catch (IOException | RuntimeException ex) {
			problems.add(new RosterProblem(name, "", "-", "-", "broken CSV: " + ex.getMessage()));
			return new Read(List.of(), List.of(), problems);
		}
		RosterSheet sheet = sheet(name, "", new Grid(rows, Map.of()));
		if (sheet == null) {
			problems.add(new RosterProblem(name, "", "-", "-", "no header row (a row with a cell 姓名)"));
			return new Read(List.of(), List.of(), problems);
		}
		return new Read(List.of(sheet), List.of(), problems);
	}

	/**
	 * The text of a CSV file: UTF-8 when it has the BOM or decodes as UTF-8, else GB18030 when it
	 * decodes as that; anything else (UTF-16, a binary file) is an error.
	 */
	static String decode(byte[] bytes) {
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			throw new IllegalArgumentException("the file is UTF-16; save it as CSV in UTF-8 or GB18030");
		}
		boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
		String text = strict(StandardCharsets.UTF_8, bytes, bom ? 3 : 0);
		if (text == null && !bom) {
			text = strict(GB18030, bytes, 0);
		}
		if (text == null) {
			throw new IllegalArgumentException(bom ? "the file starts with a UTF-8 byte-order mark but is not valid UTF-8"
					: "the file is neither UTF-8 nor GB18030 text");
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ' ' && c != '\t' && c != '\r' && c != '\n') {
				throw new IllegalArgumentException("the file is neither UTF-8 nor GB18030 text (control character U+"
						+ String.format("%04X", (int) c) + ")");
			}
		}
		return text;
	}

	private static String strict(Charset charset, byte[] bytes, int offset) {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * A sheet's cells as text, merged regions filled with their first cell's text, and for each
	 * cell that starts a region the last row it spans.
	 */
	record Grid(List<String[]> rows, Map<Long, Integer> mergedDown) {

		String text(int row, int col) {
			if (row >= this.rows.size()) {
				return "";
			}
			String[] r = this.rows.get(row);
			return col < r.length && r[col] != null ? RosterText.trim(r[col]) : "";
		}

		int width(int row) {
			return row < this.rows.size() ? this.rows.get(row).length : 0;
		}

		int lastRowOf(int row, int col) {
			return this.mergedDown.getOrDefault(((long) row << 20) | col, row);
		}

	}

	private static Grid grid(Sheet sheet, DataFormatter formatter) {
		List<String[]> rows = new ArrayList<>();
		for (org.apache.poi.ss.usermodel.Row row : sheet) {
			int r = row.getRowNum();
			while (rows.size() <= r) {
				rows.add(new String[0]);
			}
			int width = Math.max(0, row.getLastCellNum());
			String[] cells = new String[width];
			for (org.apache.poi.ss.usermodel.Cell cell : row) {
				cells[cell.getColumnIndex()] = text(cell, formatter);
			}
			rows.set(r, cells);
		}
		Map<Long, Integer> mergedDown = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			String first = region.getFirstRow() < rows.size() && region.getFirstColumn() < rows.get(region.getFirstRow()).length
					? rows.get(region.getFirstRow())[region.getFirstColumn()] : null;
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				while (rows.size() <= r) {
					rows.add(new String[0]);
				}
				String[] cells = rows.get(r);
				if (cells.length <= region.getLastColumn()) {
					cells = java.util.Arrays.copyOf(cells, region.getLastColumn() + 1);
					rows.set(r, cells);
				}
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					cells[c] = first;
					mergedDown.put(((long) r << 20) | c, region.getLastRow());
				}
			}
		}
		return new Grid(rows, mergedDown);
	}

	/** A cell as the roster's keeper sees it; a date cell as an ISO date, a formula as its cached value. */
	private static String text(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: numeric(cell, formatter);
			case STRING -> cell.getRichStringCellValue().getString();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	private static String numeric(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
		double value = cell.getNumericCellValue();
		// a phone or an ID typed as a number: its digits, not 1.38E10
		if (value == Math.rint(value) && Math.abs(value) < 1e18) {
			return Long.toString((long) value);
		}
		return formatter.formatCellValue(cell);
	}

	/** A sheet's header, title rows and data; null when no row has a 姓名 cell. */
	private static RosterSheet sheet(String file, String sheetName, Grid grid) {
		int header = -1;
		for (int r = 0; r < grid.rows().size() && header < 0; r++) {
			for (int c = 0; c < grid.width(r); c++) {
				if (RosterColumn.of(grid.text(r, c)).orElse(null) == RosterColumn.NAME) {
					header = r;
					break;
				}
			}
		}
		if (header < 0) {
			return null;
		}
		List<RosterSheet.Cell> titles = new ArrayList<>();
		RosterSheet.Cell unitCell = null;
		for (int r = 0; r < header; r++) {
			String previous = null;
			StringBuilder line = new StringBuilder();
			String firstRef = null;
			for (int c = 0; c < grid.width(r); c++) {
				String t = grid.text(r, c);
				if (t.isEmpty() || t.equals(previous)) {
					continue;
				}
				previous = t;
				String unit = unitLabel(t, grid.text(r, c + 1));
				if (unit != null && unitCell == null) {
					unitCell = new RosterSheet.Cell(ref(r, c), unit);
				}
				if (firstRef == null) {
					firstRef = ref(r, c);
				}
				line.append(line.isEmpty() ? "" : " ").append(t);
			}
			if (!line.isEmpty()) {
				titles.add(new RosterSheet.Cell(firstRef, line.toString()));
			}
		}
		// A header may span rows (merged cells): its block ends where the 姓名 cell's region ends.
		int headerEnd = header;
		for (int c = 0; c < grid.width(header); c++) {
			headerEnd = Math.max(headerEnd, grid.lastRowOf(header, c));
		}
		Map<RosterColumn, List<Integer>> columns = new EnumMap<>(RosterColumn.class);
		List<String> ignored = new ArrayList<>();
		int width = 0;
		for (int r = header; r <= headerEnd; r++) {
			width = Math.max(width, grid.width(r));
		}
		for (int c = 0; c < width; c++) {
			RosterColumn column = null;
			String top = "";
			for (int r = headerEnd; r >= header && column == null; r--) {
				String t = grid.text(r, c);
				column = RosterColumn.of(t).orElse(null);
				if (!t.isEmpty()) {
					top = t;
				}
			}
			if (column != null) {
				columns.computeIfAbsent(column, k -> new ArrayList<>()).add(c);
			}
			else if (!top.isEmpty() && !ignored.contains(top)) {
				ignored.add(top);
			}
		}
		List<RosterSheet.Row> rows = new ArrayList<>();
		for (int r = headerEnd + 1; r < grid.rows().size(); r++) {
			Map<RosterColumn, RosterSheet.Cell> cells = new EnumMap<>(RosterColumn.class);
			boolean blank = true;
			for (Map.Entry<RosterColumn, List<Integer>> e : columns.entrySet()) {
				RosterSheet.Cell cell = null;
				for (int c : e.getValue()) {
					String t = grid.text(r, c);
					if (cell == null || (cell.text().isEmpty() && !t.isEmpty())) {
						cell = new RosterSheet.Cell(ref(r, c), t);
					}
				}
				cells.put(e.getKey(), cell);
				// a unit cell merged down over the rows of a body is not a row of its own
				if (!cell.text().isEmpty() && e.getKey() != RosterColumn.UNIT) {
					blank = false;
				}
			}
			if (!blank) {
				rows.add(new RosterSheet.Row(r + 1, cells));
			}
		}
		Set<RosterColumn> found = columns.isEmpty() ? EnumSet.noneOf(RosterColumn.class) : EnumSet.copyOf(columns.keySet());
		return new RosterSheet(file, sheetName, titles, unitCell, header + 1, found, ignored, rows);
	}

	/** The unit a cell such as {@code 单位：划船社区居委会} names (or its neighbour, after {@code 单位：}). */
	private static String unitLabel(String cell, String next) {
		String t = RosterText.foldWidth(cell).strip();
		for (String label : List.of("所在单位", "所属组织", "单位名称", "填报单位", "单位")) {
			if (t.startsWith(label + ":")) {
				String value = t.substring(label.length() + 1).strip();
				if (value.isEmpty()) {
					value = RosterText.trim(next);
				}
				// "单位：X   日期：2024年6月30日": the unit ends where the next label begins
				value = value.split("\\s{2,}|\\s+\\S+:")[0].strip();
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}

	static String ref(int row, int col) {
		return CellReference.convertNumToColString(col) + (row + 1);
	}

}
