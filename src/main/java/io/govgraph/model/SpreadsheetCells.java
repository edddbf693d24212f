package io.govgraph.model;

/**
 * Text made safe for a cell of a report that people open in a spreadsheet (CSV now, XLSX later):
 * a cell that begins with {@code = + - @}, a tab or a carriage return would be read as a formula
 * (CSV injection, e.g. {@code =HYPERLINK(…)} beside people's names), so it is prefixed with an
 * apostrophe, which spreadsheets show as text and hide. The interchange data set is not a report:
 * it is written as stored, so that export → import gives the data back exactly.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** The text as a spreadsheet shows it without evaluating it; null becomes empty. */
	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return switch (value.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
			default -> value;
		};
	}

}
