package io.govgraph.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.govgraph.web.UserInputException;

/**
 * The key of a batched field with a {@code from}/{@code to} window: the id asked about and the
 * window. Keys are grouped by window, so a level of a query costs one statement per distinct
 * window, not one per item.
 */
record Window(String id, LocalDate from, LocalDate to) {

	/** The window of {@code field(from, to)}, checked: {@code to} before {@code from} is an error. */
	static Window of(String id, LocalDate from, LocalDate to, String field) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new UserInputException(field + "(to): " + to + " is before from (" + from + ")");
		}
		return new Window(id, from, to);
	}

	interface Query<V> {

		List<ActivityRepository.Keyed<V>> run(Collection<String> ids, LocalDate from, LocalDate to);

	}

	static <V> Map<Window, List<V>> load(Set<Window> keys, Query<V> query) {
		Map<Window, List<V>> result = new HashMap<>();
		Map<List<LocalDate>, List<Window>> groups = keys.stream()
			.collect(Collectors.groupingBy(k -> Arrays.asList(k.from(), k.to())));
		groups.forEach((group, members) -> {
			LocalDate from = members.get(0).from();
			LocalDate to = members.get(0).to();
			members.forEach(k -> result.put(k, new ArrayList<>()));
			for (ActivityRepository.Keyed<V> hit : query.run(members.stream().map(Window::id).toList(), from, to)) {
				result.get(new Window(hit.key(), from, to)).add(hit.value());
			}
		});
		return result;
	}

}
