package io.govgraph.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.govgraph.model.DataSet;
import io.govgraph.model.PartialDate;
import io.govgraph.model.Vocabulary;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.SideBySide;

/**
 * The one component writers call to put their events into the outbox, in the transaction that makes
 * the change: an edit, a roster import, a resolution decision, an audit run or decision. Posts and
 * links are reported from what the writer did; cross-appointments by comparing the compounds the
 * change touches, as they are now, with what the outbox last reported of them (kept in the store),
 * so that a change nobody foresaw (a unit moved, two people merged) is reported too. A batched
 * import stages its events before its switch-over and publishes them after it ({@link #stageImport},
 * {@link #publishImport}). Events whose idempotency key the outbox holds are not written again.
 */
@Component
public class ChangeEvents {

	private static final Logger log = LoggerFactory.getLogger(ChangeEvents.class);

	static final String EXISTING_KEYS = "events/existing_keys";

	static final String RECORD = "events/record";

	static final String STAGE = "events/stage";

	static final String ANCESTORS = "events/ancestors";

	static final String STAGED_PARTS = "events/staged_parts";

	static final String PUBLISH_PART = "events/publish_part";

	static final String NUMBER_PART = "events/number_part";

	static final String DISCARD_IMPORT = "events/discard_import";

	static final String TOUCHED_COMPOUNDS = "events/touched_compounds";

	static final String CROSS_APPOINTMENT_STATE = "events/cross_appointment_state";

	static final String START_CROSS_APPOINTMENTS = "events/start_cross_appointments";

	static final String END_CROSS_APPOINTMENTS = "events/end_cross_appointments";

	static final String POSTS_BY_ELEMENT_ID = "events/posts_by_element_id";

	static final String ROSTER_CANDIDATES = "events/roster_candidates";

	static final String FINDING_DECISIONS = "events/finding_decisions";

	/** The definition of cross-appointment, shared with the audit: one statement, not a copy. */
	static final String COMPOUND_SIDES = "crossappointment/compound_sides";

	/** Statements run in a writer's transaction, whichever way the writer holds it. */
	@FunctionalInterface
	interface Runner {

		List<Record> run(String statement, Map<String, Object> parameters);

		static Runner of(SimpleQueryRunner tx) {
			return (statement, parameters) -> tx.run(statement, parameters).list();
		}

		/** A client inside a Spring-managed transaction: its statements join that transaction. */
		static Runner of(Neo4jClient client) {
			return (statement, parameters) -> List
				.copyOf(client.query(statement).bindAll(parameters).fetchAs(Record.class).mappedBy((t, r) -> r).all());
		}

	}

	private final Map<String, String> statements = new HashMap<>();

	private final Clock clock;

	@Autowired
	public ChangeEvents(CypherQueries cypher, Clock clock) {
		for (String name : List.of(EXISTING_KEYS, RECORD, STAGE, ANCESTORS, STAGED_PARTS, PUBLISH_PART, NUMBER_PART, DISCARD_IMPORT, TOUCHED_COMPOUNDS, CROSS_APPOINTMENT_STATE, START_CROSS_APPOINTMENTS,
				END_CROSS_APPOINTMENTS, POSTS_BY_ELEMENT_ID, ROSTER_CANDIDATES, FINDING_DECISIONS, COMPOUND_SIDES)) {
			this.statements.put(name, cypher.get(name));
		}
		this.clock = clock;
	}

	String statement(String name) {
		return this.statements.get(name);
	}

	/** Today, on the district's calendar. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/** Writes the events in the caller's transaction; answers how many were new. */
	public int record(SimpleQueryRunner tx, List<ChangeEvent> events) {
		return record(Runner.of(tx), events);
	}

