package io.govgraph.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;
import io.govgraph.model.GraphMapping;
import io.govgraph.model.PartialDate;
import io.govgraph.model.Vocabulary;
import io.govgraph.security.Caller;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * Changes to units, people, posts and links, each checked by the importer's rules (ids, types,
 * roles, dangling ids, cycles, dates) and written together with its {@link Edit} record in one
 * write transaction: both are stored, or neither. Posts and links are ended (given an
 * {@code until}), never deleted. Stored the importer's way (GraphMapping), so an export after
 * edits imports again unchanged.
 */
@Service
@PreAuthorize("hasRole('EDITOR')")
public class EditService {

	private final Driver driver;

	private final CypherQueries cypher;

	EditService(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.cypher = cypher;
	}

	/**
	 * What a change did: the errors that stopped it (nothing written), or the edit recorded and
	 * the key of the entity as stored after it.
	 */
	public record Outcome(List<InputError> errors, Edit edit, Map<String, String> key) {

		static Outcome rejected(List<InputError> errors) {
			return new Outcome(List.copyOf(errors), null, null);
		}

	}

	/** Unit fields in the input's names, in the order they are shown. */
	static final List<String> UNIT_FIELDS = List.of("id", "type", "name", "parentId", "aliases", "sector", "founded",
			"dissolved", "note", "source");

	static final List<String> PERSON_FIELDS = List.of("id", "name", "partyMember", "partySince", "gender",
			"birthYear", "phone", "source");

	static final List<String> POST_FIELDS = List.of("personId", "unitId", "role", "title", "since", "until",
			"source");

	static final List<String> LINK_FIELDS = List.of("fromId", "toId", "type", "since", "until", "note", "source");

	// ---- units

	public Outcome createUnit(Map<String, Object> input) {
		return write(tx -> unit(tx, "createUnit", null, new Fields("input", input), null));
	}

	public Outcome updateUnit(String id, Map<String, Object> changes) {
		return write(tx -> {
			List<Record> stored = tx.run(this.cypher.get("edit/unit_state"), Map.of("id", id)).list();
			if (stored.isEmpty()) {
				return Outcome.rejected(List.of(new InputError("id", "no unit with id \"" + id + "\"")));
			}
			Map<String, Object> before = unitFields(stored.get(0));
			Map<String, Object> merged = new HashMap<>(before);
			merged.putAll(changes);
			merged.put("id", id);
			return unit(tx, "updateUnit", before, new Fields("changes", merged), stored.get(0).get("props"));
		});
	}

	private Outcome unit(TransactionContext tx, String operation, Map<String, Object> before, Fields f,
			Value storedProps) {
		String id = f.id("id");
		if (id != null && before == null) {
			taken(tx, id, f, "id");
		}
		String type = f.oneOf("type", Vocabulary.UNIT_TYPES, "unit type");
		String name = f.text("name", true);
		String parentId = f.optionalId("parentId");
		List<String> aliases = f.list("aliases");
		String sector = f.text("sector", false);
		PartialDate founded = f.date("founded");
		PartialDate dissolved = f.date("dissolved");
		String note = f.text("note", false);
		String source = f.text("source", false);
		if (parentId != null && id != null) {
			if (!exists(tx, parentId).unit()) {
				f.error("parentId", "no unit with id \"" + parentId + "\"");
			}
			else if (tx.run(this.cypher.get("edit/creates_cycle"), Map.of("id", id, "parentId", parentId))
				.single()
				.get("cycle")
				.asBoolean()) {
				f.error("parentId", "putting " + id + " under " + parentId + " would make a cycle in the tree");
			}
		}
		if (f.failed()) {
			return Outcome.rejected(f.errors);
		}
		UnitRow row = new UnitRow(0, id, type, name, parentId, aliases, sector, founded, dissolved, note, source,
				extras(storedProps));
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("props", GraphMapping.unitProperties(row));
		params.put("label", Vocabulary.label(type));
		params.put("parentId", parentId);
		tx.run(this.cypher.get(before == null ? "edit/create_unit" : "edit/update_unit"), params).consume();
		Map<String, Object> after = new LinkedHashMap<>(f.values);
		return recorded(tx, operation, "UNIT", id, List.of(id), before, after, UNIT_FIELDS, Map.of("id", id));
	}

