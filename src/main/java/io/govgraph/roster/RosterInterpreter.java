package io.govgraph.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.govgraph.model.PartialDate;

/**
 * Turns a read sheet into {@link Mention}s: finds the sheet's unit (a 单位 column per row; a
 * {@code 单位：} cell above the header; the title row; the sheet's name; the file's name; first
 * found wins), reads each cell by the spec's rules, and collects every problem.
 */
public final class RosterInterpreter {

	private static final java.util.regex.Pattern TITLE_NOISE = java.util.regex.Pattern
		.compile("[(（【\\[][^)）】\\]]*[)）】\\]]|\\d{4}\\s*年(度)?|(成员|人员|委员|班子成员|工作人员)?(名单|花名册|一览表|信息表|登记表|统计表)$");

	private final UnitDirectory units;

	private final Roles roles;

	private final IdCardHasher hasher;

	public RosterInterpreter(UnitDirectory units, Roles roles, IdCardHasher hasher) {
		this.units = units;
		this.roles = roles;
		this.hasher = hasher;
	}

	/**
	 * A sheet interpreted: its date (the roster is a snapshot of that day), the unit when the sheet
	 * has one (null with a unit column), and its mentions.
	 */
	public record SheetMentions(RosterSheet sheet, LocalDate asOf, UnitDirectory.Unit unit, List<Mention> mentions) {
	}

	/**
	 * Interprets one sheet; problems go to {@code problems}. {@code asOf} is the date given on the
	 * command line (null: the first full date in the title rows, else {@code today}).
	 */
	public SheetMentions interpret(RosterSheet sheet, LocalDate asOf, LocalDate today, List<RosterProblem> problems) {
		LocalDate date = asOf;
		for (int i = 0; date == null && i < sheet.titleRows().size(); i++) {
			date = RosterValues.titleDate(sheet.titleRows().get(i).text());
		}
		if (date == null) {
			date = today;
		}
		if (!sheet.columns().contains(RosterColumn.NAME)) {
			problems.add(sheet.problem("A" + sheet.headerRow(), "姓名", "the header row has no 姓名 column"));
		}
		UnitDirectory.Unit sheetUnit = null;
		boolean sheetUnitNeeded = !sheet.hasUnitColumn()
				|| sheet.rows().stream().anyMatch(r -> r.text(RosterColumn.UNIT) == null);
		if (sheetUnitNeeded) {
			sheetUnit = sheetUnit(sheet, problems);
		}
		Map<String, List<UnitDirectory.Unit>> rowUnits = new HashMap<>();
		List<Mention> mentions = new ArrayList<>();
		for (RosterSheet.Row row : sheet.rows()) {
			UnitDirectory.Unit unit = sheetUnit;
			String unitText = row.text(RosterColumn.UNIT);
			if (unitText != null) {
				List<UnitDirectory.Unit> found = rowUnits.computeIfAbsent(unitText, this.units::match);
				unit = one(found, unitText, sheet, row.ref(RosterColumn.UNIT), "单位", problems);
			}
			Mention mention = mention(sheet, row, unit, problems);
			if (mention != null && unit != null) {
				mentions.add(mention);
			}
		}
		return new SheetMentions(sheet, date, sheetUnit, mentions);
	}

	private UnitDirectory.Unit sheetUnit(RosterSheet sheet, List<RosterProblem> problems) {
		if (sheet.unitCell() != null) {
			return one(this.units.match(sheet.unitCell().text()), sheet.unitCell().text(), sheet,
					sheet.unitCell().ref(), "单位", problems);
		}
		List<String> tried = new ArrayList<>();
		List<Source> sources = new ArrayList<>();
		for (RosterSheet.Cell title : sheet.titleRows()) {
			sources.add(new Source(title.ref(), title.text(), "title"));
		}
		if (!sheet.sheet().isEmpty()) {
			sources.add(new Source("-", sheet.sheet(), "sheet name"));
		}
		String file = sheet.file().replaceAll("\\.[^.]*$", "");
		sources.add(new Source("-", file, "file name"));
		for (Source source : sources) {
			List<UnitDirectory.Unit> found = this.units.exact(source.text());
			if (found.isEmpty()) {
				String cleaned = withoutTitleNoise(source.text());
				if (!cleaned.isEmpty() && !cleaned.equals(source.text())) {
					found = this.units.exact(cleaned);
				}
			}
			if (found.isEmpty()) {
				found = this.units.fullText(source.text());
			}
			tried.add(source.what() + " \"" + source.text() + "\"");
			if (!found.isEmpty()) {
				return one(found, source.text(), sheet, source.ref(), "单位", problems);
			}
		}
		problems.add(sheet.problem("-", "单位", "no stored unit is named by a 单位 column, a 单位： cell, "
				+ String.join(", ", tried)));
		return null;
	}

