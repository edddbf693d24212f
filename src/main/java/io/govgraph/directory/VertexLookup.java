package io.govgraph.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Resolves vertex ids to {@link Unit} or {@link Person} records (the GraphQL {@code Vertex}), for
 * features that answer with ids: two queries for any number of ids.
 */
@Service
public class VertexLookup {

	private final DirectoryRepository repository;

	VertexLookup(DirectoryRepository repository) {
		this.repository = repository;
	}

	/** Id → Unit or Person; ids of neither are absent. */
	public Map<String, Object> vertices(Collection<String> ids) {
		Map<String, Object> result = new HashMap<>(this.repository.units(ids));
		if (result.size() < ids.size()) {
			result.putAll(this.repository.people(ids.stream().filter(id -> !result.containsKey(id)).toList()));
		}
		return result;
	}

	public Unit unit(String id) {
		return this.repository.units(java.util.List.of(id)).get(id);
	}

}
