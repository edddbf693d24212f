package io.govgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import io.govgraph.store.CypherQueries;

/**
 * The change events that time makes, once a day: posts and links whose until passed the day before
 * end, the cross-appointments of every compound and the activity of every co-construction and
 * pairing link are compared with what the outbox last reported. Each day is checked in one
 * transaction that also records it as done, so a check interrupted is simply run again, and a server
 * that was down checks each day it missed, once, in order, its events dated that day.
 */
@Component
public class DailyCheck {

	private static final Logger log = LoggerFactory.getLogger(DailyCheck.class);

	static final String LAST_CHECKED_DAY = "events/last_checked_day";

	static final String SET_CHECKED_DAY = "events/set_checked_day";

	static final String POSTS_ENDED_ON = "events/posts_ended_on";

	static final String LINKS_ENDED_ON = "events/links_ended_on";

	static final String LINK_ACTIVITY_STATE = "events/link_activity_state";

	static final String SET_LINK_ACTIVITY_STATE = "events/set_link_activity_state";

	static final String DROP_LINK_ACTIVITY_STATE = "events/drop_link_activity_state";

	/** The definition of active and paper links, shared with the analysis. */
	static final String LINK_ACTIVITY = "analysis/link_activity";

	private final Driver driver;

	private final ChangeEvents events;

	private final EventsProperties properties;

	private final Map<String, String> statements = new HashMap<>();

	public DailyCheck(Driver driver, ChangeEvents events, CypherQueries cypher, EventsProperties properties) {
		this.driver = driver;
		this.events = events;
		this.properties = properties;
		for (String name : List.of(LAST_CHECKED_DAY, SET_CHECKED_DAY, POSTS_ENDED_ON, LINKS_ENDED_ON,
				LINK_ACTIVITY_STATE, SET_LINK_ACTIVITY_STATE, DROP_LINK_ACTIVITY_STATE, LINK_ACTIVITY)) {
			this.statements.put(name, cypher.get(name));
		}
	}

	/** One day checked: how many events it wrote. */
	public record DayChecked(LocalDate day, int events) {
	}

	/**
	 * Checks every day after the last one checked up to today (today only, the first time); at most
	 * {@code govgraph.events.max-catch-up-days} of them.
	 */
	public synchronized List<DayChecked> catchUp() {
		LocalDate today = this.events.today();
		LocalDate last = lastDay();
		LocalDate from = last == null ? today : last.plusDays(1);
		LocalDate earliest = today.minusDays(this.properties.maxCatchUpDays() - 1L);
		if (from.isBefore(earliest)) {
			log.warn("The daily check last ran for {}; checking only the {} days from {} (govgraph.events.max-catch-up-days)",
					last, this.properties.maxCatchUpDays(), earliest);
			from = earliest;
		}
		List<DayChecked> done = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
			done.add(check(day));
		}
		if (!done.isEmpty()) {
			log.info("Daily check: {} days up to {}, {} events", done.size(), today,
					done.stream().mapToInt(DayChecked::events).sum());
		}
		return done;
	}

	/** The last day checked, or null before the first check. */
	public LocalDate lastDay() {
		try (Session session = this.driver.session()) {
			return ChangeEvents.date(session.executeRead(tx -> tx.run(statement(LAST_CHECKED_DAY)).single()).get("lastDay"));
		}
	}

	/** Checks one day, in one transaction that also records it as the last day checked. */
	DayChecked check(LocalDate day) {
		try (Session session = this.driver.session()) {
			int written = session.executeWrite(tx -> {
				ChangeEvents.Runner run = ChangeEvents.Runner.of(tx);
				Map<String, Object> onDay = Map.of("day", day);
				List<ChangeEvent> events = new ArrayList<>();
				for (Record r : run.run(statement(POSTS_ENDED_ON), onDay)) {
					events.add(ChangeEvent.postEnded(r.get("personId").asString(), r.get("unitId").asString(),
							r.get("role").asString(), ChangeEvents.date(r.get("since")), ChangeEvents.date(r.get("until"))));
				}
				for (Record r : run.run(statement(LINKS_ENDED_ON), Map.of("day", day, "types", ChangeEvents.linkTypes()))) {
					events.add(ChangeEvent.linkEnded(r.get("type").asString(), r.get("fromId").asString(),
							r.get("toId").asString(), ChangeEvents.date(r.get("since")), ChangeEvents.date(r.get("until"))));
				}
				events.addAll(this.events.crossAppointments(run, null, day));
				events.addAll(linkActivity(run, day));
				int n = this.events.record(run, events);
				run.run(statement(SET_CHECKED_DAY), Map.of("day", day, "at", this.events.now()));
				return n;
			});
			return new DayChecked(day, written);
		}
	}

	/**
	 * Compares the activity of every link in force on the day with what was last seen: a link seen
	 * for the first time is only remembered (its start is LINK_STARTED); one that changed is reported.
	 */
	private List<ChangeEvent> linkActivity(ChangeEvents.Runner run, LocalDate day) {
		Map<String, Boolean> seen = new HashMap<>();
		for (Record r : run.run(statement(LINK_ACTIVITY_STATE), Map.of())) {
			seen.put(r.get("key").asString(), r.get("active").asBoolean());
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("unitIds", null);
		parameters.put("fromIds", null);
		parameters.put("asOf", day);
		List<ChangeEvent> events = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> inForce = new HashSet<>();
		for (Record r : run.run(statement(LINK_ACTIVITY), parameters)) {
			String type = r.get("type").asString();
			String from = r.get("fromId").asString();
			String to = r.get("toId").asString();
			LocalDate since = ChangeEvents.date(r.get("since"));
			String key = ChangeEvent.linkSubject(type, from, to, since);
			boolean active = r.get("active").asBoolean();
			inForce.add(key);
			Boolean before = seen.get(key);
			if (before != null && before != active) {
				events.add(new ChangeEvent(active ? EventType.LINK_BECAME_ACTIVE : EventType.LINK_BECAME_PAPER, key, day,
						List.of(from, to), List.of(),
						ChangeEvent.evidence("linkType", type, "fromId", from, "toId", to, "since", since, "lastEventId",
								text(r.get("eventId")), "lastEventDate", ChangeEvents.date(r.get("eventDate")), "lastItemId",
								text(r.get("itemId")), "lastItemUntil", ChangeEvents.date(r.get("itemUntil")))));
			}
			if (before == null || before != active) {
				rows.add(Map.of("key", key, "active", active));
			}
		}
		if (!rows.isEmpty()) {
			run.run(statement(SET_LINK_ACTIVITY_STATE), Map.of("rows", rows, "day", day));
		}
		List<String> gone = seen.keySet().stream().filter(k -> !inForce.contains(k)).toList();
		if (!gone.isEmpty()) {
			run.run(statement(DROP_LINK_ACTIVITY_STATE), Map.of("keys", gone));
		}
		return events;
	}

	private static String text(org.neo4j.driver.Value value) {
		return value.isNull() ? null : value.asString();
	}

	private String statement(String name) {
		return this.statements.get(name);
	}

}
