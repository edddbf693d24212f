package io.govgraph.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.govgraph.model.PartialDate;

/**
 * The values of a roster's cells as written in districts (出生年月 {@code 1975.03}, 任职时间
 * {@code 2021年6月至今}, 政治面貌 {@code 中共预备党员} …), read into the interchange format's
 * values; each reader throws {@link IllegalArgumentException} with a message for the report.
 */
public final class RosterValues {

	private static final String DATE = "(\\d{4})(?:\\s*[.\\-/年]\\s*(\\d{1,2})(?:\\s*[.\\-/月]\\s*(\\d{1,2})\\s*日?)?\\s*月?)?";

	private static final Pattern ONE_DATE = Pattern.compile(DATE);

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?");

	private static final Pattern TERM = Pattern.compile(DATE + "(?:\\s*(?:-|—|–|－|~|～|至|到)+\\s*(?:" + DATE
			+ "|(今|现在|目前|至今))?|\\s*(至今))?");

	private static final Pattern TITLE_DATE = Pattern
		.compile("(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})(?!\\d))");

	/** 政治面貌 as written → party member or not. */
	private static final Map<String, Boolean> PARTY = Map.ofEntries(Map.entry("中共党员", true),
			Map.entry("中国共产党党员", true), Map.entry("共产党员", true), Map.entry("中共预备党员", true),
			Map.entry("预备党员", true), Map.entry("党员", true), Map.entry("群众", false), Map.entry("共青团员", false),
			Map.entry("团员", false), Map.entry("无党派人士", false), Map.entry("无党派", false),
			Map.entry("民革党员", false), Map.entry("民革", false), Map.entry("民盟盟员", false), Map.entry("民盟", false),
			Map.entry("民建会员", false), Map.entry("民建", false), Map.entry("民进会员", false), Map.entry("民进", false),
			Map.entry("农工党党员", false), Map.entry("农工党", false), Map.entry("致公党党员", false),
			Map.entry("致公党", false), Map.entry("九三学社社员", false), Map.entry("九三学社", false),
			Map.entry("台盟盟员", false), Map.entry("台盟", false), Map.entry("民主党派", false));

	private RosterValues() {
	}

	/** A since–until pair; until null when still in force. */
	public record Term(PartialDate since, PartialDate until) {
	}

	/**
	 * 出生年月: {@code 1975.03}, {@code 1975-03}, {@code 1975年3月}, {@code 197503}, {@code 1975},
	 * a full date (an Excel date cell reads as {@code 1975-03-12}); kept as year-month, or year.
	 */
	public static PartialDate birth(String written) {
		String t = RosterText.foldWidth(written).strip();
		Matcher compact = COMPACT.matcher(t);
		PartialDate date;
		if (compact.matches()) {
			date = date(t, compact.group(1), compact.group(2), null);
		}
		else {
			Matcher m = ONE_DATE.matcher(t);
			if (!m.matches()) {
				throw cannotRead(written);
			}
			date = date(written, m.group(1), m.group(2), m.group(3));
		}
		String text = date.text();
		return text.length() > 7 ? PartialDate.parse(text.substring(0, 7)) : date;
	}

	/** A single date as rosters write it ({@code 2019.07}, {@code 2019年7月1日}, {@code 2019-07-01}). */
	public static PartialDate date(String written) {
		String t = RosterText.foldWidth(written).strip();
		Matcher compact = COMPACT.matcher(t);
		if (compact.matches()) {
			return date(written, compact.group(1), compact.group(2), compact.group(3));
		}
		Matcher m = ONE_DATE.matcher(t);
		if (!m.matches()) {
			throw cannotRead(written);
		}
		return date(written, m.group(1), m.group(2), m.group(3));
	}

	/** 任职时间: {@code 2021.06-2026.06}, {@code 2021年6月至今}, or a since alone. */
	public static Term term(String written) {
		String t = RosterText.foldWidth(written).strip();
		Matcher m = TERM.matcher(t);
		if (!m.matches()) {
			throw cannotRead(written);
		}
		PartialDate since = date(written, m.group(1), m.group(2), m.group(3));
		PartialDate until = (m.group(4) == null) ? null : date(written, m.group(4), m.group(5), m.group(6));
		if (until != null && until.firstDay().isBefore(since.firstDay())) {
			throw new IllegalArgumentException("\"" + written + "\" ends before it starts");
		}
		return new Term(since, until);
	}

	/** 政治面貌 → party member (true) or not; an unknown wording is an error. */
	public static boolean partyMember(String written) {
		Boolean member = PARTY.get(RosterText.name(written));
		if (member == null) {
			throw new IllegalArgumentException("unknown 政治面貌 \"" + written
					+ "\" (expected 中共党员, 中共预备党员, 党员, 群众, 共青团员, 无党派人士 or a democratic party's members)");
		}
		return member;
	}

	/** 性别 → {@code 男} or {@code 女}. */
	public static String gender(String written) {
		String g = RosterText.name(written);
		return switch (g) {
			case "男", "男性", "M", "MALE" -> "男";
			case "女", "女性", "F", "FEMALE" -> "女";
			default -> throw new IllegalArgumentException("unknown 性别 \"" + written + "\" (expected 男 or 女)");
		};
	}

	/** The first full date in a title row ({@code 2024年6月30日}, {@code 2024.6.30}); null when none. */
	public static LocalDate titleDate(String title) {
		Matcher m = TITLE_DATE.matcher(RosterText.foldWidth(title));
		while (m.find()) {
			String month = m.group(2) != null ? m.group(2) : m.group(4);
			String day = m.group(3) != null ? m.group(3) : m.group(5);
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(month), Integer.parseInt(day));
			}
			catch (DateTimeException ex) {
				// not a date after all (e.g. a document number); look further
			}
		}
		return null;
	}

	private static PartialDate date(String written, String year, String month, String day) {
		StringBuilder iso = new StringBuilder(year);
		if (month != null) {
			iso.append('-').append(month.length() == 1 ? "0" + month : month);
			if (day != null) {
				iso.append('-').append(day.length() == 1 ? "0" + day : day);
			}
		}
		try {
			PartialDate date = PartialDate.parse(iso.toString());
			if (month != null && (date.firstDay().getMonthValue() != Integer.parseInt(month))) {
				throw cannotRead(written);
			}
			return date;
		}
		catch (IllegalArgumentException ex) {
			throw cannotRead(written);
		}
	}

	private static IllegalArgumentException cannotRead(String written) {
		return new IllegalArgumentException("cannot read \"" + written + "\"");
	}

}
