package io.govgraph.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.neo4j.driver.Value;

import io.govgraph.model.DataSet.AgreementRow;
import io.govgraph.model.DataSet.AttendanceKey;
import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.LinkKey;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PartyKey;
import io.govgraph.model.DataSet.PartyRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostKey;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;

/**
 * How a row of the interchange format is kept in the graph, both ways, so that export → import is
 * lossless. Dates are Neo4j dates (their first day); a partial date also keeps its text in
 * {@code <name>Given}. Extra {@code x_} columns become properties of the same name.
 * <p>
 * v1.1: a reference that is a column of an entity's own row ({@code home_id}, {@code place_id}, an
 * item's agreement, owner, provider and beneficiary, an event's host and agreement) is an indexed
 * property of that entity ({@code homeId} …); a row that joins two entities is a relationship:
 * {@code (:Unit)-[:PARTY_TO]->(:Agreement)} and {@code (:Person|Unit)-[:ATTENDED]->(:Event)}, as a
 * post is {@code HOLDS_POST}. Amounts and hours are floats (15 significant digits come back exactly).
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
		put(props, "homeId", p.homeId());
		put(props, "partyBranchId", p.partyBranchId());
		props.putAll(p.extras());
		return props;
	}

	public static PersonRow personRow(Value props) {
		return new PersonRow(0, string(props, "id"), string(props, "name"),
				props.get("partyMember").isNull() ? null : props.get("partyMember").asBoolean(),
				date(props, "partySince"), string(props, "gender"),
				props.get("birthYear").isNull() ? null : props.get("birthYear").asInt(), string(props, "phone"),
				string(props, "source"), string(props, "homeId"), string(props, "partyBranchId"), extras(props));
	}

	public static Map<String, Object> postProperties(PostRow p) {
		Map<String, Object> props = new HashMap<>();
		props.put("role", p.role());
		put(props, "title", p.title());
		putDate(props, "since", p.since());
		putDate(props, "until", p.until());
		put(props, "source", p.source());
		put(props, "placeId", p.placeId());
		props.putAll(p.extras());
		return props;
	}

	public static PostRow postRow(String personId, String unitId, Value props) {
		return new PostRow(0, personId, unitId, string(props, "role"), string(props, "title"), date(props, "since"),
				date(props, "until"), string(props, "source"), string(props, "placeId"), extras(props));
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

	public static Map<String, Object> agreementProperties(AgreementRow a) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", a.id());
		props.put("type", a.type());
		props.put("name", a.name());
		putDate(props, "since", a.since());
		putDate(props, "until", a.until());
		putNumber(props, "amount", a.amount());
		put(props, "note", a.note());
		put(props, "source", a.source());
		props.putAll(a.extras());
		return props;
	}

	public static AgreementRow agreementRow(Value props) {
		return new AgreementRow(0, string(props, "id"), string(props, "type"), string(props, "name"),
				date(props, "since"), date(props, "until"), number(props, "amount"), string(props, "note"),
				string(props, "source"), extras(props));
	}

	public static Map<String, Object> partyProperties(PartyRow p) {
		Map<String, Object> props = new HashMap<>();
		put(props, "role", p.role());
		put(props, "note", p.note());
		props.putAll(p.extras());
		return props;
	}

	public static PartyRow partyRow(String agreementId, String unitId, Value props) {
		return new PartyRow(0, agreementId, unitId, string(props, "role"), string(props, "note"), extras(props));
	}

	public static PartyKey partyKey(String agreementId, String unitId) {
		return new PartyKey(agreementId, unitId);
	}

	public static Map<String, Object> itemProperties(ItemRow i) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", i.id());
		props.put("list", i.list());
		props.put("title", i.title());
		put(props, "agreementId", i.agreementId());
		put(props, "ownerId", i.ownerId());
		put(props, "providerId", i.providerId());
		put(props, "beneficiaryId", i.beneficiaryId());
		put(props, "status", i.status());
		putDate(props, "since", i.since());
		putDate(props, "until", i.until());
		putNumber(props, "amount", i.amount());
		putNumber(props, "hours", i.hours());
		put(props, "note", i.note());
		put(props, "source", i.source());
		props.putAll(i.extras());
		return props;
	}

	public static ItemRow itemRow(Value props) {
		return new ItemRow(0, string(props, "id"), string(props, "list"), string(props, "title"),
				string(props, "agreementId"), string(props, "ownerId"), string(props, "providerId"),
				string(props, "beneficiaryId"), string(props, "status"), date(props, "since"), date(props, "until"),
				number(props, "amount"), number(props, "hours"), string(props, "note"), string(props, "source"),
				extras(props));
	}

	public static Map<String, Object> eventProperties(EventRow e) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", e.id());
		props.put("type", e.type());
		putDate(props, "date", e.date());
		props.put("hostId", e.hostId());
		put(props, "title", e.title());
		put(props, "agreementId", e.agreementId());
		put(props, "note", e.note());
		put(props, "source", e.source());
		props.putAll(e.extras());
		return props;
	}

	public static EventRow eventRow(Value props) {
		return new EventRow(0, string(props, "id"), string(props, "type"), date(props, "date"), string(props, "hostId"),
				string(props, "title"), string(props, "agreementId"), string(props, "note"), string(props, "source"),
				extras(props));
	}

	public static Map<String, Object> attendanceProperties(AttendanceRow a) {
		Map<String, Object> props = new HashMap<>();
		put(props, "role", a.role());
		put(props, "note", a.note());
		props.putAll(a.extras());
		return props;
	}

	/** {@code person} tells whether the attendee is a person or a unit. */
	public static AttendanceRow attendanceRow(String eventId, String attendeeId, boolean person, Value props) {
		return new AttendanceRow(0, eventId, person ? attendeeId : null, person ? null : attendeeId,
				string(props, "role"), string(props, "note"), extras(props));
	}

	public static AttendanceKey attendanceKey(String eventId, String attendeeId) {
		return new AttendanceKey(eventId, attendeeId);
	}

	private static void putNumber(Map<String, Object> props, String key, BigDecimal number) {
		if (number != null) {
			props.put(key, number.doubleValue());
		}
	}

	private static BigDecimal number(Value props, String key) {
		Value v = props.get(key);
		return v.isNull() ? null : FieldRules.canonical(BigDecimal.valueOf(v.asDouble()));
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
