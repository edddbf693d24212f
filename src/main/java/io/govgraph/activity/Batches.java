package io.govgraph.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Shapes the rows of one batch statement into the map a {@code @BatchMapping} returns. */
final class Batches {

	private Batches() {
	}

	/** The distinct non-null ids the items name. */
	static <T> List<String> ids(Collection<T> items, Function<T, String> id) {
		return items.stream().map(id).filter(Objects::nonNull).distinct().toList();
	}

	/** Each item with the rows keyed by its id, in the statement's order (an empty list for none). */
	static <T, V> Map<T, List<V>> grouped(Collection<T> items, Function<T, String> id,
			List<ActivityRepository.Keyed<V>> rows) {
		Map<String, List<V>> byKey = new HashMap<>();
		rows.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
		Map<T, List<V>> result = new LinkedHashMap<>();
		items.forEach(i -> result.put(i, byKey.getOrDefault(id.apply(i), List.of())));
		return result;
	}

	/** Each item with the value its reference names, left out when it names none. */
	static <T, V> Map<T, V> referenced(Collection<T> items, Function<T, String> reference, Map<String, V> values) {
		Map<T, V> result = new LinkedHashMap<>();
		items.forEach(i -> {
			V v = values.get(reference.apply(i));
			if (v != null) {
				result.put(i, v);
			}
		});
		return result;
	}

}
