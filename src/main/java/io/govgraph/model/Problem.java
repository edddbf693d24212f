package io.govgraph.model;

/**
 * One thing wrong with a data set, located as {@code file:line: column: message}; line 1 is the
 * header, column {@code -} when the problem is not in one column.
 */
public record Problem(String file, int line, String column, String message) implements Comparable<Problem> {

	@Override
	public String toString() {
		return this.file + ":" + this.line + ": " + this.column + ": " + this.message;
	}

	@Override
	public int compareTo(Problem other) {
		int byFile = Integer.compare(DataFile.order(this.file), DataFile.order(other.file));
		if (byFile != 0) {
			return byFile;
		}
		return Integer.compare(this.line, other.line);
	}

}
