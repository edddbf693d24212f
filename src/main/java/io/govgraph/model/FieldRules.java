package io.govgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;

/**
 * The field rules of the v1 data set format (docs/spec/import-format.md), each problem in one wording: what
 * import, edits and rosters check before they keep a row.
 * <p>
 * A row is given as text, the way the format writes it ({@link UnitCells} …), so that an edit is
 * checked as the row it will be exported as. Fields are named as in the format ({@code parent_id});
 * each reader puts a problem at its own place (a file and line, an input field). A value that fails
 * its check is read as null; the row is then not to be kept ({@link #failed()}).
 */
public final class FieldRules {

	private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "是", true, "否",
			false, "1", true, "0", false);

	private final Problems problems;

	private final Function<String, PartialDate> dates;

	private boolean failed;

	/** Receives each problem found: the field it is in, as the format names it, and what is wrong. */
	@FunctionalInterface
	public interface Problems {

		void add(String field, String message);

	}

	/** A units.csv row as text, unchecked; null or blank where empty. */
	public record UnitCells(String id, String type, String name, String parentId, List<String> aliases,
			String sector, String founded, String dissolved, String note, String source) {

		/** The text a checked row is written as. */
		public static UnitCells of(UnitRow u) {
			return new UnitCells(u.id(), u.type(), u.name(), u.parentId(), u.aliases(), u.sector(), text(u.founded()),
					text(u.dissolved()), u.note(), u.source());
		}

	}

	/** A people.csv row as text, unchecked; null or blank where empty. */
	public record PersonCells(String id, String name, String partyMember, String partySince, String gender,
			String birthYear, String phone, String source) {

		public static PersonCells of(PersonRow p) {
			return new PersonCells(p.id(), p.name(), text(p.partyMember()), text(p.partySince()), p.gender(),
					text(p.birthYear()), p.phone(), p.source());
		}

	}

	/** A posts.csv row as text, unchecked; null or blank where empty. */
	public record PostCells(String personId, String unitId, String role, String title, String since, String until,
			String source) {

		public static PostCells of(PostRow p) {
			return new PostCells(p.personId(), p.unitId(), p.role(), p.title(), text(p.since()), text(p.until()),
					p.source());
		}

	}

	/** A links.csv row as text, unchecked; null or blank where empty. */
	public record LinkCells(String fromId, String toId, String type, String since, String until, String note,
			String source) {

		public static LinkCells of(LinkRow l) {
			return new LinkCells(l.fromId(), l.toId(), l.type(), text(l.since()), text(l.until()), l.note(),
					l.source());
		}

	}

	public FieldRules(Problems problems) {
		this(problems, PartialDate::parse);
	}

	/**
	 * @param dates parses a date ({@link PartialDate#parse}); an importer may answer from a cache
	 */
	public FieldRules(Problems problems, Function<String, PartialDate> dates) {
		this.problems = problems;
		this.dates = dates;
	}

	/** True once any check failed. */
	public boolean failed() {
		return this.failed;
	}

	private void problem(String field, String message) {
		this.failed = true;
		this.problems.add(field, message);
	}

	// ---- rows

	public UnitRow unit(UnitCells c, int line, SortedMap<String, String> extras) {
		xml("id", c.id(), "type", c.type(), "name", c.name(), "parent_id", c.parentId(), "sector", c.sector(),
				"founded", c.founded(), "dissolved", c.dissolved(), "note", c.note(), "source", c.source());
		if (c.aliases() != null) {
			c.aliases().forEach(a -> xml("aliases", a));
		}
		xml(extras);
		String type = oneOf("type", c.type(), Vocabulary.UNIT_TYPES, "unit type");
		PartialDate founded = date("founded", c.founded());
		PartialDate dissolved = date("dissolved", c.dissolved());
		notBefore("dissolved", dissolved, "founded", founded);
		List<String> aliases = aliases("aliases", c.aliases());
		return new UnitRow(line, id("id", c.id()), type, required("name", c.name()),
				optionalId("parent_id", c.parentId()), aliases, optional(c.sector()), founded, dissolved,
				optional(c.note()), optional(c.source()), extras);
	}

	public PersonRow person(PersonCells c, int line, SortedMap<String, String> extras) {
		xml("id", c.id(), "name", c.name(), "party_member", c.partyMember(), "party_since", c.partySince(), "gender",
				c.gender(), "birth_year", c.birthYear(), "phone", c.phone(), "source", c.source());
		xml(extras);
		return new PersonRow(line, id("id", c.id()), required("name", c.name()), bool("party_member", c.partyMember()),
				date("party_since", c.partySince()), optional(c.gender()), year("birth_year", c.birthYear()),
				optional(c.phone()), optional(c.source()), extras);
	}

	public PostRow post(PostCells c, int line, SortedMap<String, String> extras) {
		xml("person_id", c.personId(), "unit_id", c.unitId(), "role", c.role(), "title", c.title(), "since", c.since(),
				"until", c.until(), "source", c.source());
		xml(extras);
		PartialDate since = date("since", c.since());
		PartialDate until = date("until", c.until());
		notBefore("until", until, "since", since);
		return new PostRow(line, id("person_id", c.personId()), id("unit_id", c.unitId()),
				oneOf("role", c.role(), Vocabulary.ROLES, "role"), optional(c.title()), since, until,
				optional(c.source()), extras);
	}

	public LinkRow link(LinkCells c, int line, SortedMap<String, String> extras) {
		xml("from_id", c.fromId(), "to_id", c.toId(), "type", c.type(), "since", c.since(), "until", c.until(), "note",
				c.note(), "source", c.source());
		xml(extras);
		PartialDate since = date("since", c.since());
		PartialDate until = date("until", c.until());
		notBefore("until", until, "since", since);
		return new LinkRow(line, id("from_id", c.fromId()), id("to_id", c.toId()),
				oneOf("type", c.type(), Vocabulary.LINK_TYPES, "link type"), since, until, optional(c.note()),
				optional(c.source()), extras);
	}

	// ---- fields

	/** Pairs of field and value: each value may hold only characters XML 1.0 allows ({@link XmlText}). */
	private void xml(String... fieldsAndValues) {
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			int c = XmlText.firstForbidden(fieldsAndValues[i + 1]);
			if (c >= 0) {
				problem(fieldsAndValues[i], String.format(
						"character U+%04X is not allowed (not a character of XML 1.0; exports could not be read)", c));
			}
		}
	}

	private void xml(Map<String, String> extras) {
		if (extras != null) {
			extras.forEach((column, value) -> xml(column, value));
		}
	}

	/** A value that may be empty: null when it is. */
	public static String optional(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	public String required(String field, String value) {
		String v = optional(value);
		if (v == null) {
			problem(field, "empty value in a required column");
		}
		return v;
	}

	public String id(String field, String value) {
		return wellFormed(field, required(field, value));
	}

	public String optionalId(String field, String value) {
		return wellFormed(field, optional(value));
	}

	private String wellFormed(String field, String id) {
		if (id != null && !Vocabulary.ID.matcher(id).matches()) {
			problem(field, "malformed id \"" + id + "\" (1 to 64 of A-Z a-z 0-9 _ . : -)");
			return null;
		}
		return id;
	}

	/** A required value of a vocabulary; {@code what} names it in the message ("unit type"). */
	public String oneOf(String field, String value, List<String> allowed, String what) {
		String v = required(field, value);
		if (v != null && !allowed.contains(v)) {
			problem(field, "unknown " + what + " \"" + v + "\" (one of " + String.join(", ", allowed) + ")");
			return null;
		}
		return v;
	}

	public PartialDate date(String field, String value) {
		String v = optional(value);
		if (v == null) {
			return null;
		}
		try {
			return this.dates.apply(v);
		}
		catch (IllegalArgumentException ex) {
			problem(field, ex.getMessage());
			return null;
		}
	}

	/** {@code later} may not come before {@code earlier}; either may be absent. */
	public void notBefore(String laterField, PartialDate later, String earlierField, PartialDate earlier) {
		if (later != null && earlier != null && later.firstDay().isBefore(earlier.firstDay())) {
			problem(laterField, laterField + " " + later + " is before " + earlierField + " " + earlier);
		}
	}

	public Boolean bool(String field, String value) {
		String v = optional(value);
		if (v == null) {
			return null;
		}
		Boolean result = BOOLEANS.get(v.toLowerCase());
		if (result == null) {
			problem(field, "bad boolean \"" + v + "\" (true/false, 是/否 or 1/0)");
		}
		return result;
	}

	public Integer year(String field, String value) {
		String v = optional(value);
		if (v == null) {
			return null;
		}
		if (!v.matches("\\d{4}")) {
			problem(field, "bad year \"" + v + "\" (four digits)");
			return null;
		}
		return Integer.valueOf(v);
	}

	/** Aliases, each stripped; none may be empty or hold the separator {@code |}. */
	public List<String> aliases(String field, List<String> values) {
		if (values == null) {
			return List.of();
		}
		List<String> aliases = new ArrayList<>(values.size());
		for (String value : values) {
			String alias = value == null ? "" : value.strip();
			if (alias.isEmpty() || alias.contains("|")) {
				problem(field, "an alias may be neither empty nor contain |");
				return List.of();
			}
			aliases.add(alias);
		}
		return List.copyOf(aliases);
	}

	// ---- problems found beyond one row: against other rows (import) or the store (edits); the
	// reader adds where it looked, e.g. " in units.csv or in the store"

	/** {@code kind} is "unit" or "person". */
	public static String noSuch(String kind, String id) {
		return "no " + kind + " with id \"" + id + "\"";
	}

	public static String duplicateId(String id) {
		return "duplicate id \"" + id + "\"";
	}

	/** An id of one kind that the other kind already has: a unit id and a person id may not coincide. */
	public static String idOfTheOtherKind(String kind, String id, String otherKind) {
		return kind + " id \"" + id + "\" is already a " + otherKind + " id";
	}

	/** A loop of parents, from a unit back to itself. */
	public static String cycle(List<String> units) {
		return "cycle in parent_id: " + String.join(" → ", units);
	}

	/** {@code other} is the post it repeats: "line 4", "a post in the store". */
	public static String duplicatePost(String other) {
		return "duplicate post: same person, unit, role and since as " + other;
	}

	/** {@code other} is the link it repeats: "line 4", "a link in the store". */
	public static String duplicateLink(String other) {
		return "duplicate link: same ends, type and since as " + other;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
