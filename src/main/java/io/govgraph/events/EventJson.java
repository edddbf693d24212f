package io.govgraph.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON texts of the outbox. An event's {@code body} holds what no statement filters on (its
 * subject, units, people and evidence), so that an event is one node with six properties.
 */
final class EventJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What an event's body holds; the evidence in order. */
	record Body(String subject, List<String> unitIds, List<String> personIds, List<List<String>> evidence) {

		Map<String, String> evidenceMap() {
			Map<String, String> map = new LinkedHashMap<>();
			this.evidence.forEach(pair -> map.put(pair.get(0), pair.get(1)));
			return map;
		}

	}

	private EventJson() {
	}

	static String body(ChangeEvent event) {
		List<List<String>> evidence = new ArrayList<>();
		event.evidence().forEach((name, value) -> evidence.add(List.of(name, value)));
		return JSON.writeValueAsString(new Body(event.subject(), event.unitIds(), event.personIds(), evidence));
	}

	static Body body(String text) {
		return JSON.readValue(text, Body.class);
	}

}