	int record(Runner run, List<ChangeEvent> events) {
		Map<String, ChangeEvent> byKey = new LinkedHashMap<>();
		events.forEach(e -> byKey.putIfAbsent(e.key(), e));
		if (byKey.isEmpty()) {
			return 0;
		}
		Set<String> existing = existingKeys(run, byKey.keySet());
		List<ChangeEvent> fresh = byKey.values().stream().filter(e -> !existing.contains(e.key())).toList();
		if (fresh.isEmpty()) {
			return 0;
		}
		List<Map<String, Object>> rows = rows(fresh, storedAncestors(run, fresh));
		return run.run(statement(RECORD), Map.of("events", rows, "at", now())).get(0).get("written").asInt();
	}

	/** Which of these idempotency keys the outbox holds already. */
	private Set<String> existingKeys(Runner run, Collection<String> keys) {
		return new HashSet<>(run.run(statement(EXISTING_KEYS), Map.of("keys", List.copyOf(keys)))
			.get(0)
			.get("keys")
			.asList(Value::asString));
	}

	/**
	 * The events as the statements write them, each with its scope: its units and all their
	 * ancestors, each once; a unit {@code ancestors} does not know adds nothing.
	 * @param ancestors a unit id → the unit and its ancestors (empty: no such unit)
	 */
	static List<Map<String, Object>> rows(Collection<ChangeEvent> events, Function<String, List<String>> ancestors) {
		List<Map<String, Object>> rows = new ArrayList<>(events.size());
		for (ChangeEvent e : events) {
			Set<String> scope = new LinkedHashSet<>();
			e.unitIds().forEach(unit -> scope.addAll(ancestors.apply(unit)));
			Map<String, Object> row = e.row();
			row.put("scope", List.copyOf(scope));
			rows.add(row);
		}
		return rows;
	}

	/** The ancestors of the events' units as the store holds them: one statement for all of them. */
	private Function<String, List<String>> storedAncestors(Runner run, Collection<ChangeEvent> events) {
		List<String> units = events.stream().flatMap(e -> e.unitIds().stream()).distinct().toList();
		Map<String, List<String>> ancestors = new HashMap<>();
		if (!units.isEmpty()) {
			for (Record r : run.run(statement(ANCESTORS), Map.of("ids", units))) {
				ancestors.put(r.get("id").asString(), r.get("ancestors").asList(Value::asString));
			}
		}
		return unit -> ancestors.getOrDefault(unit, List.of());
	}

	/**
	 * The ancestors in a containment tree given as child → parent (acyclic, as an import checks it),
	 * each unit's worked out once: the unit and its ancestors from the unit up; a unit the tree does
	 * not name is a root.
	 */
	static Function<String, List<String>> treeAncestors(Map<String, String> parentOf) {
		// shared by the threads that stage parts side by side: a chain worked out twice is the same chain
		Map<String, List<String>> known = new ConcurrentHashMap<>();
		return unit -> {
			List<String> done = known.get(unit);
			if (done != null) {
				return done;
			}
			// walk up to the first unit already worked out, then fill in the path top down
			List<String> path = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			String at = unit;
			List<String> above = List.of();
			while (at != null && seen.add(at)) {
				List<String> k = known.get(at);
				if (k != null) {
					above = k;
					break;
				}
				path.add(at);
				at = parentOf.get(at);
			}
			for (int i = path.size() - 1; i >= 0; i--) {
				List<String> chain = new ArrayList<>(above.size() + 1);
				chain.add(path.get(i));
				chain.addAll(above);
				above = List.copyOf(chain);
				known.put(path.get(i), above);
			}
			return above;
		};
	}

