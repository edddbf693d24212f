package io.govgraph.events;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event to write: its type, what it is about ({@code subject}), the day it takes effect, the
 * units and people it concerns (ids only: names and phones are read, masked as usual, when the
 * event is read) and its evidence. Its idempotency key is {@code type|subject|date}: the same change
 * found again (a re-import, a re-run daily check) has the same key and is written once.
 *
 * @param type what happened
 * @param subject what it happened to, e.g. a post's {@code personId|unitId|role|since}
 * @param date the day it takes effect: a post's since, the day after its until, a check's day
 * @param unitIds the units it concerns; its scope is these and all their ancestors
 * @param personIds the people it concerns
 * @param evidence ids and dates that show it, by name, in order
 */
public record ChangeEvent(EventType type, String subject, LocalDate date, List<String> unitIds,
		List<String> personIds, Map<String, String> evidence) {

	public ChangeEvent {
		if (type == null || subject == null || subject.isEmpty()) {
			throw new IllegalArgumentException("an event needs a type and a subject");
		}
		unitIds = unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		personIds = personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
		Map<String, String> kept = new LinkedHashMap<>();
		evidence.forEach((k, v) -> {
			if (v != null) {
				kept.put(k, v);
			}
		});
		evidence = java.util.Collections.unmodifiableMap(kept);
	}

	/** Deterministic from type, subject and effective date, so that a re-run adds nothing. */
	public String key() {
		return this.type + "|" + this.subject + "|" + (this.date == null ? "" : this.date.toString());
	}

	/** The event as the statements write it. */
	Map<String, Object> row() {
		Map<String, Object> row = new HashMap<>();
		row.put("key", key());
		row.put("type", this.type.name());
		row.put("date", this.date);
		row.put("body", EventJson.body(this));
		return row;
	}

	/** How a post is named in events: person|unit|role|since (since as a day, empty when unknown). */
	public static String postSubject(String personId, String unitId, String role, LocalDate since) {
		return personId + "|" + unitId + "|" + role + "|" + (since == null ? "" : since);
	}

	/** How a link is named in events: type|from|to|since. */
	public static String linkSubject(String type, String fromId, String toId, LocalDate since) {
		return type + "|" + fromId + "|" + toId + "|" + (since == null ? "" : since);
	}

	/** A post taken: dated its since (or {@code today} when it has none). */
	public static ChangeEvent postStarted(String personId, String unitId, String role, LocalDate since,
			LocalDate until, LocalDate today) {
		return new ChangeEvent(EventType.POST_STARTED, postSubject(personId, unitId, role, since),
				since == null ? today : since, List.of(unitId), List.of(personId),
				evidence("personId", personId, "unitId", unitId, "role", role, "since", since, "until", until));
	}

	/** A post left: dated the first day it is no longer in force (the day after its until). */
	public static ChangeEvent postEnded(String personId, String unitId, String role, LocalDate since,
			LocalDate until) {
		return new ChangeEvent(EventType.POST_ENDED, postSubject(personId, unitId, role, since), until.plusDays(1),
				List.of(unitId), List.of(personId),
				evidence("personId", personId, "unitId", unitId, "role", role, "since", since, "until", until));
	}

	/** A link drawn: dated its since (or {@code today}). */
	public static ChangeEvent linkStarted(String type, String fromId, String toId, LocalDate since, LocalDate until,
			LocalDate today) {
		return new ChangeEvent(EventType.LINK_STARTED, linkSubject(type, fromId, toId, since),
				since == null ? today : since, List.of(fromId, toId), List.of(),
				evidence("linkType", type, "fromId", fromId, "toId", toId, "since", since, "until", until));
	}

	/** A link ended: dated the day after its until. */
	public static ChangeEvent linkEnded(String type, String fromId, String toId, LocalDate since, LocalDate until) {
		return new ChangeEvent(EventType.LINK_ENDED, linkSubject(type, fromId, toId, since), until.plusDays(1),
				List.of(fromId, toId), List.of(),
				evidence("linkType", type, "fromId", fromId, "toId", toId, "since", since, "until", until));
	}

	/** True when a post or link with this until is no longer in force on {@code today}. */
	public static boolean endedBy(LocalDate until, LocalDate today) {
		return until != null && until.isBefore(today);
	}

	/** Evidence from name, value pairs; values written as text (dates ISO), nulls left out. */
	static Map<String, String> evidence(Object... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				map.put((String) pairs[i], pairs[i + 1].toString());
			}
		}
		return map;
	}

}
