package io.govgraph.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A row's values as its {@link Edit} keeps them: as text (dates as given, lists joined by |), empty
 * ones left out, in the order they are added, then the {@code x_} columns by name.
 */
final class FieldValues {

	private final List<Edit.FieldValue> values = new ArrayList<>();

	FieldValues add(String field, Object value) {
		if (value instanceof List<?> list) {
			if (!list.isEmpty()) {
				this.values.add(new Edit.FieldValue(field, String.join("|", list.stream().map(String::valueOf).toList())));
			}
		}
		else if (value != null) {
			this.values.add(new Edit.FieldValue(field, String.valueOf(value)));
		}
		return this;
	}

	List<Edit.FieldValue> withExtras(SortedMap<String, String> extras) {
		extras.forEach(this::add);
		return List.copyOf(this.values);
	}

}