	/**
	 * An edit (edit/EditLog), from the parameters of its record: a post or link created, or given an
	 * until that has passed, is reported, and the cross-appointments of the compounds it touches are
	 * compared. An until still to come is reported by the daily check when it passes.
	 * @param edit {@code entity} (UNIT, PERSON, POST, LINK), {@code subjects} (the ids it concerns),
	 * {@code beforeKeys}/{@code beforeValues} (null when it created the entity) and
	 * {@code afterKeys}/{@code afterValues}, the values as the edit's record holds them
	 */
	@SuppressWarnings("unchecked")
	public void edited(SimpleQueryRunner tx, Map<String, Object> edit) {
		LocalDate today = today();
		String entity = (String) edit.get("entity");
		Map<String, String> before = values((List<String>) edit.get("beforeKeys"), (List<String>) edit.get("beforeValues"));
		Map<String, String> after = values((List<String>) edit.get("afterKeys"), (List<String>) edit.get("afterValues"));
		List<ChangeEvent> events = new ArrayList<>();
		LocalDate until = day(after.get("until"));
		boolean ends = ChangeEvent.endedBy(until, today)
				&& (before == null || !Objects.equals(day(before.get("until")), until));
		if ("POST".equals(entity)) {
			String person = after.get("personId");
			String unit = after.get("unitId");
			String role = after.get("role");
			LocalDate since = day(after.get("since"));
			if (before == null) {
				events.add(ChangeEvent.postStarted(person, unit, role, since, until, today));
			}
			if (ends) {
				events.add(ChangeEvent.postEnded(person, unit, role, since, until));
			}
		}
		else if ("LINK".equals(entity)) {
			String type = after.get("type");
			String from = after.get("fromId");
			String to = after.get("toId");
			LocalDate since = day(after.get("since"));
			if (before == null) {
				events.add(ChangeEvent.linkStarted(type, from, to, since, until, today));
			}
			if (ends) {
				events.add(ChangeEvent.linkEnded(type, from, to, since, until));
			}
		}
		Runner run = Runner.of(tx);
		events.addAll(crossAppointments(run, touchedCompounds(run, (List<String>) edit.get("subjects")), today));
		record(run, events);
	}

	/**
	 * A roster import (roster/RosterImporter), after its statements, in its transaction: each post it
	 * started and each it ended (when the end has passed), the units it changed with how many posts
	 * each, the review candidates it raised, and the cross-appointments of the compounds it touched.
	 * @param posts the rows of the posts it created ({@code personId}, {@code unitId}, {@code props})
	 * @param ends the posts it ended ({@code ref}: the element id, {@code until})
	 */
	@SuppressWarnings("unchecked")
	public void rosterImported(SimpleQueryRunner tx, String importId, List<Map<String, Object>> posts,
			List<Map<String, Object>> ends) {
		LocalDate today = today();
		Runner run = Runner.of(tx);
		List<ChangeEvent> events = new ArrayList<>();
		Map<String, int[]> perUnit = new TreeMap<>();
		Set<String> touched = new TreeSet<>();
		for (Map<String, Object> row : posts) {
			Map<String, Object> props = (Map<String, Object>) row.get("props");
			String person = (String) row.get("personId");
			String unit = (String) row.get("unitId");
			LocalDate until = (LocalDate) props.get("until");
			events.add(ChangeEvent.postStarted(person, unit, (String) props.get("role"), (LocalDate) props.get("since"),
					until, today));
			if (ChangeEvent.endedBy(until, today)) {
				events.add(ChangeEvent.postEnded(person, unit, (String) props.get("role"), (LocalDate) props.get("since"),
						until));
			}
			perUnit.computeIfAbsent(unit, u -> new int[2])[0]++;
			touched.add(unit);
		}
		List<String> refs = ends.stream().map(e -> (String) e.get("ref")).toList();
		for (Record r : refs.isEmpty() ? List.<Record>of() : run.run(statement(POSTS_BY_ELEMENT_ID), Map.of("refs", refs))) {
			String unit = r.get("unitId").asString();
			LocalDate until = date(r.get("until"));
			if (ChangeEvent.endedBy(until, today)) {
				events.add(ChangeEvent.postEnded(r.get("personId").asString(), unit, r.get("role").asString(),
						date(r.get("since")), until));
			}
			perUnit.computeIfAbsent(unit, u -> new int[2])[1]++;
			touched.add(unit);
		}
		perUnit.forEach((unit, counts) -> events.add(new ChangeEvent(EventType.ROSTER_IMPORTED, unit + "|" + importId,
				today, List.of(unit), List.of(), ChangeEvent.evidence("rosterImportId", importId, "unitId", unit,
						"postsStarted", counts[0], "postsEnded", counts[1]))));
		for (Record r : run.run(statement(ROSTER_CANDIDATES), Map.of("importId", importId))) {
			String unit = r.get("unitId").isNull() ? null : r.get("unitId").asString();
			events.add(new ChangeEvent(EventType.CANDIDATE_RAISED, r.get("id").asString(), today,
					unit == null ? List.of() : List.of(unit),
					List.of(r.get("personId").asString(), r.get("otherId").asString()),
					ChangeEvent.evidence("candidateId", r.get("id").asString(), "personId", r.get("personId").asString(),
							"otherId", r.get("otherId").asString(), "rule", r.get("rule").asString(null),
							"rosterImportId", importId)));
		}
		events.addAll(crossAppointments(run, touchedCompounds(run, List.copyOf(touched)), today));
		record(run, events);
	}

