package io.govgraph.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/**
 * A data set as read from its files (the four of v1, the optional ones of v1.1). Each row keeps the
 * line it came from, for messages; {@link #withoutLines()} compares data sets by content alone.
 */
public record DataSet(List<UnitRow> units, List<PersonRow> people, List<PostRow> posts, List<LinkRow> links,
		List<AgreementRow> agreements, List<PartyRow> parties, List<ItemRow> items, List<EventRow> events,
		List<AttendanceRow> attendance) {

	/** A v1 data set: none of the v1.1 files. */
	public DataSet(List<UnitRow> units, List<PersonRow> people, List<PostRow> posts, List<LinkRow> links) {
		this(units, people, posts, links, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** A row of units.csv. */
	public record UnitRow(int line, String id, String type, String name, String parentId, List<String> aliases,
			String sector, PartialDate founded, PartialDate dissolved, String note, String source,
			SortedMap<String, String> extras) {
	}

	/** A row of people.csv. */
	public record PersonRow(int line, String id, String name, Boolean partyMember, PartialDate partySince,
			String gender, Integer birthYear, String phone, String source, String homeId, String partyBranchId,
			SortedMap<String, String> extras) {
	}

	/** A row of posts.csv; identified by person, unit, role and since. */
	public record PostRow(int line, String personId, String unitId, String role, String title, PartialDate since,
			PartialDate until, String source, String placeId, SortedMap<String, String> extras) {

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

	/** A row of agreements.csv. */
	public record AgreementRow(int line, String id, String type, String name, PartialDate since, PartialDate until,
			BigDecimal amount, String note, String source, SortedMap<String, String> extras) {
	}

	/** A row of agreement_parties.csv; identified by its agreement and unit. */
	public record PartyRow(int line, String agreementId, String unitId, String role, String note,
			SortedMap<String, String> extras) {

		public PartyKey key() {
			return new PartyKey(this.agreementId, this.unitId);
		}
	}

	/** What identifies a party to an agreement. */
	public record PartyKey(String agreementId, String unitId) implements Comparable<PartyKey> {

		@Override
		public int compareTo(PartyKey other) {
			int c = this.agreementId.compareTo(other.agreementId);
			return c != 0 ? c : this.unitId.compareTo(other.unitId);
		}

	}

	/** A row of items.csv. */
	public record ItemRow(int line, String id, String list, String title, String agreementId, String ownerId,
			String providerId, String beneficiaryId, String status, PartialDate since, PartialDate until,
			BigDecimal amount, BigDecimal hours, String note, String source, SortedMap<String, String> extras) {
	}

	/** A row of events.csv. */
	public record EventRow(int line, String id, String type, PartialDate date, String hostId, String title,
			String agreementId, String note, String source, SortedMap<String, String> extras) {
	}

	/** A row of attendance.csv: a person or a unit (exactly one of them) at an event. */
	public record AttendanceRow(int line, String eventId, String personId, String unitId, String role, String note,
			SortedMap<String, String> extras) {

		/** The person or unit that took part (unit and person ids never coincide). */
		public String attendeeId() {
			return this.personId != null ? this.personId : this.unitId;
		}

		public AttendanceKey key() {
			return new AttendanceKey(this.eventId, attendeeId());
		}
	}

	/** What identifies an attendance: the event and who took part. */
	public record AttendanceKey(String eventId, String attendeeId) implements Comparable<AttendanceKey> {

		@Override
		public int compareTo(AttendanceKey other) {
			int c = this.eventId.compareTo(other.eventId);
			return c != 0 ? c : this.attendeeId.compareTo(other.attendeeId);
		}

	}

	public int rowCount() {
		return this.units.size() + this.people.size() + this.posts.size() + this.links.size() + this.agreements.size()
				+ this.parties.size() + this.items.size() + this.events.size() + this.attendance.size();
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
							p.phone, p.source, p.homeId, p.partyBranchId, p.extras))
					.sorted(Comparator.comparing(PersonRow::id))
					.toList(),
				this.posts.stream()
					.map(p -> new PostRow(0, p.personId, p.unitId, p.role, p.title, p.since, p.until, p.source,
							p.placeId, p.extras))
					.sorted(Comparator.comparing(PostRow::key))
					.toList(),
				this.links.stream()
					.map(l -> new LinkRow(0, l.fromId, l.toId, l.type, l.since, l.until, l.note, l.source, l.extras))
					.sorted(Comparator.comparing(LinkRow::key))
					.toList(),
				this.agreements.stream()
					.map(a -> new AgreementRow(0, a.id, a.type, a.name, a.since, a.until, a.amount, a.note, a.source,
							a.extras))
					.sorted(Comparator.comparing(AgreementRow::id))
					.toList(),
				this.parties.stream()
					.map(p -> new PartyRow(0, p.agreementId, p.unitId, p.role, p.note, p.extras))
					.sorted(Comparator.comparing(PartyRow::key))
					.toList(),
				this.items.stream()
					.map(i -> new ItemRow(0, i.id, i.list, i.title, i.agreementId, i.ownerId, i.providerId,
							i.beneficiaryId, i.status, i.since, i.until, i.amount, i.hours, i.note, i.source, i.extras))
					.sorted(Comparator.comparing(ItemRow::id))
					.toList(),
				this.events.stream()
					.map(e -> new EventRow(0, e.id, e.type, e.date, e.hostId, e.title, e.agreementId, e.note, e.source,
							e.extras))
					.sorted(Comparator.comparing(EventRow::id))
					.toList(),
				this.attendance.stream()
					.map(a -> new AttendanceRow(0, a.eventId, a.personId, a.unitId, a.role, a.note, a.extras))
					.sorted(Comparator.comparing(AttendanceRow::key))
					.toList());
	}

}
