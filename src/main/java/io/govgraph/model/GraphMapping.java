package io.govgraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.neo4j.driver.Value;

import io.govgraph.model.DataSet.LinkKey;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostKey;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;

/**
 * How a row of the interchange format is kept in the graph, both ways, so that export → import is
 * lossless. Dates are Neo4j dates (their first day); a partial date also keeps its text in
 * {@code <name>Given}. Extra {@code x_} columns become properties of the same name.
 */
public final class GraphMapping {

	private GraphMapping() {
	}

	public static Map<String, Object> unitProperties(UnitRow u) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", u.id());
		props.put("type", u.type());
		props.put("name", u.name());
		if (!u.aliases().isEmpty()) {
			props.put("aliases", u.aliases());
			props.put("aliasText", String.join(" ", u.aliases()));
		}
		put(props, "sector", u.sector());
		putDate(props, "founded", u.founded());
		putDate(props, "dissolved", u.dissolved());
		put(props, "note", u.note());
		put(props, "source", u.source());
		props.putAll(u.extras());
		return props;
	}

	public static UnitRow unitRow(Value props, String parentId) {
		List<String> aliases = props.get("aliases").isNull() ? List.of()
				: props.get("aliases").asList(Value::asString);
		return new UnitRow(0, string(props, "id"), string(props, "type"), string(props, "name"), parentId, aliases,
				string(props, "sector"), date(props, "founded"), date(props, "dissolved"), string(props, "note"),
				string(props, "source"), extras(props));
	}

	public static Map<String, Object> personProperties(PersonRow p) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", p.id());
		props.put("name", p.name());
		put(props, "partyMember", p.partyMember());
		putDate(props, "partySince", p.partySince());
		put(props, "gender", p.gender());
		put(props, "birthYear", p.birthYear());
		put(props, "phone", p.phone());
		put(props, "source", p.source());
		props.putAll(p.extras());
		return props;
	}

	public static PersonRow personRow(Value props) {
		return new PersonRow(0, string(props, "id"), string(props, "name"),
				props.get("partyMember").isNull() ? null : props.get("partyMember").asBoolean(),
				date(props, "partySince"), string(props, "gender"),
				props.get("birthYear").isNull() ? null : props.get("birthYear").asInt(), string(props, "phone"),
				string(props, "source"), extras(props));
	}

	public static Map<String, Object> postProperties(PostRow p) {
		Map<String, Object> props = new HashMap<>();
		props.put("role", p.role());
		put(props, "title", p.title());
		putDate(props, "since", p.since());
		putDate(props, "until", p.until());
		put(props, "source", p.source());
		props.putAll(p.extras());
		return props;
	}

	public static PostRow postRow(String personId, String unitId, Value props) {
		return new PostRow(0, personId, unitId, string(props, "role"), string(props, "title"), date(props, "since"),
				date(props, "until"), string(props, "source"), extras(props));
	}

	/** The key of a stored post: equal to {@link PostRow#key()} of the row it was imported from. */
	public static PostKey postKey(String personId, String unitId, Value props) {
		return new PostKey(personId, unitId, string(props, "role"), day(props, "since"));
	}

	public static Map<String, Object> linkProperties(LinkRow l) {
		Map<String, Object> props = new HashMap<>();
		putDate(props, "since", l.since());
		putDate(props, "until", l.until());
		put(props, "note", l.note());
		put(props, "source", l.source());
		props.putAll(l.extras());
		return props;
	}

	public static LinkRow linkRow(String fromId, String toId, String type, Value props) {
		return new LinkRow(0, fromId, toId, type, date(props, "since"), date(props, "until"), string(props, "note"),
				string(props, "source"), extras(props));
	}

	/** The key of a stored link: equal to {@link LinkRow#key()} of the row it was imported from. */
	public static LinkKey linkKey(String fromId, String toId, String type, Value props) {
		return new LinkKey(fromId, toId, type, day(props, "since"));
	}

	private static void put(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

	private static void putDate(Map<String, Object> props, String key, PartialDate date) {
		if (date != null) {
			props.put(key, date.firstDay());
			if (date.isPartial()) {
				props.put(key + "Given", date.text());
			}
		}
	}

	private static String string(Value props, String key) {
		Value v = props.get(key);
		return v.isNull() ? null : v.asString();
	}

	private static PartialDate date(Value props, String key) {
		LocalDate day = day(props, key);
		return day == null ? null : PartialDate.of(day, string(props, key + "Given"));
	}

	private static LocalDate day(Value props, String key) {
		Value v = props.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

	private static SortedMap<String, String> extras(Value props) {
		SortedMap<String, String> extras = new TreeMap<>();
		for (String key : props.keys()) {
			if (key.startsWith(DataFile.EXTRA_PREFIX)) {
				extras.put(key, props.get(key).asString());
			}
		}
		return extras;
	}

}
