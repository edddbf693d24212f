package io.govgraph.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

import io.govgraph.model.DataSet.AgreementRow;
import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PartyRow;
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
			String birthYear, String phone, String source, String homeId, String partyBranchId) {

		/** A person without the v1.1 columns. */
		public PersonCells(String id, String name, String partyMember, String partySince, String gender,
				String birthYear, String phone, String source) {
			this(id, name, partyMember, partySince, gender, birthYear, phone, source, null, null);
		}

		public static PersonCells of(PersonRow p) {
			return new PersonCells(p.id(), p.name(), text(p.partyMember()), text(p.partySince()), p.gender(),
					text(p.birthYear()), p.phone(), p.source(), p.homeId(), p.partyBranchId());
		}

	}

	/** A posts.csv row as text, unchecked; null or blank where empty. */
	public record PostCells(String personId, String unitId, String role, String title, String since, String until,
			String source, String placeId) {

		/** A post without the v1.1 column {@code place_id}. */
		public PostCells(String personId, String unitId, String role, String title, String since, String until,
				String source) {
			this(personId, unitId, role, title, since, until, source, null);
		}

		public static PostCells of(PostRow p) {
			return new PostCells(p.personId(), p.unitId(), p.role(), p.title(), text(p.since()), text(p.until()),
					p.source(), p.placeId());
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
				c.gender(), "birth_year", c.birthYear(), "phone", c.phone(), "source", c.source(), "home_id",
				c.homeId(), "party_branch_id", c.partyBranchId());
		xml(extras);
		Boolean partyMember = bool("party_member", c.partyMember());
		String partyBranchId = optionalId("party_branch_id", c.partyBranchId());
		if (partyBranchId != null && !Boolean.TRUE.equals(partyMember)) {
			problem("party_branch_id", "party_branch_id is only for party members (party_member is not true)");
		}
		return new PersonRow(line, id("id", c.id()), required("name", c.name()), partyMember,
				date("party_since", c.partySince()), optional(c.gender()), year("birth_year", c.birthYear()),
				optional(c.phone()), optional(c.source()), optionalId("home_id", c.homeId()), partyBranchId, extras);
	}

	public PostRow post(PostCells c, int line, SortedMap<String, String> extras) {
		xml("person_id", c.personId(), "unit_id", c.unitId(), "role", c.role(), "title", c.title(), "since", c.since(),
				"until", c.until(), "source", c.source(), "place_id", c.placeId());
		xml(extras);
		PartialDate since = date("since", c.since());
		PartialDate until = date("until", c.until());
		notBefore("until", until, "since", since);
		return new PostRow(line, id("person_id", c.personId()), id("unit_id", c.unitId()),
				oneOf("role", c.role(), Vocabulary.ROLES, "role"), optional(c.title()), since, until,
				optional(c.source()), optionalId("place_id", c.placeId()), extras);
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

	/** A row of agreements.csv, given as its cells by column name. */
	public AgreementRow agreement(Map<String, String> c, int line, SortedMap<String, String> extras) {
		xml(c);
		xml(extras);
		PartialDate since = date("since", c.get("since"));
		PartialDate until = date("until", c.get("until"));
		notBefore("until", until, "since", since);
		return new AgreementRow(line, id("id", c.get("id")),
				oneOf("type", c.get("type"), Vocabulary.AGREEMENT_TYPES, "agreement type"), required("name", c.get("name")),
				since, until, amount("amount", c.get("amount")), optional(c.get("note")), optional(c.get("source")),
				extras);
	}

	/** A row of agreement_parties.csv, given as its cells by column name. */
	public PartyRow party(Map<String, String> c, int line, SortedMap<String, String> extras) {
		xml(c);
		xml(extras);
		return new PartyRow(line, id("agreement_id", c.get("agreement_id")), id("unit_id", c.get("unit_id")),
				optional(c.get("role")), optional(c.get("note")), extras);
	}

	/** A row of items.csv, given as its cells by column name; it needs an agreement or an owner. */
	public ItemRow item(Map<String, String> c, int line, SortedMap<String, String> extras) {
		xml(c);
		xml(extras);
		PartialDate since = date("since", c.get("since"));
		PartialDate until = date("until", c.get("until"));
		notBefore("until", until, "since", since);
		String agreementId = optionalId("agreement_id", c.get("agreement_id"));
		String ownerId = optionalId("owner_id", c.get("owner_id"));
		if (optional(c.get("agreement_id")) == null && optional(c.get("owner_id")) == null) {
			problem("-", "an item needs agreement_id or owner_id (the agreement or the unit whose list it is on)");
		}
		String status = optional(c.get("status")) == null ? null
				: oneOf("status", c.get("status"), Vocabulary.ITEM_STATUSES, "item status");
		return new ItemRow(line, id("id", c.get("id")), oneOf("list", c.get("list"), Vocabulary.ITEM_LISTS, "item list"),
				required("title", c.get("title")), agreementId, ownerId, optionalId("provider_id", c.get("provider_id")),
				optionalId("beneficiary_id", c.get("beneficiary_id")), status, since, until,
				amount("amount", c.get("amount")), hours("hours", c.get("hours")), optional(c.get("note")),
				optional(c.get("source")), extras);
	}

	/** A row of events.csv, given as its cells by column name. */
	public EventRow event(Map<String, String> c, int line, SortedMap<String, String> extras) {
		xml(c);
		xml(extras);
		PartialDate date = date("date", required("date", c.get("date")));
		return new EventRow(line, id("id", c.get("id")), oneOf("type", c.get("type"), Vocabulary.EVENT_TYPES, "event type"),
				date, id("host_id", c.get("host_id")), optional(c.get("title")),
				optionalId("agreement_id", c.get("agreement_id")), optional(c.get("note")), optional(c.get("source")),
				extras);
	}

	/** A row of attendance.csv, given as its cells by column name: exactly one of person and unit. */
	public AttendanceRow attendance(Map<String, String> c, int line, SortedMap<String, String> extras) {
		xml(c);
		xml(extras);
		boolean person = optional(c.get("person_id")) != null;
		boolean unit = optional(c.get("unit_id")) != null;
		if (person == unit) {
			problem("-", person ? "give person_id or unit_id, not both (one row for each who took part)"
					: "attendance needs person_id or unit_id (who took part)");
		}
		String role = optional(c.get("role")) == null ? null
				: oneOf("role", c.get("role"), Vocabulary.ATTENDANCE_ROLES, "attendance role");
		return new AttendanceRow(line, id("event_id", c.get("event_id")), optionalId("person_id", c.get("person_id")),
				optionalId("unit_id", c.get("unit_id")), role, optional(c.get("note")), extras);
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

	/** Yuan: a plain non-negative decimal number, kept without trailing zeros (400000.00 is 400000). */
	public BigDecimal amount(String field, String value) {
		return number(field, value, "amount", "a number of yuan, at most two decimals, e.g. 400000 or 1250.5");
	}

	/** Hours of service: a plain non-negative decimal number. */
	public BigDecimal hours(String field, String value) {
		return number(field, value, "hours", "a number of hours, at most two decimals, e.g. 2 or 1.5");
	}

	private BigDecimal number(String field, String value, String what, String expected) {
		String v = optional(value);
		if (v == null) {
			return null;
		}
		// Stored as a double (so that sums run in Cypher): 15 significant digits come back exactly.
		if (!v.matches("\\d{1,13}(\\.\\d{1,2})?")) {
			problem(field, "bad " + what + " \"" + v + "\" (" + expected + ")");
			return null;
		}
		return canonical(new BigDecimal(v));
	}

	/** A number as the format writes it back: no trailing zeros, no exponent. */
	public static BigDecimal canonical(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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

	/** {@code kind} is "unit", "person", "agreement", "event" … */
	public static String noSuch(String kind, String id) {
		return "no " + kind + " with id \"" + id + "\"";
	}

	public static String duplicateId(String id) {
		return "duplicate id \"" + id + "\"";
	}

	/** An id of one kind that the other kind already has: a unit id and a person id may not coincide. */
	public static String idOfTheOtherKind(String kind, String id, String otherKind) {
		String article = "aeio".indexOf(otherKind.charAt(0)) >= 0 ? "an " : "a ";
		return kind + " id \"" + id + "\" is already " + article + otherKind + " id";
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

	/** A reference to a unit of the wrong type, e.g. a home that is not a compound or building. */
	public static String wrongType(String id, String type, List<String> allowed) {
		return "unit \"" + id + "\" is a " + type + ", not one of " + String.join(", ", allowed);
	}

	/** {@code other} is the row it repeats: "line 4", "one in the store". */
	public static String duplicateRow(String what, String other) {
		return "duplicate " + what + " as " + other;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