	/**
	 * People merged or split (roster/ResolutionDecisions), in the decision's transaction: the
	 * cross-appointments of the compounds where they hold posts are compared.
	 */
	public void peopleChanged(SimpleQueryRunner tx, Collection<String> personIds) {
		Runner run = Runner.of(tx);
		record(run, crossAppointments(run, touchedCompounds(run, List.copyOf(personIds)), today()));
	}

	/**
	 * An audit run or an auditor's decision (audit/AuditService), in its Spring-managed transaction:
	 * every entry it wrote at {@code at} to a finding's decision log becomes an event. Keyed by the
	 * finding and the entry's number in its log, so that a finding that closes and opens again is
	 * reported each time.
	 */
	public void findingsChanged(Neo4jClient client, OffsetDateTime at) {
		Runner run = Runner.of(client);
		LocalDate day = at.atZoneSameInstant(this.clock.getZone()).toLocalDate();
		List<ChangeEvent> events = new ArrayList<>();
		for (Record r : run.run(statement(FINDING_DECISIONS), Map.of("now", at))) {
			String action = r.get("action").asString();
			EventType type = switch (action) {
				case "OPENED", "REOPENED" -> EventType.FINDING_OPENED;
				case "CLOSED" -> EventType.FINDING_CLOSED;
				default -> EventType.FINDING_DECIDED;
			};
			String finding = r.get("findingKey").asString();
			events.add(new ChangeEvent(type, finding + "#" + r.get("seq").asLong(), day,
					r.get("unitIds").asList(Value::asString), r.get("personIds").asList(Value::asString),
					ChangeEvent.evidence("findingId", finding, "ruleId", r.get("ruleId").asString(null), "severity",
							r.get("severity").asString(null), "status", r.get("toStatus").asString(), "action",
							action)));
		}
		record(run, events);
	}

	/**
	 * The events of a data-set import, worked out before it writes: each post and link it creates,
	 * and each whose until it sets to a day that has passed (or that it creates ended).
	 * @param storedPost the properties of the stored post with a key, or null (read before the import)
	 * @param storedLink the same for links
	 */
	public List<ChangeEvent> ofImport(DataSet ds, Function<DataSet.PostKey, Map<String, Object>> storedPost,
			Function<DataSet.LinkKey, Map<String, Object>> storedLink) {
		LocalDate today = today();
		List<ChangeEvent> events = new ArrayList<>();
		for (DataSet.PostRow p : ds.posts()) {
			Map<String, Object> old = storedPost.apply(p.key());
			LocalDate since = firstDay(p.since());
			LocalDate until = firstDay(p.until());
			if (old == null) {
				events.add(ChangeEvent.postStarted(p.personId(), p.unitId(), p.role(), since, until, today));
			}
			if (ChangeEvent.endedBy(until, today) && (old == null || !until.equals(old.get("until")))) {
				events.add(ChangeEvent.postEnded(p.personId(), p.unitId(), p.role(), since, until));
			}
		}
		for (DataSet.LinkRow l : ds.links()) {
			Map<String, Object> old = storedLink.apply(l.key());
			LocalDate since = firstDay(l.since());
			LocalDate until = firstDay(l.until());
			if (old == null) {
				events.add(ChangeEvent.linkStarted(l.type(), l.fromId(), l.toId(), since, until, today));
			}
			if (ChangeEvent.endedBy(until, today) && (old == null || !until.equals(old.get("until")))) {
				events.add(ChangeEvent.linkEnded(l.type(), l.fromId(), l.toId(), since, until));
			}
		}
		return events;
	}

