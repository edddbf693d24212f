package io.govgraph.roster;

import java.util.List;
import java.util.Optional;

/** The columns a roster may have, each recognized by its header or a synonym (spec rosters.md). */
public enum RosterColumn {

	/** The person's name, required. */
	NAME("姓名"),
	/** 男/女. */
	GENDER("性别"),
	/** Birth year, and month when given. */
	BIRTH("出生年月", "出生日期", "出生年份", "出生年月日"),
	/** Party member or not. */
	PARTY("政治面貌"),
	/** When the person joined the party. */
	PARTY_SINCE("入党时间", "入党日期", "入党年月"),
	/** The post(s) held in the sheet's unit. */
	POSTS("职务", "职位", "担任职务", "现任职务"),
	/** A phone, normalized. */
	PHONE("联系电话", "手机", "手机号码", "电话", "手机号", "联系方式"),
	/** Since, or since–until. */
	TERM("任职时间", "任期", "任职起止"),
	/** Used only for a keyed hash. */
	ID_CARD("身份证号", "身份证号码", "公民身份号码"),
	/** Where the person lives. */
	HOME("住址", "居住小区", "家庭住址"),
	/** A note. */
	NOTE("备注"),
	/** The unit of the row (first of the ways a sheet's unit is found). */
	UNIT("单位", "所在单位", "所属组织");

	private final List<String> headers;

	RosterColumn(String... headers) {
		this.headers = List.of(headers);
	}

	/** The header the spec names first, as the report writes it. */
	public String header() {
		return this.headers.get(0);
	}

	/** The column a header cell names, after {@link RosterText#header} folding; empty when none. */
	public static Optional<RosterColumn> of(String headerCell) {
		String h = RosterText.header(headerCell);
		for (RosterColumn column : values()) {
			if (column.headers.contains(h)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
