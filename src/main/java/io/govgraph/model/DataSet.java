package io.govgraph.model;

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

		public String key() {
			return this.personId + "|" + this.unitId + "|" + this.role + "|"
					+ (this.since == null ? "" : this.since.firstDay());
		}
	}

	/** A row of links.csv; identified by its ends, type and since. */
	public record LinkRow(int line, String fromId, String toId, String type, PartialDate since, PartialDate until,
			String note, String source, SortedMap<String, String> extras) {

		public String key() {
			return this.fromId + "|" + this.toId + "|" + this.type + "|"
					+ (this.since == null ? "" : this.since.firstDay());
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
					.sorted(java.util.Comparator.comparing(UnitRow::id))
					.toList(),
				this.people.stream()
					.map(p -> new PersonRow(0, p.id, p.name, p.partyMember, p.partySince, p.gender, p.birthYear,
							p.phone, p.source, p.extras))
					.sorted(java.util.Comparator.comparing(PersonRow::id))
					.toList(),
				this.posts.stream()
					.map(p -> new PostRow(0, p.personId, p.unitId, p.role, p.title, p.since, p.until, p.source,
							p.extras))
					.sorted(java.util.Comparator.comparing(PostRow::key))
					.toList(),
				this.links.stream()
					.map(l -> new LinkRow(0, l.fromId, l.toId, l.type, l.since, l.until, l.note, l.source, l.extras))
					.sorted(java.util.Comparator.comparing(LinkRow::key))
					.toList());
	}

}
