package io.govgraph.edit;

import org.springframework.graphql.data.ArgumentValue;

/** How a change meets the stored value: a field given is set (null clears it), one left out stays. */
final class Merge {

	private Merge() {
	}

	static <T> T value(ArgumentValue<T> change, T stored) {
		return change == null || change.isOmitted() ? stored : change.value();
	}

	/** The same for a value the data set format writes as text (a boolean, a year). */
	static String text(ArgumentValue<?> change, String stored) {
		return change == null || change.isOmitted() ? stored : text(change.value());
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
