package io.govgraph.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/**
 * A v1 data set as read from its four files. Each row keeps the line it came from, for messages;
 * {@link #withoutLines()} compares data sets by content alone.
 */
public record DataSet(List<UnitRow> units, List<PersonRow> people, List<PostRow> posts, List<LinkRow> links) {

	/** A row of units.csv. */
	public record UnitRow(int line, String id, String type, String name, String parentId, List<String> aliases,
			String sector, PartialDate founded, PartialDate dissolved, String note, String source,
			SortedMap<String, String> extras) {
	}

	/** A row of people.csv. */
	public record PersonRow(int line, String id, String name, Boolean partyMember, PartialDate partySince,
			String gender, Integer birthYear, String phone, String source, SortedMap<String, String> extras) {
	}

	/** A row of posts.csv; identified by person, unit, role and since. */
	public record PostRow(int line, String personId, String unitId, String role, String title, PartialDate since,
			PartialDate until, String source, SortedMap<String, String> extras) {

		public PostKey key() {
			return new PostKey(this.personId, this.unitId, this.role, this.since == null ? null : this.since.firstDay());
		}
	}

	/** What identifies a post: two rows with the same key are one post (since compared by its first day). */
	public record PostKey(String personId, String unitId, String role, LocalDate since) implements Comparable<PostKey> {

		private static final Comparator<PostKey> ORDER = Comparator
			.comparing(PostKey::personId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
			.thenComparing(PostKey::unitId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(PostKey::role, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(PostKey::since, Comparator.nullsFirst(Comparator.naturalOrder()));

		@Override
		public int compareTo(PostKey other) {
			return ORDER.compare(this, other);
		}

	}

	/** A row of links.csv; identified by its ends, type and since. */
	public record LinkRow(int line, String fromId, String toId, String type, PartialDate since, PartialDate until,
			String note, String source, SortedMap<String, String> extras) {

		public LinkKey key() {
			return new LinkKey(this.fromId, this.toId, this.type, this.since == null ? null : this.since.firstDay());
		}
	}

	/** What identifies a link: two rows with the same key are one link (since compared by its first day). */
	public record LinkKey(String fromId, String toId, String type, LocalDate since) implements Comparable<LinkKey> {

		private static final Comparator<LinkKey> ORDER = Comparator
			.comparing(LinkKey::fromId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
			.thenComparing(LinkKey::toId, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(LinkKey::type, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(LinkKey::since, Comparator.nullsFirst(Comparator.naturalOrder()));

		@Override
		public int compareTo(LinkKey other) {
			return ORDER.compare(this, other);
		}

	}

	public int rowCount() {
		return this.units.size() + this.people.size() + this.posts.size() + this.links.size();
	}

	/** The same data with every line number set to 0, sorted: for comparing content. */
	public DataSet withoutLines() {
		return new DataSet(
				this.units.stream()
					.map(u -> new UnitRow(0, u.id, u.type, u.name, u.parentId, u.aliases, u.sector, u.founded,
							u.dissolved, u.note, u.source, u.extras))
					.sorted(Comparator.comparing(UnitRow::id))
					.toList(),
				this.people.stream()
					.map(p -> new PersonRow(0, p.id, p.name, p.partyMember, p.partySince, p.gender, p.birthYear,
							p.phone, p.source, p.extras))
					.sorted(Comparator.comparing(PersonRow::id))
					.toList(),
				this.posts.stream()
					.map(p -> new PostRow(0, p.personId, p.unitId, p.role, p.title, p.since, p.until, p.source,
							p.extras))
					.sorted(Comparator.comparing(PostRow::key))
					.toList(),
				this.links.stream()
					.map(l -> new LinkRow(0, l.fromId, l.toId, l.type, l.since, l.until, l.note, l.source, l.extras))
					.sorted(Comparator.comparing(LinkRow::key))
					.toList());
	}

}
