package io.govgraph.query;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.govgraph.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one cursor scheme: opaque text that reads back as the list and position it was written for, and nothing else. */
class CursorTests {

	static final String LIST = "units by FOUNDED descending";

	@Test
	void aCursorReadsBackAsItsPositionWithEachValueOfItsKind() {
		List<Object> position = List.of(LocalDate.of(2019, 6, 1), 42L, "yz.minglou|CHAIR|p00740|", "");
		String text = new Cursor(LIST, position).text();
		assertThat(text).matches("[A-Za-z0-9_-]+");
		assertThat(Cursor.position(LIST, text, "units(after)")).containsExactly(LocalDate.of(2019, 6, 1), 42L,
				"yz.minglou|CHAIR|p00740|", "");
	}

	@Test
	void idsWithAnyCharacterSurviveTheRoundTrip() {
		List<Object> position = List.of("名:字\u0000L3:x", "a".repeat(300), -7L);
		assertThat(Cursor.position("people by ID", new Cursor("people by ID", position).text(), "people(after)"))
			.isEqualTo(position);
	}

	@Test
	void wholeNumbersReadBackAsLongs() {
		String text = new Cursor("accessLog", List.of(1_700_000_000, "e1")).text();
		assertThat(Cursor.position("accessLog", text, "accessLog(after)")).containsExactly(1_700_000_000L, "e1");
	}

	@Test
	void noCursorIsTheFirstPage() {
		assertThat(Cursor.position(LIST, null, "units(after)")).isNull();
	}

	@Test
	void aCursorOfAnotherListIsRefusedNamingBothLists() {
		String people = new Cursor("people by ID", List.of("p00001", "p00001")).text();
		assertThatThrownBy(() -> Cursor.position("units by ID", people, "units(after)"))
			.isInstanceOf(UserInputException.class)
			.hasMessage("units(after): that is a cursor of people by ID, not of units by ID"
					+ " (pass the endCursor, or an edge's cursor, of a page of units by ID)");
		String byName = new Cursor("units by NAME", List.of("明楼街道", "yz.minglou")).text();
		assertThatThrownBy(() -> Cursor.position("units by NAME descending", byName, "units(after)"))
			.isInstanceOf(UserInputException.class)
			.hasMessageStartingWith("units(after): that is a cursor of units by NAME, not of units by NAME descending");
	}

	@Test
	void aGarbledCursorIsRefused() {
		String good = new Cursor(LIST, List.of(LocalDate.of(2019, 6, 1), "yz.minglou")).text();
		int middle = good.length() / 2;
		String changed = good.substring(0, middle) + (good.charAt(middle) == 'A' ? 'B' : 'A') + good.substring(middle + 1);
		for (String garbled : List.of(good.substring(0, good.length() - 2), changed, good + "AA", "garbage!", "",
				"bm90IGEgY3Vyc29y", "YXVkaXQ6Mw")) {
			assertThatThrownBy(() -> Cursor.position(LIST, garbled, "units(after)")).as(garbled)
				.isInstanceOf(UserInputException.class)
				.hasMessage("units(after): \"" + garbled + "\" is not a cursor (pass the endCursor, or an edge's cursor,"
						+ " of a page of " + LIST + ")");
		}
	}

	@Test
	void aPageChecksItsSizeAndReadsOneRowMoreThanItHolds() {
		Page page = Page.of("findings", "findings", null, null, 50, 1000);
		assertThat(page.size()).isEqualTo(50);
		assertThat(page.limit()).isEqualTo(51);
		assertThat(page.after(0, Long.class)).isNull();
		assertThat(Page.of("people by ID", "people", null, null).size()).isEqualTo(Page.DEFAULT_SIZE);
		assertThatThrownBy(() -> Page.of("people by ID", "people", 501, null)).isInstanceOf(UserInputException.class)
			.hasMessage("people(first): 501 is out of range (0 to 500)");
		assertThatThrownBy(() -> Page.of("findings", "findings", -1, null, 50, 1000))
			.hasMessage("findings(first): -1 is out of range (0 to 1000)");
	}

	@Test
	void aPositionOfTheWrongShapeIsRefusedLikeAGarbledCursor() {
		// only a forged cursor (a valid checksum) has the list's name and a position of another shape
		String forged = new Cursor("changes", List.of("not a day", "BEGAN|x")).text();
		Page page = Page.of("changes", "changes", 10, forged);
		assertThatThrownBy(() -> page.after(0, LocalDate.class)).isInstanceOf(UserInputException.class)
			.hasMessage("changes(after): not a position in changes");
		assertThatThrownBy(() -> page.after(2, String.class)).isInstanceOf(UserInputException.class);
	}

	@Test
	void theConnectionHoldsTheFirstRowsTheirCursorsAndWhetherMoreFollow() {
		Page first = Page.of("accessLog", "accessLog", 2, null);
		Connection<String> connection = first.connection(List.of("a", "b", "c"), r -> List.of(r.hashCode(), r),
				r -> r.toUpperCase(), () -> 7);
		assertThat(connection.nodes()).containsExactly("A", "B");
		assertThat(connection.pageInfo().hasNextPage()).isTrue();
		assertThat(connection.pageInfo().endCursor()).isEqualTo(connection.edges().get(1).cursor());
		assertThat(connection.totalCount()).isEqualTo(7);
		Page second = Page.of("accessLog", "accessLog", 2, connection.pageInfo().endCursor());
		assertThat(second.after(0, Long.class)).isEqualTo((long) "b".hashCode());
		assertThat(second.after(1, String.class)).isEqualTo("b");
		Connection<String> last = second.connection(List.of("c"), r -> List.of(0L, r), r -> r, () -> 7);
		assertThat(last.pageInfo().hasNextPage()).isFalse();
		assertThat(first.connection(List.of(), r -> List.of(), r -> r, () -> 0).pageInfo().endCursor()).isNull();
	}

}
