package io.govgraph.roster;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Every normalization of the roster spec, one case a row. */
class RosterValuesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "王  伟|王伟", "'　王　伟　'|王伟", "王\t伟|王伟", "阿卜杜·热合曼|阿卜杜·热合曼",
			"阿卜杜•热合曼|阿卜杜·热合曼", "阿卜杜・热合曼|阿卜杜·热合曼", "阿卜杜‧热合曼|阿卜杜·热合曼", "ＬＩ　Ｍｉｎｇ|LIMING",
			"Li Ming|LIMING" })
	void namesAreNormalized(String written, String expected) {
		assertThat(RosterText.name(written)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "138-1234-5678|13812345678", "+86 138 1234 5678|13812345678",
			"0086-13812345678|13812345678", "１３８１２３４５６７８|13812345678", "+86-138-1234-5678|13812345678",
			"8613812345678|13812345678", "0574-87654321|057487654321", "(0574) 8765 4321|057487654321" })
	void phonesAreNormalized(String written, String expected) {
		assertThat(RosterText.phone(written)).isEqualTo(expected);
	}

	@Test
	void aPhoneWithoutDigitsIsNone() {
		assertThat(RosterText.phone("无")).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1975.03|1975-03", "1975-03|1975-03", "1975年3月|1975-03", "197503|1975-03",
			"1975-03-12|1975-03", "1975/3|1975-03", "1975|1975", "１９７５．０３|1975-03", "1975.3.12|1975-03",
			"19750312|1975-03" })
	void birthIsReadAsYearAndMonth(String written, String expected) {
		assertThat(RosterValues.birth(written).text()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1975.13", "75.03", "1975年13月", "不详" })
	void anUnreadableBirthIsAnError(String written) {
		assertThatIllegalArgumentException().isThrownBy(() -> RosterValues.birth(written))
			.withMessage("cannot read \"" + written + "\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2021.06-2026.06|2021-06|2026-06", "2021年6月至今|2021-06|",
			"2021.06—2026.06|2021-06|2026-06", "2021-06-2026-06|2021-06|2026-06", "2021.06~|2021-06|",
			"2021年6月1日至2026年5月31日|2021-06-01|2026-05-31", "2021.06|2021-06|", "2021.6-至今|2021-06|",
			"2021/06 至 2026/06|2021-06|2026-06" })
	void termsAreRead(String written, String since, String until) {
		RosterValues.Term term = RosterValues.term(written);
		assertThat(term.since().text()).isEqualTo(since);
		assertThat(term.until() == null ? null : term.until().text()).isEqualTo(until);
	}

	@Test
	void aTermEndingBeforeItStartsIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> RosterValues.term("2026.06-2021.06"))
			.withMessageContaining("ends before it starts");
		assertThatIllegalArgumentException().isThrownBy(() -> RosterValues.term("2021.13"))
			.withMessage("cannot read \"2021.13\"");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "中共党员|true", "中共预备党员|true", "党员|true", "群众|false", "共青团员|false",
			"民盟盟员|false", "九三学社社员|false", "无党派人士|false", " 中共党员 |true" })
	void partyVocabulary(String written, boolean member) {
		assertThat(RosterValues.partyMember(written)).isEqualTo(member);
	}

	@Test
	void anUnknownPartyWordingIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> RosterValues.partyMember("积极分子"))
			.withMessageStartingWith("unknown 政治面貌 \"积极分子\"");
	}

	@Test
	void aTitleGivesTheRostersDate() {
		assertThat(RosterValues.titleDate("划船社区居委会成员名单（截至2024年6月30日）")).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(RosterValues.titleDate("填报日期：2024.6.30")).isEqualTo(LocalDate.of(2024, 6, 30));
		assertThat(RosterValues.titleDate("划船社区居委会成员名单（2024年换届）")).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "姓名|NAME", "姓 名|NAME", "姓名（必填）|NAME", "姓名(必填)|NAME", "*姓名|NAME",
			"出生年月|BIRTH", "出生日期|BIRTH", "出生年份|BIRTH", "政治面貌|PARTY", "入党时间|PARTY_SINCE", "职务|POSTS",
			"职位|POSTS", "担任职务|POSTS", "现任职务|POSTS", "联系电话|PHONE", "手机|PHONE", "手机号码|PHONE", "电话|PHONE",
			"任职时间|TERM", "任期|TERM", "任职起止|TERM", "身份证号|ID_CARD", "身份证号码|ID_CARD", "公民身份号码|ID_CARD",
			"住址|HOME", "居住小区|HOME", "家庭住址|HOME", "备注|NOTE", "单位|UNIT", "所在单位|UNIT", "所属组织|UNIT",
			"性别|GENDER" })
	void headersAndTheirSynonyms(String header, RosterColumn column) {
		assertThat(RosterColumn.of(header)).contains(column);
	}

	@Test
	void rolesFollowTheVocabulary() {
		Roles roles = Roles.defaults();
		assertThat(roles.posts("书记、主任", false)).containsExactly(new Roles.Post("SECRETARY", "书记"),
				new Roles.Post("DIRECTOR", "主任"));
		assertThat(roles.posts("主任", true)).containsExactly(new Roles.Post("CHAIR", "主任"));
		assertThat(roles.posts("副书记，委员;专职网格员；报到党员,第一书记", false)).extracting(Roles.Post::role)
			.containsExactly("DEPUTY_SECRETARY", "MEMBER", "GRID_WORKER", "REPORTED_MEMBER", "FIRST_SECRETARY");
		assertThat(roles.posts("社区党委副书记", false)).containsExactly(new Roles.Post("DEPUTY_SECRETARY", "社区党委副书记"));
		assertThatIllegalArgumentException().isThrownBy(() -> roles.posts("书记、宣传员", false))
			.withMessageStartingWith("unknown title \"宣传员\"");
	}

	@Test
	void anInstallationMapsItsOwnTitles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		java.nio.file.Path file = dir.resolve("roles.properties");
		java.nio.file.Files.writeString(file, "宣传员=MEMBER\n楼道长=VOLUNTEER\n");
		Roles roles = Roles.withFile(file);
		assertThat(roles.posts("宣传员、楼道长", false)).extracting(Roles.Post::role).containsExactly("MEMBER", "VOLUNTEER");
		java.nio.file.Files.writeString(file, "宣传员=PROPAGANDIST\n");
		assertThatIllegalArgumentException().isThrownBy(() -> Roles.withFile(file))
			.withMessageContaining("unknown role PROPAGANDIST");
	}

	@Test
	void idCardsAreHashedWithAKeyFromAnOwnerOnlyFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Path key = dir.resolve("keys/roster-id.key");
		IdCardHasher hasher = IdCardHasher.withKeyFile(key);
		assertThat(java.nio.file.Files.getPosixFilePermissions(key))
			.containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
					java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
		String id = "11010519491231002X";
		String hash = hasher.hash(id);
		assertThat(hash).hasSize(64).doesNotContain(id).isEqualTo(hasher.hash("１１０１０５１９４９１２３１００２ｘ"));
		assertThat(IdCardHasher.withKeyFile(key).hash(id)).isEqualTo(hash);
		assertThat(IdCardHasher.withKeyFile(dir.resolve("other.key")).hash(id)).isNotEqualTo(hash);
		assertThatIllegalArgumentException().isThrownBy(() -> hasher.hash("110105194912310021"))
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("110105194912310021"));
		assertThat(List.of(hasher.toString())).noneMatch(s -> s.contains("key=") || s.matches(".*[0-9a-f]{32}.*"));
	}

}
