package io.govgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON texts of the outbox. An event's {@code body} holds what no statement filters on (its
 * subject, units, people and evidence), so that an event is one node with six properties; a part of
 * an import's staged events is the rows {@code events/record} writes ({@code key}, {@code type},
 * {@code date}, {@code scope}, {@code body}) as one text, the day as ISO text.
 */
final class EventJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
	};

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

	static String staged(List<Map<String, Object>> rows) {
		List<Map<String, Object>> texts = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Map<String, Object> text = new HashMap<>(row);
			text.computeIfPresent("date", (k, day) -> day.toString());
			texts.add(text);
		}
		return JSON.writeValueAsString(texts);
	}

	static List<Map<String, Object>> staged(String text) {
		List<Map<String, Object>> rows = JSON.readValue(text, ROWS);
		for (Map<String, Object> row : rows) {
			row.computeIfPresent("date", (k, day) -> LocalDate.parse((String) day));
		}
		return rows;
	}

}