	// ---- people

	public Outcome createPerson(Map<String, Object> input) {
		return write(tx -> person(tx, "createPerson", null, new Fields("input", input), null));
	}

	public Outcome updatePerson(String id, Map<String, Object> changes) {
		return write(tx -> {
			List<Record> stored = tx.run(this.cypher.get("edit/person_state"), Map.of("id", id)).list();
			if (stored.isEmpty()) {
				return Outcome.rejected(List.of(new InputError("id", "no person with id \"" + id + "\"")));
			}
			Map<String, Object> before = fields(stored.get(0).get("props"), PERSON_FIELDS);
			Map<String, Object> merged = new HashMap<>(before);
			merged.putAll(changes);
			merged.put("id", id);
			return person(tx, "updatePerson", before, new Fields("changes", merged), stored.get(0).get("props"));
		});
	}

	private Outcome person(TransactionContext tx, String operation, Map<String, Object> before, Fields f,
			Value storedProps) {
		String id = f.id("id");
		if (id != null && before == null) {
			taken(tx, id, f, "id");
		}
		String name = f.text("name", true);
		Boolean partyMember = f.bool("partyMember");
		PartialDate partySince = f.date("partySince");
		String gender = f.text("gender", false);
		Integer birthYear = f.integer("birthYear");
		String phone = f.text("phone", false);
		String source = f.text("source", false);
		if (f.failed()) {
			return Outcome.rejected(f.errors);
		}
		PersonRow row = new PersonRow(0, id, name, partyMember, partySince, gender, birthYear, phone, source,
				extras(storedProps));
		tx.run(this.cypher.get(before == null ? "edit/create_person" : "edit/update_person"),
				Map.of("id", id, "props", GraphMapping.personProperties(row)))
			.consume();
		return recorded(tx, operation, "PERSON", id, List.of(id), before, new LinkedHashMap<>(f.values),
				PERSON_FIELDS, Map.of("id", id));
	}

	// ---- posts and links: relationships named by their two ends, a kind (role or type) and since

	/**
	 * What tells a post from a link: its entity name, the input fields of its ends and kind, what
	 * each end must be, the kinds allowed, the fields a change may set, and how it is stored.
	 */
	private record Relation(String entity, String from, String fromKind, String to, String kind, List<String> kinds,
			String kindWord, List<String> changeable, List<String> fields, String state, String create,
			java.util.function.Function<Fields, Map<String, Object>> props) {

		String describe(Map<String, Object> key) {
			Object since = key.get("since");
			return ("POST".equals(this.entity) ? "post of " + key.get(this.from) + " as " + key.get(this.kind) + " in "
					+ key.get(this.to) : key.get(this.kind) + " link from " + key.get(this.from) + " to " + key.get(this.to))
					+ " since " + (since == null ? "(no date)" : since);
		}

	}

	private static final Relation POST = new Relation("POST", "personId", "person", "unitId", "role",
			Vocabulary.ROLES, "role", List.of("title", "until", "source"), POST_FIELDS, "edit/post_state",
			"edit/create_post",
			f -> GraphMapping.postProperties(new PostRow(0, (String) f.values.get("personId"),
					(String) f.values.get("unitId"), (String) f.values.get("role"), (String) f.values.get("title"),
					f.dates.get("since"), f.dates.get("until"), (String) f.values.get("source"), f.extras)));

	private static final Relation LINK = new Relation("LINK", "fromId", "unit", "toId", "type", Vocabulary.LINK_TYPES,
			"link type", List.of("until", "note", "source"), LINK_FIELDS, "edit/link_state", "edit/create_link",
			f -> GraphMapping.linkProperties(new LinkRow(0, (String) f.values.get("fromId"),
					(String) f.values.get("toId"), (String) f.values.get("type"), f.dates.get("since"),
					f.dates.get("until"), (String) f.values.get("note"), (String) f.values.get("source"), f.extras)));

