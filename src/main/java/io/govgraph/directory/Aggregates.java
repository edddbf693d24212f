package io.govgraph.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.driver.Value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.query.FilterCompiler;
import io.govgraph.query.PageQuery;
import io.govgraph.query.Rendered;
import io.govgraph.query.Start;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.StatementTimeout;

/**
 * Counts over filtered sets, each a single grouped statement that counts in the database, and
 * counts along the containment tree for many units at once.
 */
@Service
@PreAuthorize("hasRole('PLANNER')")
@Transactional(readOnly = true, timeoutString = StatementTimeout.SECONDS)
class Aggregates {

	/** A count per key (a type or a role); keys in order. */
	record TypeCount(String type, long count) {
	}

	record RoleCount(String role, long count) {
	}

	record PartyCount(long members, long nonMembers, long unknown) {
	}

	record SubtreeCounts(List<TypeCount> byType, long peopleWithPosts, long partyMembersWithPosts, long posts) {
	}

	/** A filtered set: what to match and the condition, with the variables the counts group by. */
	record FilteredSet(Start start, Condition where, Node unit, Node person, Relationship post,
			FilterCompiler filters) {

		/** What one match of the set is: the post, else the person, else the unit. */
		Expression counted() {
			return this.post != null ? this.post.getRequiredSymbolicName()
					: (this.person != null ? this.person.getRequiredSymbolicName() : this.unit.getRequiredSymbolicName());
		}

	}

	private final Neo4jClient client;

	private final String subtreeCounts;

	Aggregates(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.subtreeCounts = cypher.get("directory/subtree_counts");
	}

	static FilteredSet units(Map<String, Object> where, LocalDate asOf) {
		FilterCompiler f = new FilterCompiler(asOf);
		Node u = Cypher.node("Unit").named("u");
		FilterCompiler.Filtered filtered = f.units(where, u);
		return new FilteredSet(filtered.start(), filtered.where(), u, null, null, f);
	}

	static FilteredSet people(Map<String, Object> where, LocalDate asOf) {
		FilterCompiler f = new FilterCompiler(asOf);
		Node p = Cypher.node("Person").named("p");
		FilterCompiler.Filtered filtered = f.people(where, p);
		return new FilteredSet(filtered.start(), filtered.where(), null, p, null, f);
	}

	static FilteredSet posts(Map<String, Object> where, LocalDate asOf) {
		FilterCompiler f = new FilterCompiler(asOf);
		Node p = Cypher.node("Person").named("p");
		Node u = Cypher.node("Unit").named("u");
		Relationship h = p.relationshipTo(u, "HOLDS_POST").named("h");
		FilterCompiler.Filtered filtered = f.posts(where, h, p, u);
		return new FilteredSet(filtered.start(), filtered.where(), u, p, h, f);
	}

	/** The matches counted per value of {@code key} (null values under the key null). */
	Map<Object, Long> countBy(FilteredSet set, Expression key) {
		Rendered statement = Rendered.of(set.start()
			.where(set.where())
			// count(*) would make Cypher-DSL give the pattern's anonymous parts random names (see PageQuery.count)
			.returning(key.as("key"), Cypher.count(set.counted()).as("n"))
			.build(), set.filters().parameters());
		return counts(statement);
	}

	/** Runs a statement returning (key, n) rows as a map. */
	private Map<Object, Long> counts(Rendered statement) {
		Map<Object, Long> result = new HashMap<>();
		this.client.query(statement.cypher())
			.bindAll(statement.parameters())
			.fetch()
			.all()
			.forEach(row -> result.put(row.get("key"), ((Number) row.get("n")).longValue()));
		return result;
	}

	/** The distinct values of {@code what} among the matches. */
	long countDistinct(FilteredSet set, Expression what) {
		Rendered statement = Rendered
			.of(set.start().where(set.where()).returning(Cypher.countDistinct(what).as("n")).build(),
					set.filters().parameters());
		return this.client.query(statement.cypher())
			.bindAll(statement.parameters())
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}

