package io.govgraph.roster;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sheet (or a CSV file) as read, before its unit is known: its title rows, a {@code 单位：} cell
 * above the header, the columns recognized, those ignored, and the data rows.
 *
 * @param file the file's name as the report shows it
 * @param sheet the sheet's name; empty for a CSV file
 * @param titleRows the text of each non-blank row above the header row, with the cell it starts in
 * @param unitCell the value of a {@code 单位：…} cell above the header; null when none
 * @param headerRow the header row's number (1-based)
 * @param columns the columns recognized
 * @param ignored the headers of columns that are not read, as written
 * @param rows the data rows, blank ones left out
 */
public record RosterSheet(String file, String sheet, List<Cell> titleRows, Cell unitCell, int headerRow,
		Set<RosterColumn> columns, List<String> ignored, List<Row> rows) {

	/** A cell's text (trimmed) and its reference, e.g. {@code C7}. */
	public record Cell(String ref, String text) {
	}

	/** One data row: its number (1-based, as the spreadsheet shows it) and its cells by column. */
	public record Row(int number, Map<RosterColumn, Cell> cells) {

		/** The cell's text, or null when the column is absent or the cell blank. */
		public String text(RosterColumn column) {
			Cell cell = this.cells.get(column);
			return cell == null || cell.text().isEmpty() ? null : cell.text();
		}

		/** Where a problem with this column is: its cell, or the row's first cell when absent. */
		public String ref(RosterColumn column) {
			Cell cell = this.cells.get(column);
			return cell != null ? cell.ref() : "A" + this.number;
		}

	}

	/** Whether the sheet has the unit column (the unit is then per row). */
	public boolean hasUnitColumn() {
		return this.columns.contains(RosterColumn.UNIT);
	}

	/** A place in this sheet, for a problem. */
	public RosterProblem problem(String cell, String column, String message) {
		return new RosterProblem(this.file, this.sheet, cell, column, message);
	}

}
