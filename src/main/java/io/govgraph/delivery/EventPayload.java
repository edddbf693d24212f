package io.govgraph.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import io.govgraph.events.EventLog;
import io.govgraph.security.AccessLog;
import io.govgraph.security.Caller;
import io.govgraph.security.Masking;
import io.govgraph.security.Role;

/**
 * The JSON body of a webhook delivery: the event as the GraphQL {@code ChangeEvent} shows it, with
 * the names of its units and people. People's names are masked as the API masks them
 * ({@link Masking#surname}) unless the webhook's role sees personal data; then each delivery is
 * written to the access log, as the API's reads in full are. Ids, days and counts only otherwise:
 * never a phone number.
 */
@Component
class EventPayload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final EventLog log;

	private final AccessLog accessLog;

	EventPayload(EventLog log, AccessLog accessLog) {
		this.log = log;
		this.accessLog = accessLog;
	}

	/** Whether a webhook sent as this role carries names in full. */
	static boolean seesPersonalData(Role role) {
		return new Caller(null, Role.effective(Set.of(role))).seesPersonalData();
	}

	byte[] json(Webhook webhook, EventLog.StoredEvent event) {
		Map<String, String> names = this.log.personNames(event.personIds());
		Map<String, EventLog.UnitName> units = this.log.units(event.unitIds());
		boolean full = seesPersonalData(webhook.role());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("webhookId", webhook.id());
		body.put("seq", event.seq());
		body.put("key", event.key());
		body.put("type", event.type().name());
		body.put("subject", event.subject());
		body.put("date", event.date() == null ? null : event.date().toString());
		body.put("at", event.at() == null ? null : event.at().toString());
		body.put("scope", event.scope());
		List<Map<String, Object>> unitList = new ArrayList<>();
		for (String id : event.unitIds()) {
			EventLog.UnitName unit = units.get(id);
			Map<String, Object> u = new LinkedHashMap<>();
			u.put("id", id);
			u.put("name", unit == null ? null : unit.name());
			u.put("type", unit == null ? null : unit.type());
			unitList.add(u);
		}
		body.put("units", unitList);
		List<Map<String, Object>> people = new ArrayList<>();
		for (String id : event.personIds()) {
			String name = names.get(id);
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("id", id);
			p.put("name", full ? name : Masking.surname(name));
			people.add(p);
		}
		body.put("people", people);
		List<Map<String, Object>> evidence = new ArrayList<>();
		for (EventLog.Evidence e : event.evidence()) {
			evidence.add(Map.of("name", e.name(), "value", e.value()));
		}
		body.put("evidence", evidence);
		if (full && !names.isEmpty()) {
			this.accessLog.record(webhook.createdBy(), "webhook", webhook.id(), webhook.url(),
					List.copyOf(new java.util.TreeSet<>(names.keySet())));
		}
		return JSON.writeValueAsBytes(body);
	}

}
