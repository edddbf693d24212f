package io.govgraph.model;

/**
 * The characters XML 1.0 allows in text ({@code Char} of the XML 1.0 specification, §2.2): tab,
 * line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. GraphML and GEXF
 * exports are XML 1.0, so a stored value with any other character (U+FFFE, a control character, an
 * unpaired surrogate) would make every export that contains it unreadable: the field rules refuse
 * such values, and the exporters replace any that are already stored.
 */
public final class XmlText {

	/** What an exporter writes in place of a character XML 1.0 does not allow. */
	public static final char REPLACEMENT = '\uFFFD';

	private XmlText() {
	}

	/** Whether XML 1.0 allows the code point in text. */
	public static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/** The first code point of the text that XML 1.0 does not allow, or -1 when there is none. */
	public static int firstForbidden(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (!allowed(c)) {
				return c;
			}
			i += Character.charCount(c);
		}
		return -1;
	}

	/** The text with every character XML 1.0 does not allow replaced by {@link #REPLACEMENT}. */
	public static String clean(String text) {
		if (firstForbidden(text) < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (allowed(c)) {
				out.appendCodePoint(c);
			}
			else {
				out.append(REPLACEMENT);
			}
			i += Character.charCount(c);
		}
		return out.toString();
	}

}
