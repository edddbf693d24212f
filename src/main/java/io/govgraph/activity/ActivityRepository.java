package io.govgraph.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.PageStatements;
import io.govgraph.query.Rendered;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.StatementTimeout;

/**
 * Reads agreements, items, events and attendance, always for many ids at once (one statement per
 * GraphQL level), and the activity aggregates. Package-private: other features go through the
 * GraphQL API or their own queries.
 */
@Repository
@PreAuthorize("hasRole('PLANNER')")
@Transactional(readOnly = true, timeoutString = StatementTimeout.SECONDS)
class ActivityRepository {

	/**
	 * The most items a nested list ({@code Unit.agreements/items/events}, {@code Person.attended})
	 * returns for one unit or person, in its stated order; the connections page through more.
	 */
	static final int MAX_NESTED = 500;

	private final Neo4jClient client;

	private final String agreementsByIds;

	private final String eventsByIds;

	private final String agreementParties;

	private final String agreementItems;

	private final String eventAttendance;

	private final String unitAgreements;

	private final String unitItems;

	private final String unitEvents;

	private final String personAttended;

	private final String personPlaces;

	private final String postPlaces;

	private final String itemsByListAndStatus;

	private final String moneyByProvider;

	private final String meetingsHeld;

	private final String attendanceRates;

	ActivityRepository(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.agreementsByIds = cypher.get("activity/agreements_by_ids");
		this.eventsByIds = cypher.get("activity/events_by_ids");
		this.agreementParties = cypher.get("activity/agreement_parties");
		this.agreementItems = cypher.get("activity/agreement_items");
		this.eventAttendance = cypher.get("activity/event_attendance");
		this.unitAgreements = cypher.get("activity/unit_agreements");
		this.unitItems = cypher.get("activity/unit_items");
		this.unitEvents = cypher.get("activity/unit_events");
		this.personAttended = cypher.get("activity/person_attended");
		this.personPlaces = cypher.get("activity/person_places");
		this.postPlaces = cypher.get("activity/post_places");
		this.itemsByListAndStatus = cypher.get("activity/items_by_list_and_status");
		this.moneyByProvider = cypher.get("activity/money_by_provider");
		this.meetingsHeld = cypher.get("activity/meetings_held");
		this.attendanceRates = cypher.get("activity/attendance_rates");
	}

	/** A value found for one of the keys a batch asked about. */
	record Keyed<T>(String key, T value) {
	}

	/** A row of a page, and the sort key and id its cursor is made of. */
	record Row<T>(T node, Object sortKey, String rowId) {
	}

	Connection<Agreement> agreements(PageStatements query, Page page) {
		return connection(query, page, r -> agreement(r.get("a")));
	}

	Connection<Item> items(PageStatements query, Page page) {
		return connection(query, page, r -> item(r.get("i")));
	}

	Connection<Event> events(PageStatements query, Page page) {
		return connection(query, page, r -> event(r.get("e")));
	}

