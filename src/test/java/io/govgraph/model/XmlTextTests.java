package io.govgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Values that XML 1.0 cannot carry are refused by the field rules and replaced by exporters. */
class XmlTextTests {

	@Test
	void xmlAllowsTabNewlinesAndTheRangesOfItsCharProduction() {
		assertThat(XmlText.firstForbidden("王伟\t\n\r😀 ok")).isEqualTo(-1);
		assertThat(XmlText.firstForbidden("a\uFFFEb")).isEqualTo(0xFFFE);
		assertThat(XmlText.firstForbidden("a\uFFFF")).isEqualTo(0xFFFF);
		assertThat(XmlText.firstForbidden("a\u0000")).isZero();
		assertThat(XmlText.firstForbidden("a\u001B[31m")).isEqualTo(0x1B);
		assertThat(XmlText.firstForbidden("a\uD800b")).isEqualTo(0xD800);
		assertThat(XmlText.clean("甲\uFFFE乙\u0001丙😀")).isEqualTo("甲\uFFFD乙\uFFFD丙😀");
		assertThat(XmlText.clean("甲乙")).isEqualTo("甲乙");
	}

	@Test
	void everyCellOfEveryRowIsChecked() {
		List<String> problems = new ArrayList<>();
		FieldRules rules = new FieldRules((field, message) -> problems.add(field + ": " + message));
		TreeMap<String, String> extras = new TreeMap<>();
		extras.put("x_note", "bad\u0007bell");
		rules.unit(new FieldRules.UnitCells("u1", "STREET_COMMITTEE", "甲\uFFFE街道", null, List.of("甲", "乙\uFFFF"),
				null, null, null, "note\u0000", "src"), 2, extras);
		rules.person(new FieldRules.PersonCells("p1", "王\uFFFE伟", null, null, null, null, "138\u0008", null), 3,
				new TreeMap<>());
		rules.post(new FieldRules.PostCells("p1", "u1", "MEMBER", "委员\uFFFE", null, null, null), 4, new TreeMap<>());
		rules.link(new FieldRules.LinkCells("u1", "u2", "CO_CONSTRUCTS", null, null, "共建\uFFFE", null), 5,
				new TreeMap<>());
		assertThat(problems).containsExactly(
				"name: character U+FFFE is not allowed (not a character of XML 1.0; exports could not be read)",
				"note: character U+0000 is not allowed (not a character of XML 1.0; exports could not be read)",
				"aliases: character U+FFFF is not allowed (not a character of XML 1.0; exports could not be read)",
				"x_note: character U+0007 is not allowed (not a character of XML 1.0; exports could not be read)",
				"name: character U+FFFE is not allowed (not a character of XML 1.0; exports could not be read)",
				"phone: character U+0008 is not allowed (not a character of XML 1.0; exports could not be read)",
				"title: character U+FFFE is not allowed (not a character of XML 1.0; exports could not be read)",
				"note: character U+FFFE is not allowed (not a character of XML 1.0; exports could not be read)");
		assertThat(rules.failed()).isTrue();
	}

}
