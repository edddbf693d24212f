package io.govgraph.roster;

/**
 * One thing wrong with a roster, located as {@code file!sheet!cell: column: message} (the sheet
 * empty for a CSV file, the cell {@code -} when the problem is the whole sheet's or file's).
 */
public record RosterProblem(String file, String sheet, String cell, String column, String message) {

	@Override
	public String toString() {
		return this.file + "!" + this.sheet + "!" + this.cell + ": " + this.column + ": " + this.message;
	}

}