	/**
	 * Figures of a set asked for together, from one statement (one walk of the set instead of one
	 * a figure): how many distinct {@code first}, how many distinct {@code second} (0 when null),
	 * and the matches counted per non-null value of {@code key}, as {@link #countDistinct} and
	 * {@link #countBy} give them.
	 */
	Together together(FilteredSet set, Expression first, Expression second, Expression key) {
		var keys = Cypher.name("keys");
		var k = Cypher.name("key");
		Rendered statement = Rendered.of(set.start()
			.where(set.where())
			.with(Cypher.countDistinct(first).as("first"),
					(second == null ? Cypher.literalOf(0L) : Cypher.countDistinct(second)).as("second"),
					Cypher.collect(key).as(keys.getValue()))
			// one more row with no key, so that an empty set still gives its (zero) figures
			.unwind(keys.add(Cypher.listOf(Cypher.literalNull())))
			.as(k)
			.returning(Cypher.name("first"), Cypher.name("second"), k, Cypher.count(k).as("n"))
			.build(), set.filters().parameters());
		long[] figures = new long[2];
		Map<Object, Long> byKey = new HashMap<>();
		this.client.query(statement.cypher()).bindAll(statement.parameters()).fetch().all().forEach(row -> {
			figures[0] = ((Number) row.get("first")).longValue();
			figures[1] = ((Number) row.get("second")).longValue();
			if (row.get("key") != null) {
				byKey.put(row.get("key"), ((Number) row.get("n")).longValue());
			}
		});
		return new Together(figures[0], figures[1], byKey);
	}

	/** Two distinct counts of a set and its matches per key ({@link #together}). */
	record Together(long first, long second, Map<Object, Long> byKey) {
	}

	/** The people of the set counted per role of a post in force that they hold. */
	Map<Object, Long> peopleByRole(FilteredSet set) {
		Node u = Cypher.node("Unit").named("roleUnit");
		Relationship h = set.person().relationshipTo(u, "HOLDS_POST").named("rolePost");
		Rendered statement = Rendered.of(set.start()
			.where(set.where())
			.match(h)
			.where(set.filters().inForce(h))
			.returning(h.property("role").as("key"), Cypher.countDistinct(set.person()).as("n"))
			.build(), set.filters().parameters());
		return counts(statement);
	}

	static List<TypeCount> types(Map<Object, Long> counts) {
		List<TypeCount> result = new ArrayList<>();
		new TreeMap<>(withoutNull(counts)).forEach((k, n) -> result.add(new TypeCount(k, n)));
		return result;
	}

	static List<RoleCount> roles(Map<Object, Long> counts) {
		List<RoleCount> result = new ArrayList<>();
		new TreeMap<>(withoutNull(counts)).forEach((k, n) -> result.add(new RoleCount(k, n)));
		return result;
	}

	static PartyCount party(Map<Object, Long> counts) {
		return new PartyCount(counts.getOrDefault(Boolean.TRUE, 0L), counts.getOrDefault(Boolean.FALSE, 0L),
				counts.getOrDefault(null, 0L));
	}

	private static Map<String, Long> withoutNull(Map<Object, Long> counts) {
		Map<String, Long> result = new HashMap<>();
		counts.forEach((k, n) -> {
			if (k != null) {
				result.put(k.toString(), n);
			}
		});
		return result;
	}

	/** Subtree counts of many units on one day, by unit id (one statement). */
	Map<String, SubtreeCounts> subtreeCounts(Collection<String> ids, LocalDate asOf) {
		Map<String, SubtreeCounts> result = new HashMap<>();
		readSubtreeCounts(ids, asOf).forEach(c -> result.put(c.unit().id(), c.counts()));
		return result;
	}

	/** A unit and its subtree counts. */
	record UnitWithCounts(Unit unit, SubtreeCounts counts) {
	}

	/** A unit with its subtree counts on one day, read together (one statement); null if no such unit. */
	UnitWithCounts unitWithSubtreeCounts(String id, LocalDate asOf) {
		return readSubtreeCounts(List.of(id), asOf).stream().findFirst().orElse(null);
	}

	private List<UnitWithCounts> readSubtreeCounts(Collection<String> ids, LocalDate asOf) {
		return List.copyOf(this.client.query(this.subtreeCounts)
			.bindAll(Map.of("ids", List.copyOf(ids), "asOf", asOf))
			.fetchAs(UnitWithCounts.class)
			.mappedBy((types, r) -> new UnitWithCounts(DirectoryRepository.unit(r.get("top"), r.get("parentId")),
					new SubtreeCounts(r.get("byType").asList((Value v) -> new TypeCount(v.get("type").asString(),
							v.get("count").asLong())), r.get("people").asLong(), r.get("partyPeople").asLong(),
							r.get("posts").asLong())))
			.all());
	}

}
