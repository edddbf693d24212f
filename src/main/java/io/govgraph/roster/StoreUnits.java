package io.govgraph.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import io.govgraph.store.CypherQueries;

/**
 * The stored units as a {@link UnitDirectory}: read once per import (a district has thousands of
 * units, not millions), matched exactly by folded name or alias in memory, and by the
 * {@code unit_names} full-text index (schema V0008) for text that only contains a name.
 */
@Component
public class StoreUnits {

	private static final String UNITS = "roster/units";

	private static final String UNITS_FULLTEXT = "roster/units_fulltext";

	private final Driver driver;

	private final String units;

	private final String unitsFullText;

	public StoreUnits(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		this.units = cypher.get(UNITS);
		this.unitsFullText = cypher.get(UNITS_FULLTEXT);
	}

	/** The units as stored now. */
	public UnitDirectory load() {
		Map<String, UnitDirectory.Unit> byId = new HashMap<>();
		Map<String, List<UnitDirectory.Unit>> byName = new HashMap<>();
		Map<String, List<String>> names = new HashMap<>();
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> tx.run(this.units).list()).forEach(r -> {
				UnitDirectory.Unit unit = new UnitDirectory.Unit(r.get("id").asString(), r.get("name").asString(),
						r.get("type").asString(), r.get("streetId").isNull() ? null : r.get("streetId").asString());
				byId.put(unit.id(), unit);
				Set<String> folded = new LinkedHashSet<>();
				folded.add(RosterText.unit(unit.name()));
				r.get("aliases").asList(Value::asString).forEach(a -> folded.add(RosterText.unit(a)));
				folded.forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(unit));
				names.put(unit.id(), List.copyOf(folded));
			});
		}
		return new Loaded(byId, byName, names);
	}

	private final class Loaded implements UnitDirectory {

		private final Map<String, Unit> byId;

		private final Map<String, List<Unit>> byName;

		private final Map<String, List<String>> names;

		Loaded(Map<String, Unit> byId, Map<String, List<Unit>> byName, Map<String, List<String>> names) {
			this.byId = byId;
			this.byName = byName;
			this.names = names;
		}

		@Override
		public List<Unit> exact(String text) {
			return List.copyOf(this.byName.getOrDefault(RosterText.unit(text), List.of()));
		}

		@Override
		public List<Unit> fullText(String text) {
			String folded = RosterText.unit(text);
			if (folded.isEmpty()) {
				return List.of();
			}
			List<String> hits;
			try (Session session = StoreUnits.this.driver.session()) {
				hits = session.executeRead(tx -> tx.run(StoreUnits.this.unitsFullText, Map.of("query", lucene(text)))
					.list(r -> r.get("id").asString()));
			}
			List<Unit> contained = new ArrayList<>();
			int longest = 0;
			for (String id : hits) {
				int length = this.names.getOrDefault(id, List.of())
					.stream()
					.filter(folded::contains)
					.mapToInt(String::length)
					.max()
					.orElse(0);
				if (length == 0 || length < longest) {
					continue;
				}
				if (length > longest) {
					contained.clear();
					longest = length;
				}
				contained.add(this.byId.get(id));
			}
			return List.copyOf(contained);
		}

	}

	/** The text as a Lucene query of its words: every special character escaped. */
	static String lucene(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : RosterText.foldWidth(text).toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

}