	Map<String, Agreement> agreements(Collection<String> ids) {
		Map<String, Agreement> result = new HashMap<>();
		this.client.query(this.agreementsByIds)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Agreement.class)
			.mappedBy((types, r) -> agreement(r.get("a")))
			.all()
			.forEach(a -> result.put(a.id(), a));
		return result;
	}

	Map<String, Event> events(Collection<String> ids) {
		Map<String, Event> result = new HashMap<>();
		this.client.query(this.eventsByIds)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Event.class)
			.mappedBy((types, r) -> event(r.get("e")))
			.all()
			.forEach(e -> result.put(e.id(), e));
		return result;
	}

	List<Keyed<AgreementParty>> parties(Collection<String> agreementIds) {
		return keyed(this.agreementParties, Map.of("ids", List.copyOf(agreementIds)),
				r -> new AgreementParty(r.get("key").asString(), r.get("unitId").asString(), string(r.get("r"), "role"),
						string(r.get("r"), "note")));
	}

	List<Keyed<Item>> agreementItems(Collection<String> agreementIds) {
		return keyed(this.agreementItems, Map.of("ids", List.copyOf(agreementIds)), r -> item(r.get("i")));
	}

	List<Keyed<Attendance>> attendance(Collection<String> eventIds) {
		return keyed(this.eventAttendance, Map.of("ids", List.copyOf(eventIds)), r -> {
			String id = r.get("attendeeId").asString();
			boolean person = r.get("isPerson").asBoolean();
			return new Attendance(r.get("key").asString(), person ? id : null, person ? null : id,
					string(r.get("r"), "role"), string(r.get("r"), "note"));
		});
	}

	List<Keyed<Agreement>> unitAgreements(Collection<String> unitIds, LocalDate from, LocalDate to) {
		return keyed(this.unitAgreements, window(unitIds, from, to), r -> agreement(r.get("a")));
	}

	List<Keyed<Item>> unitItems(Collection<String> unitIds, LocalDate from, LocalDate to) {
		return keyed(this.unitItems, window(unitIds, from, to), r -> item(r.get("i")));
	}

	List<Keyed<Event>> unitEvents(Collection<String> unitIds, LocalDate from, LocalDate to) {
		return keyed(this.unitEvents, window(unitIds, from, to), r -> event(r.get("e")));
	}

	List<Keyed<Attendance>> personAttended(Collection<String> personIds, LocalDate from, LocalDate to) {
		return keyed(this.personAttended, window(personIds, from, to),
				r -> new Attendance(r.get("eventId").asString(), r.get("key").asString(), null,
						string(r.get("r"), "role"), string(r.get("r"), "note")));
	}

	/** Person id → {home id, party branch id} (either null). */
	Map<String, String[]> personPlaces(Collection<String> personIds) {
		Map<String, String[]> result = new HashMap<>();
		for (Keyed<String[]> k : this.<String[]>keyed(this.personPlaces, Map.of("ids", List.copyOf(personIds)),
				r -> new String[] { nullable(r.get("homeId")), nullable(r.get("partyBranchId")) })) {
			result.put(k.key(), k.value());
		}
		return result;
	}

	/** The place id of each post given (by its index in the list), for the posts that have one. */
	Map<Integer, String> postPlaces(List<Map<String, Object>> posts) {
		Map<Integer, String> result = new HashMap<>();
		this.client.query(this.postPlaces)
			.bind(posts)
			.to("posts")
			.fetchAs(Keyed.class)
			.mappedBy((types, r) -> new Keyed<>(String.valueOf(r.get("key").asInt()), r.get("placeId").asString()))
			.all()
			.forEach(k -> result.put(Integer.valueOf(k.key()), (String) k.value()));
		return result;
	}

	List<ItemCount> itemsByListAndStatus(String scopeId) {
		return List.copyOf(this.client.query(this.itemsByListAndStatus)
			.bind(scopeId)
			.to("scopeId")
			.fetchAs(ItemCount.class)
			.mappedBy((types, r) -> new ItemCount(r.get("list").asString(), nullable(r.get("status")),
					r.get("items").asInt(), r.get("amount").asDouble(), r.get("hours").asDouble()))
			.all());
	}

	List<ProviderTotal> moneyByProvider(String scopeId) {
		return List.copyOf(this.client.query(this.moneyByProvider)
			.bind(scopeId)
			.to("scopeId")
			.fetchAs(ProviderTotal.class)
			.mappedBy((types, r) -> new ProviderTotal(r.get("providerId").asString(), r.get("items").asInt(),
					r.get("amount").asDouble(), r.get("hours").asDouble()))
			.all());
	}

	List<MeetingsHeld> meetingsHeld(String scopeId, List<String> types, LocalDate from, LocalDate to) {
		return List.copyOf(this.client.query(this.meetingsHeld)
			.bindAll(scoped(scopeId, types, from, to))
			.fetchAs(MeetingsHeld.class)
			.mappedBy((t, r) -> new MeetingsHeld(r.get("bodyId").asString(), r.get("year").asInt(),
					r.get("meetings").asInt()))
			.all());
	}

	List<AttendanceRate> attendanceRates(String scopeId, List<String> types, LocalDate from, LocalDate to) {
		return List.copyOf(this.client.query(this.attendanceRates)
			.bindAll(scoped(scopeId, types, from, to))
			.fetchAs(AttendanceRate.class)
			.mappedBy((t, r) -> new AttendanceRate(r.get("bodyId").asString(), r.get("events").asInt(),
					r.get("invited").asInt(), r.get("attended").asInt()))
			.all());
	}

	private static Map<String, Object> scoped(String scopeId, List<String> types, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("scopeId", scopeId);
		params.put("types", types);
		params.put("from", from);
		params.put("to", to);
		return params;
	}

	private static Map<String, Object> window(Collection<String> ids, LocalDate from, LocalDate to) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.copyOf(ids));
		params.put("from", from);
		params.put("to", to);
		params.put("max", MAX_NESTED);
		return params;
	}

	/** {@code first} rows after the cursor, read as {@code first + 1} to know if more follow; counted when asked. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <T> Connection<T> connection(PageStatements query, Page page, Function<Record, T> mapper) {
		Rendered rendered = query.page(page);
		Collection<Row> rows = this.client.query(rendered.cypher())
			.bindAll(rendered.parameters())
			.fetchAs(Row.class)
			.mappedBy((types, r) -> new Row<>(mapper.apply(r),
					(r.containsKey("sortKey") ? r.get("sortKey") : r.get("rowId")).asObject(), r.get("rowId").asString()))
			.all();
		List<Row<T>> list = (List) new ArrayList<>(rows);
		return page.connection(list, r -> List.of(r.sortKey(), r.rowId()), Row::node, () -> count(query.count()));
	}

	private long count(Rendered count) {
		return this.client.query(count.cypher()).bindAll(count.parameters()).fetchAs(Long.class).one().orElse(0L);
	}

	/** Runs a batch statement whose rows carry the {@code key} they answer. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <T> List<Keyed<T>> keyed(String query, Map<String, Object> params, Function<Record, T> mapper) {
		Collection<Keyed> rows = this.client.query(query)
			.bindAll(params)
			.fetchAs(Keyed.class)
			.mappedBy((types, r) -> new Keyed<>(r.get("key").asString(), mapper.apply(r)))
			.all();
		return (List) List.copyOf(rows);
	}

	static Agreement agreement(Value a) {
		return new Agreement(string(a, "id"), string(a, "type"), string(a, "name"), date(a, "since"),
				date(a, "until"), number(a, "amount"), string(a, "note"), string(a, "source"));
	}

	static Item item(Value i) {
		return new Item(string(i, "id"), string(i, "list"), string(i, "title"), string(i, "status"), date(i, "since"),
				date(i, "until"), number(i, "amount"), number(i, "hours"), string(i, "note"), string(i, "source"),
				string(i, "agreementId"), string(i, "ownerId"), string(i, "providerId"), string(i, "beneficiaryId"));
	}

	static Event event(Value e) {
		return new Event(string(e, "id"), string(e, "type"), date(e, "date"), string(e, "title"), string(e, "note"),
				string(e, "source"), string(e, "hostId"), string(e, "agreementId"));
	}

	private static String nullable(Value v) {
		return v.isNull() ? null : v.asString();
	}

	private static String string(MapAccessor m, String key) {
		return nullable(m.get(key));
	}

	private static Double number(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asDouble();
	}

	private static LocalDate date(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

}
