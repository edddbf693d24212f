package io.govgraph.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.linkage.ScopeService;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * The interlock graph (组织间人员联结, docs/spec/analysis.md v1.1): units joined by people holding
 * overlapping posts in both, weighted by the days of overlap up to a date.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
public class Interlocks {

	static final int MAX_FIRST = 10_000;

	private final Neo4jClient client;

	private final ScopeService scopes;

	private final String overlaps;

	public Interlocks(Neo4jClient client, ScopeService scopes, CypherQueries cypher) {
		this.client = client;
		this.scopes = scopes;
		this.overlaps = cypher.get("analysis/interlock_overlaps");
	}

	/** One overlap row: a person's periods of concurrent posts in units a and b. */
	private record Overlap(String a, String b, String person, List<LocalDate[]> periods) {
	}

	/**
	 * The interlocks of a scope (null: the whole store) up to {@code asOf} with a weight of at least
	 * {@code minWeight} days, heaviest first (ties by the units' ids), at most {@code first}.
	 */
	@Transactional(readOnly = true)
	public List<Results.Interlock> interlocks(String scopeId, LocalDate asOf, int minWeight, int first) {
		if (first < 0 || first > MAX_FIRST) {
			throw new UserInputException("first: " + first + " is out of range (0 to " + MAX_FIRST + ")");
		}
		List<String> unitIds = scopeId == null ? null
				: this.scopes.units(scopeId, asOf).stream().map(ScopeService.ScopeUnit::id).toList();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("unitIds", unitIds);
		parameters.put("asOf", asOf);
		Map<List<String>, Results.Interlock> edges = new HashMap<>();
		this.client.query(this.overlaps)
			.bindAll(parameters)
			.fetchAs(Overlap.class)
			.mappedBy((types, r) -> new Overlap(r.get("a").asString(), r.get("b").asString(),
					r.get("person").asString(), r.get("periods").asList(Interlocks::period)))
			.all()
			.forEach(o -> {
				long days = days(o.periods());
				edges.merge(List.of(o.a(), o.b()), new Results.Interlock(o.a(), o.b(), days, List.of(o.person())),
						(x, y) -> new Results.Interlock(x.aId(), x.bId(), x.weight() + y.weight(),
								concat(x.personIds(), y.personIds())));
			});
		return edges.values()
			.stream()
			.filter(e -> e.weight() >= minWeight)
			.sorted(Comparator.comparingLong(Results.Interlock::weight)
				.reversed()
				.thenComparing(Results.Interlock::aId)
				.thenComparing(Results.Interlock::bId))
			.limit(first)
			.toList();
	}

	private static LocalDate[] period(Value v) {
		return new LocalDate[] { v.get(0).asLocalDate(), v.get(1).asLocalDate() };
	}

	/** The days covered by the union of these periods, both ends counted. */
	static long days(List<LocalDate[]> periods) {
		List<LocalDate[]> sorted = new ArrayList<>(periods);
		sorted.sort(Comparator.comparing((LocalDate[] p) -> p[0]));
		long days = 0;
		LocalDate coveredTo = null;
		for (LocalDate[] p : sorted) {
			LocalDate from = coveredTo == null || p[0].isAfter(coveredTo) ? p[0] : coveredTo.plusDays(1);
			if (!from.isAfter(p[1])) {
				days += ChronoUnit.DAYS.between(from, p[1]) + 1;
				coveredTo = p[1];
			}
		}
		return days;
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
