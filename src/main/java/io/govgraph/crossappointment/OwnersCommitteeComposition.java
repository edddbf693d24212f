package io.govgraph.crossappointment;

/** Members and owner representatives of an owners committee, and how many are party members. */
public record OwnersCommitteeComposition(int members, int partyMembers, int reps, int partyReps) {

	public double memberPartyShare() {
		return this.members == 0 ? 0 : (double) this.partyMembers / this.members;
	}

	public double repPartyShare() {
		return this.reps == 0 ? 0 : (double) this.partyReps / this.reps;
	}

}
