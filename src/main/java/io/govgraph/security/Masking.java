package io.govgraph.security;

import java.text.Normalizer;
import java.util.List;

/**
 * How a name is shown to someone who may not see it: the surname and "某" (张三 → 张某, 欧阳修 →
 * 欧阳某). Two-character surnames are recognised from the common ones. The name is normalized
 * first (NFKC; spaces, including no-break spaces, and punctuation at either end removed), so a
 * leading {@code ·}, {@code （} or space cannot make the whole name pass as its "surname". A
 * transliterated name written with a middle dot (阿依古丽·买买提) shows its first character, as a
 * Han name does; a name in another script (Zhang San, Zhangsan) shows only its first letter, since
 * which of its words is the surname cannot be told: {@code Z某}. Whatever the name, the mask shows
 * at most two of its characters.
 */
public final class Masking {

	static final String MASK = "某";

	/** Two-character (compound) surnames in common use. */
	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
			"公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "西门", "南宫", "轩辕", "独孤", "呼延", "申屠", "澹台",
			"公羊", "闻人", "万俟", "赫连", "钟离", "宗政", "濮阳", "太史", "仲孙", "单于", "东郭", "百里", "第五");

	private Masking() {
	}

	/** The surname followed by 某; null stays null. */
	public static String surname(String name) {
		if (name == null) {
			return null;
		}
		String n = normalized(name);
		if (n.isEmpty()) {
			return MASK;
		}
		int first = n.codePointAt(0);
		if (Character.UnicodeScript.of(first) != Character.UnicodeScript.HAN) {
			return new String(Character.toChars(Character.toUpperCase(first))) + MASK;
		}
		for (String compound : COMPOUND_SURNAMES) {
			if (n.startsWith(compound) && n.length() > compound.length()) {
				return compound + MASK;
			}
		}
		return n.substring(0, n.offsetByCodePoints(0, 1)) + MASK;
	}

	/** NFKC, then every space, separator, punctuation or symbol at either end removed. */
	static String normalized(String name) {
		String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
		int start = 0;
		int end = n.length();
		while (start < end && !Character.isLetterOrDigit(n.codePointAt(start))) {
			start += Character.charCount(n.codePointAt(start));
		}
		while (end > start && !Character.isLetterOrDigit(n.codePointBefore(end))) {
			end -= Character.charCount(n.codePointBefore(end));
		}
		return n.substring(start, end);
	}

}