	/**
	 * Stages events of an import in parts of {@code batch} events, their scope read from the stored
	 * tree: they enter the outbox only when {@link #publishImport} runs.
	 */
	public void stageImport(Driver driver, String importId, List<ChangeEvent> events, int batch) {
		Collection<ChangeEvent> unique = unique(events);
		Function<String, List<String>> ancestors;
		try (Session session = driver.session()) {
			ancestors = session.executeRead(tx -> storedAncestors(Runner.of(tx), unique));
		}
		stage(driver, importId, List.copyOf(unique), ancestors, batch, 1);
	}

	/**
	 * Stages an import's events (after its batches, before its switch-over) in parts of
	 * {@code batch} events, their scope from the containment tree as the import leaves it (the
	 * importer knows it: no statement walks the tree event by event). They enter the outbox only when
	 * {@link #publishImport} runs; one whose key the outbox holds by then is dropped there.
	 * @param parentOf every unit's parent after the import's batches (child id → parent id)
	 * @param threads how many parts are worked out and written side by side
	 */
	public void stageImport(Driver driver, String importId, List<ChangeEvent> events, Map<String, String> parentOf,
			int batch, int threads) {
		stage(driver, importId, List.copyOf(unique(events)), treeAncestors(parentOf), batch, threads);
	}

	private static Collection<ChangeEvent> unique(List<ChangeEvent> events) {
		Map<String, ChangeEvent> byKey = new LinkedHashMap<>();
		events.forEach(e -> byKey.putIfAbsent(e.key(), e));
		return byKey.values();
	}

	/**
	 * One node a part, its events as a few lists (keys, types, days, bodies, and every scope one after
	 * the other with where each begins): staging writes a few large values instead of a node an event
	 * (measured: 47,000 events staged in 0.5 s instead of 2.4 s), and publishing creates each event
	 * once, inside the server, from the part's lists.
	 */
	private void stage(Driver driver, String importId, List<ChangeEvent> events,
			Function<String, List<String>> ancestors, int batch, int threads) {
		List<Integer> parts = new ArrayList<>();
		for (int part = 0; part * (long) batch < events.size(); part++) {
			parts.add(part);
		}
		SideBySide.each(parts, threads, "govgraph-event-stager", part -> {
			List<ChangeEvent> some = events.subList(part * batch, Math.min(events.size(), (part + 1) * batch));
			Map<String, Object> parameters = stagedPart(rows(some, ancestors));
			parameters.put("importId", importId);
			parameters.put("part", part);
			try (Session session = driver.session()) {
				session.executeWriteWithoutResult(tx -> tx.run(statement(STAGE), parameters).consume());
			}
		});
	}

	/** The lists of {@code events/stage}: the i-th event's scope is {@code scopeIds[scopeAt[i]..scopeAt[i + 1]]}. */
	static Map<String, Object> stagedPart(List<Map<String, Object>> events) {
		List<Object> keys = new ArrayList<>(events.size());
		List<Object> types = new ArrayList<>(events.size());
		List<String> dates = new ArrayList<>(events.size());
		List<Object> bodies = new ArrayList<>(events.size());
		List<Object> scopeIds = new ArrayList<>();
		List<Integer> scopeAt = new ArrayList<>(events.size() + 1);
		for (Map<String, Object> e : events) {
			keys.add(e.get("key"));
			types.add(e.get("type"));
			dates.add(e.get("date") == null ? null : e.get("date").toString());
			bodies.add(e.get("body"));
			scopeAt.add(scopeIds.size());
			scopeIds.addAll((List<?>) e.get("scope"));
		}
		scopeAt.add(scopeIds.size());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("keys", keys);
		parameters.put("types", types);
		parameters.put("dates", dates);
		parameters.put("bodies", bodies);
		parameters.put("scopeIds", scopeIds);
		parameters.put("scopeAt", scopeAt);
		return parameters;
	}

