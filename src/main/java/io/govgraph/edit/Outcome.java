package io.govgraph.edit;

import java.util.List;

/**
 * What a change did: the errors that stopped it (nothing written), or the edit recorded and the
 * entity as stored after it.
 *
 * @param <T> the row of the entity changed, e.g. {@code UnitRow}
 */
public record Outcome<T>(List<InputError> errors, Edit edit, T entity) {

	static <T> Outcome<T> rejected(List<InputError> errors) {
		return new Outcome<>(List.copyOf(errors), null, null);
	}

	static <T> Outcome<T> rejected(InputError error) {
		return rejected(List.of(error));
	}

}
