package io.govgraph.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every paged list refuses a cursor of another list, and a garbled one, with a user error naming
 * its {@code after} argument; each list kind writes the one cursor scheme.
 */
@IntegrationTest
class ForeignCursorTests {

	/** A page of each list kind, the list as its cursors name it, with {@code $after}. */
	static final Map<String, String> LISTS = new LinkedHashMap<>();

	static {
		LISTS.put("units by ID", "units(first: 1, after: $after)");
		LISTS.put("units by FOUNDED descending", "units(orderBy: {field: FOUNDED, direction: DESC}, first: 1, after: $after)");
		LISTS.put("people by ID", "people(first: 1, after: $after)");
		LISTS.put("posts by UNIT", "posts(first: 1, after: $after)");
		LISTS.put("findings", "findings(first: 1, after: $after)");
		LISTS.put("crossAppointments", "crossAppointments(scopeId: \"yz.minglou\", first: 1, after: $after)");
		LISTS.put("changes", "changes(from: \"2025-01-01\", to: \"2025-12-31\", first: 1, after: $after)");
		LISTS.put("accessLog", "accessLog(first: 1, after: $after)");
	}

	@Autowired
	GraphQlTester graphQl;

	GraphQlTester.Response page(String field, String after) {
		return this.graphQl.document("query($after: String) { " + field + " { totalCount pageInfo { endCursor } } }")
			.variable("after", after)
			.execute();
	}

	String endCursor(String field) {
		String name = field.substring(0, field.indexOf('('));
		return page(field, null).path(name + ".pageInfo.endCursor").entity(String.class).get();
	}

	String refusal(String field, String after) {
		StringBuilder message = new StringBuilder();
		page(field, after).errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				message.append(e.getMessage());
			}));
		return message.toString();
	}

	@Test
	void everyListRefusesTheCursorOfAnotherList() {
		String units = endCursor(LISTS.get("units by ID"));
		String changes = endCursor(LISTS.get("changes"));
		LISTS.forEach((list, field) -> {
			String name = field.substring(0, field.indexOf('('));
			String foreign = list.equals("units by ID") ? changes : units;
			String from = list.equals("units by ID") ? "changes" : "units by ID";
			assertThat(refusal(field, foreign)).as(list)
				.isEqualTo(name + "(after): that is a cursor of " + from + ", not of " + list
						+ " (pass the endCursor, or an edge's cursor, of a page of " + list + ")");
		});
	}

	@Test
	void everyListRefusesAGarbledCursor() {
		String units = endCursor(LISTS.get("units by ID"));
		String cut = units.substring(0, units.length() - 3);
		LISTS.forEach((list, field) -> {
			String name = field.substring(0, field.indexOf('('));
			for (String garbled : new String[] { cut, "garbage!", "YXVkaXQ6MA" }) {
				assertThat(refusal(field, garbled)).as(list + " ← " + garbled)
					.startsWith(name + "(after): \"" + garbled + "\" is not a cursor");
			}
		});
	}

	@Test
	void everyListTakesItsOwnCursor() {
		for (String list : new String[] { "units by FOUNDED descending", "people by ID", "posts by UNIT", "crossAppointments",
				"changes" }) {
			String field = LISTS.get(list);
			String name = field.substring(0, field.indexOf('('));
			String cursor = endCursor(field);
			assertThat(cursor).as(list).isNotNull();
			page(field, cursor).errors().verify().path(name + ".totalCount").entity(Long.class).satisfies(n -> assertThat(n).isGreaterThan(1));
		}
	}

}