	/**
	 * The title without its brackets, years and list words, taken off until none is left: one
	 * removal can uncover another ({@code 成员名单} before a bracketed date is at the end only once
	 * the date is gone).
	 */
	static String withoutTitleNoise(String title) {
		String cleaned = title.strip();
		String before;
		do {
			before = cleaned;
			cleaned = TITLE_NOISE.matcher(before).replaceAll("").strip();
		}
		while (!cleaned.equals(before));
		return cleaned;
	}

	private record Source(String ref, String text, String what) {
	}

	private static UnitDirectory.Unit one(List<UnitDirectory.Unit> found, String text, RosterSheet sheet, String ref,
			String column, List<RosterProblem> problems) {
		if (found.size() == 1) {
			return found.get(0);
		}
		if (found.isEmpty()) {
			problems.add(sheet.problem(ref, column, "no stored unit is named \"" + text + "\""));
		}
		else {
			problems.add(sheet.problem(ref, column, "\"" + text + "\" names more than one stored unit: "
					+ String.join(", ", found.stream().map(u -> u.name() + " (" + u.id() + ")").toList())));
		}
		return null;
	}

	private Mention mention(RosterSheet sheet, RosterSheet.Row row, UnitDirectory.Unit unit, List<RosterProblem> problems) {
		int before = problems.size();
		String written = row.text(RosterColumn.NAME);
		String name = written == null ? "" : RosterText.name(written);
		if (name.isEmpty()) {
			problems.add(sheet.problem(row.ref(RosterColumn.NAME), "姓名", "empty; every row needs a name"));
		}
		String gender = value(sheet, row, RosterColumn.GENDER, RosterValues::gender, problems);
		PartialDate birth = value(sheet, row, RosterColumn.BIRTH, RosterValues::birth, problems);
		Boolean party = value(sheet, row, RosterColumn.PARTY, RosterValues::partyMember, problems);
		PartialDate partySince = value(sheet, row, RosterColumn.PARTY_SINCE, RosterValues::date, problems);
		RosterValues.Term term = value(sheet, row, RosterColumn.TERM, RosterValues::term, problems);
		String phone = value(sheet, row, RosterColumn.PHONE, RosterText::phone, problems);
		String idHash = value(sheet, row, RosterColumn.ID_CARD, this.hasher::hash, problems);
		List<Roles.Post> posts = List.of(new Roles.Post("MEMBER", null));
		if (row.text(RosterColumn.POSTS) != null && unit != null) {
			posts = value(sheet, row, RosterColumn.POSTS, t -> this.roles.posts(t, unit.ownersCommittee()), problems);
			if (posts == null || posts.isEmpty()) {
				posts = List.of(new Roles.Post("MEMBER", null));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new Mention(sheet.file(), sheet.sheet(), row.number(), unit, RosterText.trim(written), name, gender, birth,
				party, partySince, posts, phone, term == null ? null : term.since(), term == null ? null : term.until(),
				idHash, row.text(RosterColumn.HOME), row.text(RosterColumn.NOTE));
	}

	private static <T> T value(RosterSheet sheet, RosterSheet.Row row, RosterColumn column, Function<String, T> reader,
			List<RosterProblem> problems) {
		String text = row.text(column);
		if (text == null) {
			return null;
		}
		try {
			return reader.apply(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(sheet.problem(row.ref(column), column.header(), ex.getMessage()));
			return null;
		}
	}

}
