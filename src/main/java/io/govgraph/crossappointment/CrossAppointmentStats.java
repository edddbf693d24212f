package io.govgraph.crossappointment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The four figures of docs/spec/analysis.md §Cross-appointment statistics. */
public record CrossAppointmentStats(int compounds, int withOwnersCommittee, int withCrossAppointment,
		int crossAppointedPeople) {

	/** The four figures over some compounds (people counted once however many compounds they are in). */
	public static CrossAppointmentStats of(Collection<CompoundSides> compounds) {
		Set<String> people = new HashSet<>();
		compounds.forEach(c -> people.addAll(c.crossAppointed()));
		return new CrossAppointmentStats(compounds.size(),
				(int) compounds.stream().filter(CompoundSides::hasOwnersCommittee).count(),
				(int) compounds.stream().filter(CompoundSides::hasCrossAppointment).count(), people.size());
	}

}