	public Outcome createPost(Map<String, Object> input) {
		return create(POST, "createPost", input);
	}

	/** Changes a post's title, until or source; person, unit, role and since name it and stay. */
	public Outcome updatePost(Map<String, Object> key, Map<String, Object> changes, String operation) {
		return update(POST, operation, key, changes);
	}

	public Outcome createLink(Map<String, Object> input) {
		return create(LINK, "createLink", input);
	}

	/** Changes a link's until, note or source; its ends, type and since name it and stay. */
	public Outcome updateLink(Map<String, Object> key, Map<String, Object> changes, String operation) {
		return update(LINK, operation, key, changes);
	}

	private Outcome create(Relation r, String operation, Map<String, Object> input) {
		return write(tx -> {
			Fields f = new Fields("input", input);
			String fromId = f.id(r.from());
			String toId = f.id(r.to());
			String kind = f.oneOf(r.kind(), r.kinds(), r.kindWord());
			PartialDate since = f.date("since");
			PartialDate until = f.date("until");
			r.changeable().stream().filter(c -> !c.equals("until")).forEach(c -> f.text(c, false));
			f.notBefore("until", until, "since", since);
			if (fromId != null && !isA(exists(tx, fromId), r.fromKind())) {
				f.error(r.from(), "no " + r.fromKind() + " with id \"" + fromId + "\"");
			}
			if (toId != null && !exists(tx, toId).unit()) {
				f.error(r.to(), "no unit with id \"" + toId + "\"");
			}
			if (!f.failed() && !state(tx, r, fromId, toId, kind, since).isEmpty()) {
				f.error("since", "a " + r.describe(f.values) + " exists; update or end it instead");
			}
			if (f.failed()) {
				return Outcome.rejected(f.errors);
			}
			Map<String, Object> params = new HashMap<>();
			params.put(r.from(), fromId);
			params.put(r.to(), toId);
			params.put("type", kind);
			params.put("props", r.props().apply(f));
			tx.run(this.cypher.get(r.create()), params).consume();
			return recorded(tx, operation, r.entity(), relationKey(fromId, toId, kind, since), List.of(fromId, toId),
					null, new LinkedHashMap<>(f.values), r.fields(),
					key(r.from(), fromId, r.to(), toId, r.kind(), kind, "since", text(since)));
		});
	}

	private Outcome update(Relation r, String operation, Map<String, Object> key, Map<String, Object> changes) {
		return write(tx -> {
			Fields k = new Fields("key", key);
			String fromId = k.id(r.from());
			String toId = k.id(r.to());
			String kind = k.oneOf(r.kind(), r.kinds(), r.kindWord());
			PartialDate since = k.date("since");
			if (k.failed()) {
				return Outcome.rejected(k.errors);
			}
			List<Record> stored = state(tx, r, fromId, toId, kind, since);
			if (stored.isEmpty()) {
				return Outcome.rejected(List.of(new InputError("key", "no " + r.describe(k.values))));
			}
			Value props = stored.get(0).get("props");
			Map<String, Object> before = fields(props, r.fields());
			before.put(r.from(), fromId);
			before.put(r.to(), toId);
			before.put(r.kind(), kind);
			Map<String, Object> merged = new HashMap<>(before);
			merged.putAll(changes);
			Fields f = new Fields(operation.startsWith("end") ? "" : "changes", merged);
			f.values.put(r.from(), fromId);
			f.values.put(r.to(), toId);
			f.values.put(r.kind(), kind);
			f.date("since");
			PartialDate until = f.date("until");
			r.changeable().stream().filter(c -> !c.equals("until")).forEach(c -> f.text(c, false));
			f.notBefore("until", until, "since", since);
			if (f.failed()) {
				return Outcome.rejected(f.errors);
			}
			f.extras.putAll(extras(props));
			tx.run(this.cypher.get("edit/update_relationship"),
					Map.of("elementId", stored.get(0).get("elementId").asString(), "props", r.props().apply(f)))
				.consume();
			return recorded(tx, operation, r.entity(), relationKey(fromId, toId, kind, since), List.of(fromId, toId),
					before, new LinkedHashMap<>(f.values), r.fields(),
					key(r.from(), fromId, r.to(), toId, r.kind(), kind, "since", text(since)));
		});
	}

