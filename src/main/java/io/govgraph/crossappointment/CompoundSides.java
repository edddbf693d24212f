package io.govgraph.crossappointment;

import java.util.List;

/**
 * One compound on a date: whether it has an owners committee, and the people cross-appointed in it
 * (posts in force on two or more of its sides).
 */
public record CompoundSides(String compoundId, boolean hasOwnersCommittee, List<String> crossAppointed) {

	public boolean hasCrossAppointment() {
		return !this.crossAppointed.isEmpty();
	}

}