	/**
	 * After an import's switch-over: its staged events enter the outbox, a part a transaction (one
	 * whose key the outbox holds by then, from the daily check, is dropped), then the
	 * cross-appointments of every compound are compared (an import may touch any). Safe to run again.
	 * <p>
	 * Parts are published on {@code threads} threads in their order: each transaction creates its
	 * part's events, then waits until the part before it has committed (or failed) before it numbers
	 * its own, so one part's events are created while the one before it commits, and the sequence
	 * numbers still follow the parts' order and the commits'. (A part released only once the one
	 * before it has committed, not once that one holds the counter: a transaction the driver retries
	 * after it had numbered would otherwise number after the part behind it.) A part that fails stops
	 * every part after it: they stay staged.
	 */
	public void publishImport(Driver driver, String importId, int threads) {
		long started = System.nanoTime();
		List<Long> parts;
		try (Session session = driver.session()) {
			parts = session.executeRead(tx -> tx.run(statement(STAGED_PARTS), Map.of("importId", importId))
				.list(r -> r.get("part").asLong()));
		}
		List<CompletableFuture<Void>> committed = new ArrayList<>();
		parts.forEach(part -> committed.add(new CompletableFuture<>()));
		AtomicLong written = new AtomicLong();
		AtomicLong dropped = new AtomicLong();
		List<Integer> order = new ArrayList<>();
		for (int k = 0; k < parts.size(); k++) {
			order.add(k);
		}
		SideBySide.each(order, threads, "govgraph-event-publisher", k -> {
			CompletableFuture<Void> before = k == 0 ? CompletableFuture.completedFuture(null) : committed.get(k - 1);
			try (Session session = driver.session()) {
				long[] counts = session.executeWrite(tx -> {
					Map<String, Object> parameters = Map.of("importId", importId, "part", parts.get(k), "at", now());
					List<Record> part = tx.run(statement(PUBLISH_PART), parameters).list();
					if (part.isEmpty()) {
						return new long[2];
					}
					List<String> ids = part.get(0).get("ids").asList(Value::asString);
					before.join();
					if (!ids.isEmpty()) {
						tx.run(statement(NUMBER_PART), Map.of("ids", ids, "at", parameters.get("at"))).consume();
					}
					return new long[] { ids.size(), part.get(0).get("staged").asLong() - ids.size() };
				});
				written.addAndGet(counts[0]);
				dropped.addAndGet(counts[1]);
				committed.get(k).complete(null);
			}
			catch (RuntimeException ex) {
				// every part after a failed one stops, those waiting and those never begun (the pool
				// skips them) alike, and stays staged: published in order when the import is finished
				// again; the first failure is rethrown once all have stopped
				committed.forEach(f -> f.completeExceptionally(ex));
				throw ex;
			}
		});
		long[] counts = { written.get(), dropped.get() };
		long published = System.nanoTime();
		int compared;
		try (Session session = driver.session()) {
			compared = session.executeWrite(tx -> {
				Runner run = Runner.of(tx);
				return record(run, crossAppointments(run, null, today()));
			});
		}
		if (counts[0] + counts[1] + compared > 0) {
			log.info("Import {}: {} staged change events published in {} ms ({} dropped as already there), "
					+ "{} cross-appointment events after comparing every compound in {} ms", importId, counts[0],
					(published - started) / 1_000_000, counts[1], compared, (System.nanoTime() - published) / 1_000_000);
		}
	}

	/** An import rolled back: its staged events are dropped. Safe to run again. */
	public void discardImport(Driver driver, String importId, int batch) {
		repeat(driver, statement(DISCARD_IMPORT), Map.of("importId", importId, "limit", batch), "deleted");
	}

