package io.govgraph.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import io.govgraph.store.CypherQueries;

/**
 * Reads the outbox in sequence order: the events after a sequence number, kept by scope, type and
 * day. What the GraphQL {@code events} field pages through, and what a delivery (webhooks,
 * subscriptions) reads on from the last number it handed on.
 */
@Service
public class EventLog {

	static final String PAGE = "events/page";

	static final String COUNT = "events/count";

	static final String PEOPLE = "events/people";

	static final String UNITS = "events/units";

	private final Driver driver;

	private final String page;

	private final String count;

	private final String people;

	private final String units;

	public EventLog(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.page = cypher.get(PAGE);
		this.count = cypher.get(COUNT);
		this.people = cypher.get(PEOPLE);
		this.units = cypher.get(UNITS);
	}

	/** A piece of evidence: a name and an id or a day (never a name or a phone). */
	public record Evidence(String name, String value) {
	}

	/**
	 * An event as the outbox holds it.
	 * @param seq its place in the outbox: larger for every later commit
	 * @param key its idempotency key, {@code type|subject|date}
	 * @param scope its units and all their ancestors
	 */
	public record StoredEvent(long seq, String key, EventType type, String subject, LocalDate date,
			OffsetDateTime at, List<String> scope, List<String> unitIds, List<String> personIds,
			List<Evidence> evidence) {
	}

	/** Which events: in a scope (a unit and everything below it; null: all), of these types, dated from / to. */
	public record Filter(String scopeId, Collection<EventType> types, LocalDate from, LocalDate to) {

		Map<String, Object> parameters() {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("scopeId", this.scopeId);
			parameters.put("types", this.types.stream().map(EventType::name).toList());
			parameters.put("from", this.from);
			parameters.put("to", this.to);
			return parameters;
		}

	}

	/** The first {@code limit} events after sequence number {@code afterSeq} (0: from the start). */
	public List<StoredEvent> after(long afterSeq, Filter filter, int limit) {
		Map<String, Object> parameters = filter.parameters();
		parameters.put("after", afterSeq);
		parameters.put("limit", limit);
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.page, parameters).list(EventLog::event));
		}
	}

	/** How many events the filter keeps. */
	public long count(Filter filter) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.count, filter.parameters()).single().get("count").asLong());
		}
	}

	/** The names of these people, by id (shown masked to planners by the schema). */
	public Map<String, String> personNames(Collection<String> ids) {
		return names(this.people, ids, r -> r.get("name").asString(null));
	}

	/** A unit an event names. */
	public record UnitName(String id, String name, String type) {
	}

	/** These units' names and types, by id. */
	public Map<String, UnitName> units(Collection<String> ids) {
		return names(this.units, ids,
				r -> new UnitName(r.get("id").asString(), r.get("name").asString(null), r.get("type").asString(null)));
	}

	private <T> Map<String, T> names(String statement, Collection<String> ids,
			java.util.function.Function<Record, T> value) {
		Map<String, T> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> tx.run(statement, Map.of("ids", List.copyOf(ids))).list())
				.forEach(r -> found.put(r.get("id").asString(), value.apply(r)));
		}
		return found;
	}

	private static StoredEvent event(Record r) {
		EventJson.Body body = EventJson.body(r.get("body").asString());
		List<Evidence> evidence = new ArrayList<>();
		body.evidenceMap().forEach((name, value) -> evidence.add(new Evidence(name, value)));
		return new StoredEvent(r.get("seq").asLong(), r.get("key").asString(), EventType.valueOf(r.get("type").asString()),
				body.subject(), ChangeEvents.date(r.get("date")), r.get("at").asOffsetDateTime(),
				r.get("scope").asList(Value::asString), body.unitIds(), body.personIds(), evidence);
	}

}
