package io.govgraph.roster;

import java.util.List;

import io.govgraph.model.PartialDate;

/**
 * One roster row read and interpreted: where it is, the unit it belongs to, and what it says of a
 * person and their posts. The 身份证号 is present only as its keyed hash.
 *
 * @param file the file's name
 * @param sheet the sheet's name; empty for a CSV file
 * @param row the spreadsheet's own row number, 1-based
 * @param unit the unit the row belongs to
 * @param written the name as written
 * @param name the name as compared ({@link RosterText#name})
 * @param posts the posts it lists in the unit (MEMBER when the row names none)
 */
public record Mention(String file, String sheet, int row, UnitDirectory.Unit unit, String written, String name,
		String gender, PartialDate birth, Boolean partyMember, PartialDate partySince, List<Roles.Post> posts,
		String phone, PartialDate since, PartialDate until, String idHash, String home, String note) {

	/** Birth as {@code YYYY-MM} when the month is known, else {@code YYYY}; null when unknown. */
	public String birthText() {
		return this.birth == null ? null : this.birth.text();
	}

	/** Birth year; null when unknown. */
	public Integer birthYear() {
		return this.birth == null ? null : this.birth.firstDay().getYear();
	}

	/** {@code file!sheet!row}, how the report and the review queue name a mention. */
	public String place() {
		return this.file + "!" + this.sheet + "!" + this.row;
	}

}
