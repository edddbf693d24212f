package io.govgraph.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a roster import did, or would do ({@code --dry-run}), or why it was rejected: per sheet,
 * rows, people matched (certain / probable), new people, candidates for review, posts started and
 * ended, and the columns ignored; every problem as {@code file!sheet!cell: column: message}.
 *
 * @param importId the import's id when it was written; null for a dry run or a rejection
 * @param dryRun whether nothing was meant to be written
 * @param sheets one entry per sheet (a CSV file is one sheet with an empty name)
 * @param skipped sheets without a header row, as {@code file!sheet}
 * @param problems every problem found; when any, nothing was written
 */
public record RosterReport(String importId, boolean dryRun, List<SheetReport> sheets, List<String> skipped,
		List<RosterProblem> problems) {

	/** One sheet's figures. */
	public record SheetReport(String file, String sheet, String unit, LocalDate asOf, int rows, int certain,
			int probable, int newPeople, int candidates, int postsStarted, int postsEnded, List<String> ignored) {

		/** The sheet's line of the report. */
		public String line() {
			return this.file + "!" + this.sheet + " (" + this.unit + ", " + this.asOf + "): " + this.rows
					+ " row(s), matched " + this.certain + " certain / " + this.probable + " probable, " + this.newPeople
					+ " new, " + this.candidates + " candidate(s), posts " + this.postsStarted + " started / "
					+ this.postsEnded + " ended" + (this.ignored.isEmpty() ? "" : ", ignored: " + String.join(", ", this.ignored));
		}

	}

	/** Whether the import was refused (nothing written). */
	public boolean rejected() {
		return !this.problems.isEmpty();
	}

	/** Whether the store was changed. */
	public boolean written() {
		return this.importId != null;
	}

	/** The totals over every sheet, as one sheet with no name. */
	public SheetReport total() {
		int rows = 0, certain = 0, probable = 0, fresh = 0, candidates = 0, started = 0, ended = 0;
		for (SheetReport s : this.sheets) {
			rows += s.rows();
			certain += s.certain();
			probable += s.probable();
			fresh += s.newPeople();
			candidates += s.candidates();
			started += s.postsStarted();
			ended += s.postsEnded();
		}
		return new SheetReport("", "", "", null, rows, certain, probable, fresh, candidates, started, ended, List.of());
	}

	/** The report as printed: the problems when rejected, else a line per sheet and the totals. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		if (rejected()) {
			this.problems.forEach(p -> lines.add(p.toString()));
			lines.add(this.problems.size() + " problem(s); nothing was written.");
			return lines;
		}
		this.sheets.forEach(s -> lines.add(s.line()));
		this.skipped.forEach(s -> lines.add(s + ": no header row (a cell 姓名); skipped"));
		SheetReport t = total();
		lines.add(this.sheets.size() + " sheet(s), " + t.rows() + " row(s): matched " + t.certain() + " certain / "
				+ t.probable() + " probable, " + t.newPeople() + " new, " + t.candidates() + " candidate(s), posts "
				+ t.postsStarted() + " started / " + t.postsEnded() + " ended"
				+ (this.dryRun ? "; dry run, nothing was written." : "; written (import " + this.importId + ")."));
		return lines;
	}

}