	/** Runs the statement, one batch a transaction, until it answers 0; answers the sum. */
	private static long repeat(Driver driver, String statement, Map<String, Object> parameters, String column) {
		long total = 0;
		try (Session session = driver.session()) {
			long done;
			while ((done = session.executeWrite(tx -> tx.run(statement, parameters).single().get(column).asLong())) > 0) {
				total += done;
			}
		}
		return total;
	}

	/** The compounds whose cross-appointments a change to these units or people may alter. */
	List<String> touchedCompounds(Runner run, List<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return run.run(statement(TOUCHED_COMPOUNDS), Map.of("ids", ids)).get(0).get("compoundIds").asList(Value::asString);
	}

	/**
	 * Compares the cross-appointments of these compounds (null: every compound) on {@code day} with
	 * those last reported, remembers the new state and answers the events: started for a pair that
	 * is new, ended for one that is gone (also when its compound is).
	 */
	List<ChangeEvent> crossAppointments(Runner run, List<String> compoundIds, LocalDate day) {
		if (compoundIds != null && compoundIds.isEmpty()) {
			return List.of();
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("compoundIds", compoundIds);
		parameters.put("asOf", day);
		Set<List<String>> now = new TreeSet<>(ChangeEvents::compare);
		for (Record r : run.run(statement(COMPOUND_SIDES), parameters)) {
			String compound = r.get("compound").asString();
			r.get("crossAppointed").asList(Value::asString).forEach(person -> now.add(List.of(compound, person)));
		}
		Set<List<String>> reported = new TreeSet<>(ChangeEvents::compare);
		for (Record r : run.run(statement(CROSS_APPOINTMENT_STATE), parameters)) {
			reported.add(List.of(r.get("compoundId").asString(), r.get("personId").asString()));
		}
		List<Map<String, Object>> started = new ArrayList<>();
		List<Map<String, Object>> ended = new ArrayList<>();
		List<ChangeEvent> events = new ArrayList<>();
		for (List<String> pair : now) {
			if (!reported.contains(pair)) {
				started.add(Map.of("compoundId", pair.get(0), "personId", pair.get(1)));
				events.add(crossAppointment(EventType.CROSS_APPOINTMENT_STARTED, pair, day));
			}
		}
		for (List<String> pair : reported) {
			if (!now.contains(pair)) {
				ended.add(Map.of("compoundId", pair.get(0), "personId", pair.get(1)));
				events.add(crossAppointment(EventType.CROSS_APPOINTMENT_ENDED, pair, day));
			}
		}
		if (!started.isEmpty()) {
			run.run(statement(START_CROSS_APPOINTMENTS), Map.of("rows", started, "day", day));
		}
		if (!ended.isEmpty()) {
			run.run(statement(END_CROSS_APPOINTMENTS), Map.of("rows", ended));
		}
		return events;
	}

	private static ChangeEvent crossAppointment(EventType type, List<String> pair, LocalDate day) {
		return new ChangeEvent(type, pair.get(1) + "|" + pair.get(0), day, List.of(pair.get(0)), List.of(pair.get(1)),
				ChangeEvent.evidence("personId", pair.get(1), "compoundId", pair.get(0), "asOf", day));
	}

	private static int compare(List<String> a, List<String> b) {
		int c = a.get(0).compareTo(b.get(0));
		return c != 0 ? c : a.get(1).compareTo(b.get(1));
	}

	/** The v1 link types: the relationships that are links (not posts, containment or v1.1 joins). */
	static List<String> linkTypes() {
		return Vocabulary.LINK_TYPES;
	}

	private static Map<String, String> values(List<String> keys, List<String> values) {
		if (keys == null) {
			return null;
		}
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			map.put(keys.get(i), values.get(i));
		}
		return map;
	}

	private static LocalDate day(String text) {
		return text == null || text.isEmpty() ? null : PartialDate.parse(text).firstDay();
	}

	private static LocalDate firstDay(PartialDate date) {
		return date == null ? null : date.firstDay();
	}

	static LocalDate date(Value value) {
		return value == null || value.isNull() ? null : value.asLocalDate();
	}

}
