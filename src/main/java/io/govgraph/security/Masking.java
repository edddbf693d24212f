package io.govgraph.security;

import java.util.List;

/**
 * How a name is shown to someone who may not see it: the surname and "某" (张三 → 张某, 欧阳修 →
 * 欧阳某). Two-character surnames are recognised from the common ones; a name in Latin letters
 * keeps its first word.
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
		String n = name.strip();
		if (n.isEmpty()) {
			return MASK;
		}
		if (Character.UnicodeScript.of(n.codePointAt(0)) != Character.UnicodeScript.HAN) {
			int space = n.indexOf(' ');
			return (space < 0 ? n : n.substring(0, space)) + " " + MASK;
		}
		for (String compound : COMPOUND_SURNAMES) {
			if (n.startsWith(compound) && n.length() > compound.length()) {
				return compound + MASK;
			}
		}
		return n.substring(0, n.offsetByCodePoints(0, 1)) + MASK;
	}

}
