package io.govgraph.roster;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.govgraph.model.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A roster as a dated snapshot: a newer one ends what it no longer lists and starts what it adds; an older one is refused. */
class SnapshotsTests {

	private static final LocalDate JUNE = LocalDate.of(2024, 6, 30);

	private static Snapshots.StoredPost post(String person, String role, LocalDate since, LocalDate until) {
		return new Snapshots.StoredPost(person, role, since, until, person + "/" + role);
	}

	@Test
	void aNewerRosterEndsWhatItNoLongerListsAndStartsWhatItAdds() {
		List<Snapshots.StoredPost> stored = List.of(post("p1", "DIRECTOR", LocalDate.of(2021, 6, 1), null),
				post("p2", "MEMBER", LocalDate.of(2021, 6, 1), null),
				post("p3", "MEMBER", LocalDate.of(2018, 1, 1), LocalDate.of(2021, 5, 31)));
		Snapshots.Plan plan = Snapshots.plan("u", JUNE, LocalDate.of(2023, 1, 1), stored,
				List.of(new Snapshots.Listed("p1", "DIRECTOR", "主任", null, null),
						new Snapshots.Listed("p4", "MEMBER", "委员", PartialDate.parse("2024-05"), null),
						new Snapshots.Listed("p1", "SECRETARY", "书记", null, null)));
		assertThat(plan.kept()).isEqualTo(1);
		assertThat(plan.start()).extracting(Snapshots.Listed::personId, Snapshots.Listed::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("p4", "MEMBER"),
					org.assertj.core.groups.Tuple.tuple("p1", "SECRETARY"));
		assertThat(plan.end()).extracting(Snapshots.StoredPost::ref).containsExactly("p2/MEMBER");
		assertThat(plan.endDay()).isEqualTo(LocalDate.of(2024, 6, 29));
		assertThat(plan.remove()).isEmpty();
	}

	@Test
	void aTermThatBeganAfterTheLastRosterEndsTheEarlierTermOfThePost() {
		// 康桥公寓: the 2021 roster listed p1 as a member since 2019-06-01; the roster of the
		// 2024-06-01 election lists p1 as a member since that day, and p2 since 2019-06 (month only)
		List<Snapshots.StoredPost> stored = List.of(post("p1", "MEMBER", LocalDate.of(2019, 6, 1), null),
				post("p2", "MEMBER", LocalDate.of(2019, 6, 1), null));
		LocalDate election = LocalDate.of(2024, 6, 1);
		Snapshots.Plan plan = Snapshots.plan("u", election, LocalDate.of(2021, 6, 30), stored,
				List.of(new Snapshots.Listed("p1", "MEMBER", "委员", PartialDate.parse("2024-06-01"), null),
						new Snapshots.Listed("p2", "MEMBER", "委员", PartialDate.parse("2019-06"), null)));
		assertThat(plan.start()).extracting(Snapshots.Listed::personId).containsExactly("p1");
		assertThat(plan.end()).extracting(Snapshots.StoredPost::ref).containsExactly("p1/MEMBER");
		assertThat(plan.endDay()).isEqualTo(LocalDate.of(2024, 5, 31));
		assertThat(plan.kept()).isEqualTo(1);
		// a start written no later than the last roster is the term that roster listed
		Snapshots.Plan again = Snapshots.plan("u", election, LocalDate.of(2021, 6, 30), stored,
				List.of(new Snapshots.Listed("p1", "MEMBER", "委员", PartialDate.parse("2019-06-15"), null)));
		assertThat(again.start()).isEmpty();
		assertThat(again.end()).extracting(Snapshots.StoredPost::ref).containsExactly("p2/MEMBER");
	}

	@Test
	void anOlderRosterIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Snapshots.plan("u", LocalDate.of(2023, 1, 1), JUNE, List.of(), List.of()))
			.withMessage("the roster is of 2023-01-01, older than the last one imported for this unit (2024-06-30); refused");
	}

	@Test
	void theSameRosterAgainChangesNothing() {
		List<Snapshots.StoredPost> stored = List.of(post("p1", "DIRECTOR", JUNE, null));
		Snapshots.Plan plan = Snapshots.plan("u", JUNE, JUNE, stored,
				List.of(new Snapshots.Listed("p1", "DIRECTOR", "主任", null, null)));
		assertThat(plan.start()).isEmpty();
		assertThat(plan.end()).isEmpty();
		assertThat(plan.kept()).isEqualTo(1);
	}

	@Test
	void aCorrectedRosterOfTheSameDayRemovesWhatItStartedThatDay() {
		List<Snapshots.StoredPost> stored = List.of(post("p1", "DIRECTOR", JUNE, null));
		Snapshots.Plan plan = Snapshots.plan("u", JUNE, JUNE, stored,
				List.of(new Snapshots.Listed("p2", "DIRECTOR", "主任", null, null)));
		assertThat(plan.remove()).extracting(Snapshots.StoredPost::ref).containsExactly("p1/DIRECTOR");
		assertThat(plan.end()).isEmpty();
		assertThat(plan.start()).extracting(Snapshots.Listed::personId).containsExactly("p2");
	}

}
