package io.govgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Arguments as a request brings them: Spring for GraphQL hands each request maps and lists of its own. */
public final class RequestArguments {

	private RequestArguments() {
	}

	/** A deep copy of a {@code where} or {@code orderBy} argument (nulls kept). */
	@SuppressWarnings("unchecked")
	public static <T> T copy(T value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copied = new LinkedHashMap<>();
			map.forEach((k, v) -> copied.put(k, copy(v)));
			return (T) copied;
		}
		if (value instanceof List<?> list) {
			List<Object> copied = new ArrayList<>();
			list.forEach(v -> copied.add(copy(v)));
			return (T) copied;
		}
		return value;
	}

}
