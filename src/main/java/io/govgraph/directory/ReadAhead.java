package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;

import io.govgraph.web.AsOf;

/**
 * A level read with the one above it: when a query asks for a field once directly under the one
 * being fetched ({@code person(id) { posts }}, {@code unit(id) { subtreeCounts }}), the fetcher
 * reads both in one statement and primes the field's loader with its answer, so that the field's
 * own level finds it read. A field asked for twice (aliases, other days) is left to its loader.
 */
final class ReadAhead {

	private ReadAhead() {
	}

	/** The field of this name asked for once directly under the one being fetched; null otherwise. */
	static SelectedField once(DataFetchingEnvironment env, String name) {
		List<SelectedField> fields = env.getSelectionSet()
			.getImmediateFields()
			.stream()
			.filter(f -> f.getName().equals(name))
			.toList();
		return fields.size() == 1 ? fields.get(0) : null;
	}

	/** The day the field asks about: its {@code asOf} argument, or today. */
	static LocalDate day(SelectedField field, AsOf asOf) {
		return asOf.orToday(field.getArguments().get("asOf") instanceof LocalDate day ? day : null);
	}

	/** Gives the loader of this name the value for the key, as if it had loaded it. */
	static <K, V> void prime(DataFetchingEnvironment env, String loader, K key, V value) {
		DataLoader<K, V> dataLoader = env.getDataLoader(loader);
		if (dataLoader != null) {
			dataLoader.prime(key, value);
		}
	}

}
