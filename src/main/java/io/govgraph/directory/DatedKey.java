package io.govgraph.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key of a batched field that takes arguments: the id asked about, the date, and a filter.
 * Keys are grouped by (date, filter) so a level of the query costs one Cypher call per distinct
 * argument set, not one per item.
 */
record DatedKey(String id, LocalDate asOf, String filter) {

	interface Query<V> {

		List<DirectoryRepository.Keyed<V>> run(Collection<String> ids, LocalDate asOf, String filter);

	}

	static <V> Map<DatedKey, List<V>> load(Set<DatedKey> keys, Query<V> query) {
		Map<DatedKey, List<V>> result = new HashMap<>();
		Map<List<Object>, List<DatedKey>> groups = keys.stream()
			.collect(Collectors.groupingBy(k -> java.util.Arrays.asList(k.asOf(), k.filter())));
		groups.forEach((group, members) -> {
			LocalDate asOf = members.get(0).asOf();
			String filter = members.get(0).filter();
			members.forEach(k -> result.put(k, new ArrayList<>()));
			for (DirectoryRepository.Keyed<V> hit : query.run(members.stream().map(DatedKey::id).toList(), asOf,
					filter)) {
				result.get(new DatedKey(hit.key(), asOf, filter)).add(hit.value());
			}
		});
		return result;
	}

}
