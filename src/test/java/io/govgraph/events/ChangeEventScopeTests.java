package io.govgraph.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event's scope worked out from a containment tree in memory (as an import stages its events):
 * its units and all their ancestors, each once, each unit's ancestors found once.
 */
class ChangeEventScopeTests {

	static final Map<String, String> TREE = Map.of("d.s", "d", "d.s.c", "d.s", "d.s.c.cp", "d.s.c", "d.s.c.cp.oc",
			"d.s.c.cp", "d.s.c2", "d.s", "lf", "d");

	@Test
	void aUnitsAncestorsRunUpToTheRoot() {
		Function<String, List<String>> ancestors = ChangeEvents.treeAncestors(TREE);
		assertThat(ancestors.apply("d.s.c.cp")).containsExactly("d.s.c.cp", "d.s.c", "d.s", "d");
		// worked out after a descendant and before a sibling: the same answers from what is known
		assertThat(ancestors.apply("d.s.c.cp.oc")).containsExactly("d.s.c.cp.oc", "d.s.c.cp", "d.s.c", "d.s", "d");
		assertThat(ancestors.apply("d.s.c2")).containsExactly("d.s.c2", "d.s", "d");
		assertThat(ancestors.apply("d")).containsExactly("d");
		// a unit the tree does not name as a child is a root
		assertThat(ancestors.apply("other")).containsExactly("other");
	}

	@Test
	void anEventsScopeHoldsEachOfItsUnitsAndAncestorsOnce() {
		ChangeEvent link = ChangeEvent.linkStarted("PAIRED_WITH", "lf", "d.s.c", LocalDate.of(2021, 3, 1), null,
				LocalDate.of(2026, 1, 1));
		ChangeEvent none = new ChangeEvent(EventType.FINDING_OPENED, "f#1", LocalDate.of(2026, 1, 1), List.of(),
				List.of(), Map.of());
		List<Map<String, Object>> rows = ChangeEvents.rows(List.of(link, none), ChangeEvents.treeAncestors(TREE));
		assertThat(rows.get(0).get("scope")).isEqualTo(List.of("lf", "d", "d.s.c", "d.s"));
		assertThat(rows.get(0).get("key")).isEqualTo(link.key());
		assertThat(rows.get(1).get("scope")).isEqualTo(List.of());
	}

}