	private List<Record> state(TransactionContext tx, Relation r, String fromId, String toId, String kind,
			PartialDate since) {
		Map<String, Object> params = new HashMap<>();
		params.put(r.from(), fromId);
		params.put(r.to(), toId);
		params.put(r.kind(), kind);
		params.put("since", since == null ? null : since.firstDay());
		return tx.run(this.cypher.get(r.state()), params).list();
	}

	private static boolean isA(Taken taken, String kind) {
		return "person".equals(kind) ? taken.person() : taken.unit();
	}

	// ---- history

	/** The edits of a unit or person and of its posts and links, oldest first. */
	@PreAuthorize("hasRole('PLANNER')")
	public List<Edit> history(String id, long afterSeq, int limit) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx
				.run(this.cypher.get("edit/history"),
						Map.of("id", id, "afterSeq", afterSeq, "limit", limit))
				.list(r -> edit(r.get("e"))));
		}
	}

	// ---- shared

	private interface Change {

		Outcome apply(TransactionContext tx);

	}

	/** Thrown out of a transaction function so that a rejected change rolls back. */
	private static final class Rejected extends RuntimeException {

		private final transient Outcome outcome;

		Rejected(Outcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}

	}

	/**
	 * Runs a change in one write transaction function (retried on transient errors): the change
	 * and its edit record commit together; a rejected change, or a failure anywhere, rolls all back.
	 */
	private Outcome write(Change change) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
				refuseDuringAnImport(tx);
				Outcome outcome = change.apply(tx);
				if (!outcome.errors().isEmpty()) {
					throw new Rejected(outcome);
				}
				return outcome;
			});
		}
		catch (Rejected rejected) {
			return rejected.outcome;
		}
	}

	private void refuseDuringAnImport(TransactionContext tx) {
		List<Record> running = tx.run(this.cypher.get("edit/import_in_progress")).list();
		if (!running.isEmpty()) {
			Record i = running.get(0);
			throw new UserInputException("an import is being written (import " + i.get("id").asString() + " of "
					+ i.get("source").asString("?") + ", started " + i.get("started").asString("?")
					+ "); edits are refused until it has switched over or been rolled back: try again then");
		}
	}

	private Outcome recorded(TransactionContext tx, String operation, String entity, String entityId,
			List<String> subjects, Map<String, Object> before, Map<String, Object> after, List<String> order,
			Map<String, String> key) {
		long seq = tx.run(this.cypher.get("edit/next_edit_seq")).single().get("seq").asLong();
		List<Edit.FieldValue> beforeValues = before == null ? null : values(before, order);
		List<Edit.FieldValue> afterValues = values(after, order);
		Map<String, Object> params = new HashMap<>();
		params.put("seq", seq);
		params.put("account", Caller.current().name());
		params.put("operation", operation);
		params.put("entity", entity);
		params.put("entityId", entityId);
		params.put("subjects", subjects);
		params.put("beforeKeys", beforeValues == null ? null : beforeValues.stream().map(Edit.FieldValue::field).toList());
		params.put("beforeValues", beforeValues == null ? null : beforeValues.stream().map(v -> v.value() == null ? "" : v.value()).toList());
		params.put("afterKeys", afterValues.stream().map(Edit.FieldValue::field).toList());
		params.put("afterValues", afterValues.stream().map(v -> v.value() == null ? "" : v.value()).toList());
		Edit edit = edit(tx.run(this.cypher.get("edit/record_edit"), params).single().get("e"));
		return new Outcome(List.of(), edit, key);
	}

	private static List<Edit.FieldValue> values(Map<String, Object> fields, List<String> order) {
		List<Edit.FieldValue> values = new ArrayList<>();
		for (String field : order) {
			Object v = fields.get(field);
			if (v != null) {
				values.add(new Edit.FieldValue(field, v instanceof List<?> list
						? String.join("|", list.stream().map(String::valueOf).toList()) : String.valueOf(v)));
			}
		}
		new TreeMap<>(fields).forEach((field, v) -> {
			if (field.startsWith("x_") && v != null) {
				values.add(new Edit.FieldValue(field, String.valueOf(v)));
			}
		});
		return values;
	}

	private static Edit edit(Value e) {
		return new Edit(e.get("id").asString(), e.get("seq").asLong(), e.get("at").asZonedDateTime(),
				e.get("account").asString(), e.get("operation").asString(), e.get("entity").asString(),
				e.get("entityId").asString(), pairs(e.get("beforeKeys"), e.get("beforeValues")),
				pairs(e.get("afterKeys"), e.get("afterValues")));
	}

	private static List<Edit.FieldValue> pairs(Value keys, Value values) {
		if (keys.isNull()) {
			return null;
		}
		List<String> k = keys.asList(Value::asString);
		List<String> v = values.asList(Value::asString);
		List<Edit.FieldValue> pairs = new ArrayList<>();
		for (int i = 0; i < k.size(); i++) {
			pairs.add(new Edit.FieldValue(k.get(i), v.get(i)));
		}
		return pairs;
	}

	private record Taken(boolean unit, boolean person) {
	}

	private Taken exists(TransactionContext tx, String id) {
		Record r = tx.run(this.cypher.get("edit/ids_taken"), Map.of("id", id)).single();
		return new Taken(r.get("unit").asBoolean(), r.get("person").asBoolean());
	}

	private void taken(TransactionContext tx, String id, Fields f, String field) {
		Taken taken = exists(tx, id);
		if (taken.unit()) {
			f.error(field, "id \"" + id + "\" is taken by a unit");
		}
		else if (taken.person()) {
			f.error(field, "id \"" + id + "\" is taken by a person (a unit id and a person id may not coincide)");
		}
	}

	/** A unit's stored fields in the input's names (dates as given). */
	private static Map<String, Object> unitFields(Record stored) {
		Map<String, Object> fields = fields(stored.get("props"), UNIT_FIELDS);
		if (!stored.get("parentId").isNull()) {
			fields.put("parentId", stored.get("parentId").asString());
		}
		return fields;
	}

	/** Stored properties as input fields: a date as given, a list as a list, the rest as they are. */
	private static Map<String, Object> fields(Value props, List<String> names) {
		Map<String, Object> fields = new HashMap<>();
		for (String name : names) {
			Value v = props.get(name);
			if (v.isNull()) {
				continue;
			}
			Value given = props.get(name + "Given");
			TypeSystem types = TypeSystem.getDefault();
			Object value = v.hasType(types.DATE()) ? (given.isNull() ? v.asLocalDate().toString() : given.asString())
					: v.hasType(types.LIST()) ? v.asList(Value::asString)
					: v.hasType(types.BOOLEAN()) ? v.asBoolean()
					: v.hasType(types.INTEGER()) ? v.asInt() : v.asString();
			fields.put(name, value);
		}
		extras(props).forEach(fields::put);
		return fields;
	}

	private static SortedMap<String, String> extras(Value props) {
		SortedMap<String, String> extras = new TreeMap<>();
		if (props != null) {
			for (String key : props.keys()) {
				if (key.startsWith("x_")) {
					extras.put(key, props.get(key).asString());
				}
			}
		}
		return extras;
	}

	/** A post's person|unit|role|since, a link's from|to|type|since: how history names it. */
	private static String relationKey(String fromId, String toId, String kind, PartialDate since) {
		return fromId + "|" + toId + "|" + kind + "|" + text(since);
	}

	private static String text(PartialDate date) {
		return date == null ? "" : date.text();
	}

	private static Map<String, String> key(String... pairs) {
		Map<String, String> key = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			key.put(pairs[i], pairs[i + 1]);
		}
		return key;
	}

	/** Reads and checks input fields, collecting every problem with the field it is in. */
	static final class Fields {

		private final String prefix;

		private final Map<String, Object> input;

		final Map<String, Object> values = new LinkedHashMap<>();

		final List<InputError> errors = new ArrayList<>();

		/** The dates read, parsed, by field. */
		final Map<String, PartialDate> dates = new HashMap<>();

		/** The x_ columns to keep (from the stored entity). */
		final SortedMap<String, String> extras = new TreeMap<>();

		Fields(String prefix, Map<String, Object> input) {
			this.prefix = prefix;
			this.input = input;
		}

		boolean failed() {
			return !this.errors.isEmpty();
		}

		void error(String field, String message) {
			this.errors.add(new InputError(this.prefix.isEmpty() ? field : this.prefix + "." + field, message));
		}

		String text(String field, boolean required) {
			Object v = this.input.get(field);
			String s = v == null ? null : String.valueOf(v);
			if (s != null && s.isBlank()) {
				s = null;
			}
			if (s == null && required) {
				error(field, "is required and may not be empty");
				return null;
			}
			if (s != null) {
				for (int i = 0; i < s.length(); i++) {
					if (Character.isISOControl(s.charAt(i))) {
						error(field, "contains a control character (U+" + String.format("%04X", (int) s.charAt(i))
								+ ")");
						return null;
					}
				}
				this.values.put(field, s);
			}
			return s;
		}

		String id(String field) {
			String s = text(field, true);
			if (s != null && !Vocabulary.ID.matcher(s).matches()) {
				error(field, "malformed id \"" + s + "\" (1 to 64 letters, digits and _ . : -)");
				this.values.remove(field);
				return null;
			}
			return s;
		}

		String optionalId(String field) {
			String s = text(field, false);
			if (s != null && !Vocabulary.ID.matcher(s).matches()) {
				error(field, "malformed id \"" + s + "\" (1 to 64 letters, digits and _ . : -)");
				this.values.remove(field);
				return null;
			}
			return s;
		}

		String oneOf(String field, List<String> allowed, String what) {
			String s = text(field, true);
			if (s != null && !allowed.contains(s)) {
				error(field, "unknown " + what + " \"" + s + "\" (one of " + String.join(", ", allowed) + ")");
				this.values.remove(field);
				return null;
			}
			return s;
		}

		PartialDate date(String field) {
			String s = text(field, false);
			if (s == null) {
				return null;
			}
			try {
				PartialDate date = PartialDate.parse(s);
				this.dates.put(field, date);
				return date;
			}
			catch (IllegalArgumentException ex) {
				error(field, ex.getMessage());
				this.values.remove(field);
				return null;
			}
		}

		void notBefore(String later, PartialDate laterDate, String earlier, PartialDate earlierDate) {
			if (laterDate != null && earlierDate != null && laterDate.firstDay().isBefore(earlierDate.firstDay())) {
				error(later, later + " " + laterDate + " is before " + earlier + " " + earlierDate);
			}
		}

		Boolean bool(String field) {
			Object v = this.input.get(field);
			if (v != null) {
				this.values.put(field, v);
			}
			return (Boolean) v;
		}

		Integer integer(String field) {
			Object v = this.input.get(field);
			if (v != null) {
				this.values.put(field, v);
			}
			return v == null ? null : ((Number) v).intValue();
		}

		List<String> list(String field) {
			Object v = this.input.get(field);
			if (v == null) {
				return List.of();
			}
			List<String> items = new ArrayList<>();
			for (Object item : (List<?>) v) {
				String s = String.valueOf(item).strip();
				if (s.isEmpty() || s.contains("|")) {
					error(field, "an alias may be neither empty nor contain |");
					return List.of();
				}
				items.add(s);
			}
			if (!items.isEmpty()) {
				this.values.put(field, items);
			}
			return items;
		}

	}

}
