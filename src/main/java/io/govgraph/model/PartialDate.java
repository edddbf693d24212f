package io.govgraph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of the interchange format: {@code YYYY-MM-DD}, or {@code YYYY-MM} / {@code YYYY} when
 * only that much is known. Kept as given (for a lossless export) and compared as its first day.
 *
 * @param text the date as given
 * @param firstDay the first day it can mean, which is what the graph stores and compares
 */
public record PartialDate(String text, LocalDate firstDay) {

	private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	/** Parses a v1 date; throws {@link IllegalArgumentException} with a user-facing reason. */
	public static PartialDate parse(String text) {
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("bad date \"" + text + "\" (expected YYYY-MM-DD, YYYY-MM or YYYY)");
		}
		try {
			LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
					m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
			return new PartialDate(text, day);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("bad date \"" + text + "\" (no such day)");
		}
	}

	/** Rebuilds a date from the graph: the stored day, and the text as given when it was partial. */
	public static PartialDate of(LocalDate firstDay, String givenText) {
		return new PartialDate(givenText != null ? givenText : firstDay.toString(), firstDay);
	}

	/** True when the date was given as a month or a year only. */
	public boolean isPartial() {
		return this.text.length() < 10;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
