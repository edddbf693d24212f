package io.govgraph.ingest;

import java.util.Map;
import java.util.Set;

/**
 * What an import must know of the store to check a data set against it: the ids already there and
 * the containment tree, so that references may point at stored units and cycles are found across
 * stored and new parents alike.
 *
 * @param unitIds ids of stored units
 * @param personIds ids of stored people
 * @param parentOf stored unit id → its parent's id
 */
public record StoreSnapshot(Set<String> unitIds, Set<String> personIds, Map<String, String> parentOf) {

	public static final StoreSnapshot EMPTY = new StoreSnapshot(Set.of(), Set.of(), Map.of());

}
