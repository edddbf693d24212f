package io.govgraph.ingest;

import java.util.Map;
import java.util.Set;

/**
 * What an import must know of the store to check a data set against it: the ids already there, the
 * type of each unit and the containment tree, so that references may point at stored units (of the
 * right type) and cycles are found across stored and new parents alike.
 *
 * @param unitIds ids of stored units
 * @param personIds ids of stored people
 * @param parentOf stored unit id → its parent's id
 * @param unitTypes stored unit id → its type
 * @param agreementIds ids of stored agreements (v1.1)
 * @param itemIds ids of stored items (v1.1)
 * @param eventIds ids of stored events (v1.1)
 */
public record StoreSnapshot(Set<String> unitIds, Set<String> personIds, Map<String, String> parentOf,
		Map<String, String> unitTypes, Set<String> agreementIds, Set<String> itemIds, Set<String> eventIds) {

	public static final StoreSnapshot EMPTY = new StoreSnapshot(Set.of(), Set.of(), Map.of(), Map.of(), Set.of(),
			Set.of(), Set.of());

}
