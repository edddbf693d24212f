package io.govgraph.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.govgraph.model.PartialDate;

/**
 * A roster as a dated snapshot of one unit's posts: which posts it starts, which stored posts it
 * ends (until = its date − 1 day) because it no longer lists them or lists a new term of them,
 * and whether it is refused as older than the last roster imported for the unit. Pure: the writer reads and applies.
 */
public final class Snapshots {

	private Snapshots() {
	}

	/** A stored post of the unit; {@code ref} is how the writer finds it again. */
	public record StoredPost(String personId, String role, LocalDate since, LocalDate until, String ref) {

		boolean inForce(LocalDate day) {
			return (this.since == null || !this.since.isAfter(day)) && (this.until == null || !this.until.isBefore(day));
		}

	}

	/** A post the roster lists: its person (resolved), role, title as written, and term when given. */
	public record Listed(String personId, String role, String title, PartialDate since, PartialDate until) {
	}

	/**
	 * What a roster does to its unit. {@code start}: posts to create (since = the term's start, else
	 * the roster's date); {@code end}: stored posts to end the day before; {@code remove}: stored
	 * posts that began on the roster's date itself and that it no longer lists (a corrected roster
	 * of the same day), which an end would leave ending before they start.
	 */
	public record Plan(String unitId, LocalDate asOf, List<Listed> start, List<StoredPost> end,
			List<StoredPost> remove, int kept) {

		public LocalDate endDay() {
			return this.asOf.minusDays(1);
		}

	}

	/**
	 * Plans the snapshot of {@code unitId} on {@code asOf}; throws {@link IllegalArgumentException}
	 * when {@code lastImported} (the date of the last roster imported for the unit) is later.
	 */
	public static Plan plan(String unitId, LocalDate asOf, LocalDate lastImported, List<StoredPost> stored,
			List<Listed> listed) {
		if (lastImported != null && asOf.isBefore(lastImported)) {
			throw new IllegalArgumentException("the roster is of " + asOf + ", older than the last one imported for this unit ("
					+ lastImported + "); refused");
		}
		Set<String> listedKeys = new HashSet<>();
		List<Listed> start = new ArrayList<>();
		List<StoredPost> renewed = new ArrayList<>();
		int kept = 0;
		for (Listed l : listed) {
			String key = l.personId() + "|" + l.role();
			if (!listedKeys.add(key)) {
				continue;
			}
			List<StoredPost> held = stored.stream()
				.filter(s -> s.personId().equals(l.personId()) && s.role().equals(l.role()) && s.inForce(asOf))
				.toList();
			List<StoredPost> earlierTerms = held.stream().filter(s -> newTerm(s, l, lastImported)).toList();
			if (!held.isEmpty() && earlierTerms.size() < held.size()) {
				kept++;
			}
			else {
				start.add(l);
				renewed.addAll(earlierTerms);
			}
		}
		List<StoredPost> end = new ArrayList<>();
		List<StoredPost> remove = new ArrayList<>();
		for (StoredPost s : stored) {
			if (s.inForce(asOf) && (!listedKeys.contains(s.personId() + "|" + s.role()) || renewed.contains(s))) {
				(s.since() != null && !s.since().isBefore(asOf) ? remove : end).add(s);
			}
		}
		return new Plan(unitId, asOf, List.copyOf(start), List.copyOf(end), List.copyOf(remove), kept);
	}

	/**
	 * Whether the roster lists the post as a new term of one already held (a member re-elected):
	 * its 任职时间 begins after the stored post began and after the unit's last roster, which
	 * therefore listed the earlier term. A start written less precisely than the stored one
	 * (2021.06 for 2021-06-15) is no new term: it begins no later than the last roster.
	 */
	private static boolean newTerm(StoredPost held, Listed listed, LocalDate lastImported) {
		if (listed.since() == null || held.since() == null) {
			return false;
		}
		LocalDate begins = listed.since().firstDay();
		return begins.isAfter(held.since()) && (lastImported == null || begins.isAfter(lastImported));
	}

}
