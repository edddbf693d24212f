package io.govgraph.roster;

import java.util.ArrayList;
import java.util.List;

/** A unit directory over a list, for tests: exact by folded name, full text by containment. */
final class MemoryUnits implements UnitDirectory {

	private final List<Unit> units = new ArrayList<>();

	MemoryUnits add(String id, String name, String type, String streetId) {
		this.units.add(new Unit(id, name, type, streetId));
		return this;
	}

	@Override
	public List<Unit> exact(String text) {
		String t = RosterText.unit(text);
		return this.units.stream().filter(u -> RosterText.unit(u.name()).equals(t)).toList();
	}

	@Override
	public List<Unit> fullText(String text) {
		String t = RosterText.unit(text);
		List<Unit> contained = this.units.stream().filter(u -> t.contains(RosterText.unit(u.name()))).toList();
		int longest = contained.stream().mapToInt(u -> u.name().length()).max().orElse(0);
		return contained.stream().filter(u -> u.name().length() == longest).toList();
	}

}
