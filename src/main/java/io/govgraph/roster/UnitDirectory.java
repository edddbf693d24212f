package io.govgraph.roster;

import java.util.List;

/**
 * The stored units a roster's text may name: matched exactly after normalization (name or alias),
 * then by full text; the store's implementation reads the graph, tests give their own.
 */
public interface UnitDirectory {

	/** A stored unit with the street it lies under (null when under none, e.g. a law firm). */
	record Unit(String id, String name, String type, String streetId) {

		/** Whether the unit is an owners committee (主任 is then CHAIR). */
		public boolean ownersCommittee() {
			return "OWNERS_COMMITTEE".equals(this.type);
		}

	}

	/** Units whose name or an alias equals the text after {@link RosterText#unit} folding. */
	List<Unit> exact(String text);

	/**
	 * Units found by full text whose name or alias the text contains, the longest such names only
	 * (明楼街道划船社区居委会成员名单 → 划船社区居委会, not 明楼街道).
	 */
	List<Unit> fullText(String text);

	/** The unit by exact match, else by full text. */
	default List<Unit> match(String text) {
		List<Unit> exact = exact(text);
		return exact.isEmpty() ? fullText(text) : exact;
	}

}
