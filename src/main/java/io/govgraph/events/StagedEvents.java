package io.govgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A part of an import's staged events as one JSON text: the rows {@code events/record} writes
 * ({@code key}, {@code type}, {@code subject}, {@code date}, {@code scope}, {@code unitIds},
 * {@code personIds}, {@code evidenceKeys}, {@code evidenceValues}), the day as ISO text.
 */
final class StagedEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
	};

	private StagedEvents() {
	}

	static String write(List<Map<String, Object>> rows) {
		List<Map<String, Object>> texts = new ArrayList<>(rows.size());
		for (Map<String, Object> row : rows) {
			Map<String, Object> text = new HashMap<>(row);
			text.computeIfPresent("date", (k, day) -> day.toString());
			texts.add(text);
		}
		return JSON.writeValueAsString(texts);
	}

	static List<Map<String, Object>> read(String text) {
		List<Map<String, Object>> rows = JSON.readValue(text, ROWS);
		for (Map<String, Object> row : rows) {
			row.computeIfPresent("date", (k, day) -> LocalDate.parse((String) day));
		}
		return rows;
	}

}
