package io.govgraph.activity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import io.govgraph.directory.VertexLookup;

/**
 * Resolves the units and people that agreements, items, events and attendance name by id, for a
 * whole GraphQL level at once (the directory's {@link VertexLookup}: at most two statements).
 */
@Component
class Ends {

	private final VertexLookup vertices;

	Ends(VertexLookup vertices) {
		this.vertices = vertices;
	}

	/** Each item mapped to the vertex its {@code end} names; items naming none, or an unknown id, are left out. */
	<T, V> Map<T, V> of(Collection<T> items, Function<T, String> end, Class<V> type) {
		List<String> ids = items.stream().map(end).filter(Objects::nonNull).distinct().toList();
		Map<String, Object> found = ids.isEmpty() ? Map.of() : this.vertices.vertices(ids);
		Map<T, V> result = new HashMap<>();
		for (T item : items) {
			String id = end.apply(item);
			Object v = id == null ? null : found.get(id);
			if (type.isInstance(v)) {
				result.put(item, type.cast(v));
			}
		}
		return result;
	}

}
