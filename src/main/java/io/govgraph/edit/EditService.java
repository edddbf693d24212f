package io.govgraph.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.ingest.DataSet.LinkRow;
import io.govgraph.ingest.DataSet.PersonRow;
import io.govgraph.ingest.DataSet.PostRow;
import io.govgraph.ingest.DataSet.UnitRow;
import io.govgraph.ingest.GraphMapping;
import io.govgraph.ingest.PartialDate;
import io.govgraph.ingest.Vocabulary;
import io.govgraph.security.Caller;
import io.govgraph.store.CypherQueries;

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

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

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
		return write("createUnit", tx -> unit(tx, "createUnit", null, new Fields("input", input), null));
	}

	public Outcome updateUnit(String id, Map<String, Object> changes) {
		return write("updateUnit", tx -> {
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
		return write("createPerson", tx -> person(tx, "createPerson", null, new Fields("input", input), null));
	}

	public Outcome updatePerson(String id, Map<String, Object> changes) {
		return write("updatePerson", tx -> {
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

	// ---- posts

	public Outcome createPost(Map<String, Object> input) {
		return write("createPost", tx -> {
			Fields f = new Fields("input", input);
			String personId = f.id("personId");
			String unitId = f.id("unitId");
			String role = f.oneOf("role", Vocabulary.ROLES, "role");
			f.text("title", false);
			PartialDate since = f.date("since");
			PartialDate until = f.date("until");
			f.text("source", false);
			f.notBefore("until", until, "since", since);
			if (personId != null && !exists(tx, personId).person()) {
				f.error("personId", "no person with id \"" + personId + "\"");
			}
			if (unitId != null && !exists(tx, unitId).unit()) {
				f.error("unitId", "no unit with id \"" + unitId + "\"");
			}
			if (!f.failed() && !postState(tx, personId, unitId, role, since).isEmpty()) {
				f.error("since", "a post of " + personId + " as " + role + " in " + unitId + " since "
						+ (since == null ? "(no date)" : since) + " exists; update or end it instead");
			}
			if (f.failed()) {
				return Outcome.rejected(f.errors);
			}
			PostRow row = postRow(f, personId, unitId, role, since, until, null);
			tx.run(this.cypher.get("edit/create_post"), Map.of("personId", personId, "unitId", unitId, "props",
					GraphMapping.postProperties(row)))
				.consume();
			return recorded(tx, "createPost", "POST", postKey(personId, unitId, role, since),
					List.of(personId, unitId), null, new LinkedHashMap<>(f.values), POST_FIELDS,
					key("personId", personId, "unitId", unitId, "role", role, "since", text(since)));
		});
	}

	/** Changes a post's title, until or source; person, unit, role and since name it and stay. */
	public Outcome updatePost(Map<String, Object> key, Map<String, Object> changes, String operation) {
		return write(operation, tx -> {
			Fields k = new Fields("key", key);
			String personId = k.id("personId");
			String unitId = k.id("unitId");
			String role = k.oneOf("role", Vocabulary.ROLES, "role");
			PartialDate since = k.date("since");
			if (k.failed()) {
				return Outcome.rejected(k.errors);
			}
			List<Record> stored = postState(tx, personId, unitId, role, since);
			if (stored.isEmpty()) {
				return Outcome.rejected(List.of(new InputError("key", "no post of " + personId + " as " + role
						+ " in " + unitId + " since " + (since == null ? "(no date)" : since))));
			}
			Value props = stored.get(0).get("props");
			Map<String, Object> before = fields(props, POST_FIELDS);
			before.put("personId", personId);
			before.put("unitId", unitId);
			Map<String, Object> merged = new HashMap<>(before);
			merged.putAll(changes);
			Fields f = new Fields(operation.startsWith("end") ? "" : "changes", merged);
			f.text("title", false);
			PartialDate until = f.date("until");
			f.text("source", false);
			f.notBefore("until", until, "since", since);
			if (f.failed()) {
				return Outcome.rejected(f.errors);
			}
			PostRow row = postRow(f, personId, unitId, role, since, until, props);
			tx.run(this.cypher.get("edit/update_relationship"), Map.of("elementId",
					stored.get(0).get("elementId").asString(), "props", GraphMapping.postProperties(row)))
				.consume();
			f.values.put("personId", personId);
			f.values.put("unitId", unitId);
			f.values.put("role", role);
			f.values.put("since", text(since));
			return recorded(tx, operation, "POST", postKey(personId, unitId, role, since), List.of(personId, unitId),
					before, new LinkedHashMap<>(f.values), POST_FIELDS,
					key("personId", personId, "unitId", unitId, "role", role, "since", text(since)));
		});
	}

	private List<Record> postState(TransactionContext tx, String personId, String unitId, String role,
			PartialDate since) {
		Map<String, Object> params = new HashMap<>();
		params.put("personId", personId);
		params.put("unitId", unitId);
		params.put("role", role);
		params.put("since", since == null ? null : since.firstDay());
		return tx.run(this.cypher.get("edit/post_state"), params).list();
	}

	private static PostRow postRow(Fields f, String personId, String unitId, String role, PartialDate since,
			PartialDate until, Value storedProps) {
		return new PostRow(0, personId, unitId, role, (String) f.values.get("title"), since, until,
				(String) f.values.get("source"), extras(storedProps));
	}

	// ---- links

	public Outcome createLink(Map<String, Object> input) {
		return write("createLink", tx -> {
			Fields f = new Fields("input", input);
			String fromId = f.id("fromId");
			String toId = f.id("toId");
			String type = f.oneOf("type", Vocabulary.LINK_TYPES, "link type");
			PartialDate since = f.date("since");
			PartialDate until = f.date("until");
			f.text("note", false);
			f.text("source", false);
			f.notBefore("until", until, "since", since);
			if (fromId != null && !exists(tx, fromId).unit()) {
				f.error("fromId", "no unit with id \"" + fromId + "\"");
			}
			if (toId != null && !exists(tx, toId).unit()) {
				f.error("toId", "no unit with id \"" + toId + "\"");
			}
			if (!f.failed() && !linkState(tx, fromId, toId, type, since).isEmpty()) {
				f.error("since", "a " + type + " link from " + fromId + " to " + toId + " since "
						+ (since == null ? "(no date)" : since) + " exists; update or end it instead");
			}
			if (f.failed()) {
				return Outcome.rejected(f.errors);
			}
			LinkRow row = linkRow(f, fromId, toId, type, since, until, null);
			tx.run(this.cypher.get("edit/create_link"),
					Map.of("fromId", fromId, "toId", toId, "type", type, "props", GraphMapping.linkProperties(row)))
				.consume();
			return recorded(tx, "createLink", "LINK", linkKey(fromId, toId, type, since), List.of(fromId, toId), null,
					new LinkedHashMap<>(f.values), LINK_FIELDS,
					key("fromId", fromId, "toId", toId, "type", type, "since", text(since)));
		});
	}

	/** Changes a link's until, note or source; its ends, type and since name it and stay. */
	public Outcome updateLink(Map<String, Object> key, Map<String, Object> changes, String operation) {
		return write(operation, tx -> {
			Fields k = new Fields("key", key);
			String fromId = k.id("fromId");
			String toId = k.id("toId");
			String type = k.oneOf("type", Vocabulary.LINK_TYPES, "link type");
			PartialDate since = k.date("since");
			if (k.failed()) {
				return Outcome.rejected(k.errors);
			}
			List<Record> stored = linkState(tx, fromId, toId, type, since);
			if (stored.isEmpty()) {
				return Outcome.rejected(List.of(new InputError("key", "no " + type + " link from " + fromId + " to "
						+ toId + " since " + (since == null ? "(no date)" : since))));
			}
			Value props = stored.get(0).get("props");
			Map<String, Object> before = fields(props, LINK_FIELDS);
			before.put("fromId", fromId);
			before.put("toId", toId);
			before.put("type", type);
			Map<String, Object> merged = new HashMap<>(before);
			merged.putAll(changes);
			Fields f = new Fields(operation.startsWith("end") ? "" : "changes", merged);
			PartialDate until = f.date("until");
			f.text("note", false);
			f.text("source", false);
			f.notBefore("until", until, "since", since);
			if (f.failed()) {
				return Outcome.rejected(f.errors);
			}
			LinkRow row = linkRow(f, fromId, toId, type, since, until, props);
			tx.run(this.cypher.get("edit/update_relationship"), Map.of("elementId",
					stored.get(0).get("elementId").asString(), "props", GraphMapping.linkProperties(row)))
				.consume();
			f.values.put("fromId", fromId);
			f.values.put("toId", toId);
			f.values.put("type", type);
			f.values.put("since", text(since));
			return recorded(tx, operation, "LINK", linkKey(fromId, toId, type, since), List.of(fromId, toId), before,
					new LinkedHashMap<>(f.values), LINK_FIELDS,
					key("fromId", fromId, "toId", toId, "type", type, "since", text(since)));
		});
	}

	private List<Record> linkState(TransactionContext tx, String fromId, String toId, String type,
			PartialDate since) {
		Map<String, Object> params = new HashMap<>();
		params.put("fromId", fromId);
		params.put("toId", toId);
		params.put("type", type);
		params.put("since", since == null ? null : since.firstDay());
		return tx.run(this.cypher.get("edit/link_state"), params).list();
	}

	private static LinkRow linkRow(Fields f, String fromId, String toId, String type, PartialDate since,
			PartialDate until, Value storedProps) {
		return new LinkRow(0, fromId, toId, type, since, until, (String) f.values.get("note"),
				(String) f.values.get("source"), extras(storedProps));
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
	private Outcome write(String operation, Change change) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> {
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

	private static String postKey(String personId, String unitId, String role, PartialDate since) {
		return personId + "|" + unitId + "|" + role + "|" + text(since);
	}

	private static String linkKey(String fromId, String toId, String type, PartialDate since) {
		return fromId + "|" + toId + "|" + type + "|" + text(since);
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
			if (s != null && !ID.matcher(s).matches()) {
				error(field, "malformed id \"" + s + "\" (1 to 64 letters, digits and _ . : -)");
				this.values.remove(field);
				return null;
			}
			return s;
		}

		String optionalId(String field) {
			String s = text(field, false);
			if (s != null && !ID.matcher(s).matches()) {
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
				return PartialDate.parse(s);
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
