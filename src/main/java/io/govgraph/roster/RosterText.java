package io.govgraph.roster;

import java.util.regex.Pattern;

/**
 * How roster text is folded before it is compared: full-width forms to their ASCII twins, white
 * space (also the ideographic space) removed from names, the middle dots unified, phones reduced
 * to their digits.
 */
public final class RosterText {

	/** The middle dot every variant becomes (of a name such as 阿卜杜·热合曼). */
	public static final char MIDDLE_DOT = '·';

	private static final Pattern WHITE = Pattern.compile("[\\s\\u00A0\\u3000\\u200B\\uFEFF]+");

	private RosterText() {
	}

	/** Full-width ASCII forms (Ａ, １, （) as ASCII, the ideographic space as a space. */
	public static String foldWidth(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000') {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Strips the white space a spreadsheet leaves around a value (the ideographic space too). */
	public static String trim(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("^[\\s\\u00A0\\u3000\\u200B\\uFEFF]+|[\\s\\u00A0\\u3000\\u200B\\uFEFF]+$", "");
	}

	/**
	 * A name as compared: all white space removed (rosters pad two-character names: 王 伟), letters
	 * folded to half width and upper case, every middle dot as {@link #MIDDLE_DOT}.
	 */
	public static String name(String written) {
		String folded = WHITE.matcher(foldWidth(written)).replaceAll("");
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			switch (c) {
				case '\u00B7', '\u2022', '\u30FB', '\u2027', '\uFF65', '\u2219', '\u22C5' -> out.append(MIDDLE_DOT);
				default -> out.append(Character.toUpperCase(c));
			}
		}
		return out.toString();
	}

	/**
	 * A phone as compared: its digits only, full-width digits folded, a leading +86 / 0086 country
	 * code dropped; null when the text holds no digit.
	 */
	public static String phone(String written) {
		String folded = foldWidth(written);
		boolean plus = folded.strip().startsWith("+");
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		String d = digits.toString();
		if (plus && d.startsWith("86") && d.length() > 2) {
			d = d.substring(2);
		}
		else if (d.startsWith("0086") && d.length() > 4) {
			d = d.substring(4);
		}
		else if (d.length() == 13 && d.startsWith("861")) {
			// a mobile number written with its country code but without the plus
			d = d.substring(2);
		}
		return d.isEmpty() ? null : d;
	}

	/**
	 * A header as compared: width folded, white space removed, a trailing (必填)/(选填) note and
	 * a trailing colon dropped.
	 */
	public static String header(String written) {
		String h = WHITE.matcher(foldWidth(written)).replaceAll("");
		h = h.replaceAll("\\*", "");
		h = h.replaceAll("\\((必填|选填|可选|必须填写)\\)$", "");
		h = h.replaceAll(":$", "");
		return h;
	}

	/** A unit's name as compared: width folded, white space removed, brackets made half width. */
	public static String unit(String written) {
		return WHITE.matcher(foldWidth(written)).replaceAll("").toUpperCase();
	}

}
