package io.govgraph.audit;

import java.util.List;

import io.govgraph.crossappointment.CrossAppointmentStats;
import io.govgraph.crossappointment.OwnersCommitteeComposition;

/**
 * Cross-appointment and owners-committee figures of a street, a community or a compound, with the
 * same figures for each unit beneath it (street → community → compound).
 * @param level {@code STREET}, {@code COMMUNITY} or {@code COMPOUND}
 * @param stats the four figures of docs/spec/analysis.md, over the compounds of this node
 * @param ownersCommittees how many of those compounds have an owners committee
 * @param composition the members and representatives of those owners committees, summed (people
 * on two committees count twice), so the party shares are over all their seats
 * @param compoundsWithoutOwnersCommittee ids of those compounds that have none
 */
public record Rollup(String unitId, String unitName, String level, CrossAppointmentStats stats,
		int ownersCommittees, OwnersCommitteeComposition composition, List<String> compoundsWithoutOwnersCommittee,
		List<Rollup> children) {
}
