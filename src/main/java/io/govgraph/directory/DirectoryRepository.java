package io.govgraph.directory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.PageQuery;
import io.govgraph.query.PageStatements;
import io.govgraph.query.Rendered;
import io.govgraph.security.Caller;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.StatementTimeout;

/**
 * Reads units, people, posts and links, always for many ids at once (one query per GraphQL level).
 * Package-private: other features go through the GraphQL API or their own queries.
 */
@Repository
@PreAuthorize("hasRole('PLANNER')")
@Transactional(readOnly = true, timeoutString = StatementTimeout.SECONDS)
class DirectoryRepository {

	/**
	 * The most items a nested list (a unit's children, posts and links, a person's posts) returns
	 * for one unit or person, in its stated order; the schema says so. The connections
	 * ({@code units}, {@code posts}) page through larger sets.
	 */
	static final int MAX_NESTED = 500;

	private final Neo4jClient client;

	/**
	 * At most how many matches a page collects to count them with it ({@link PageQuery#TOTAL_CAP};
	 * smaller in tests, to reach the case of a set with more).
	 */
	int totalCap = PageQuery.TOTAL_CAP;

	/** Statements run so far: lets tests prove that a GraphQL level costs one query, not one per item. */
	private final java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();

	private final String unitsByIds;

	private final String peopleByIds;

	private final String children;

	private final String unitPosts;

	private final String personPosts;

	private final String unitLinks;

	private final String search;

	private final String searchUnits;

	DirectoryRepository(Neo4jClient client, CypherQueries cypher) {
		this.client = client;
		this.unitsByIds = cypher.get("directory/units_by_ids");
		this.peopleByIds = cypher.get("directory/people_by_ids");
		this.children = cypher.get("directory/children");
		this.unitPosts = cypher.get("directory/unit_posts");
		this.personPosts = cypher.get("directory/person_posts");
		this.unitLinks = cypher.get("directory/unit_links");
		this.search = cypher.get("directory/search");
		this.searchUnits = cypher.get("directory/search_units");
	}

	Map<String, Unit> units(Collection<String> ids) {
		Map<String, Unit> result = new HashMap<>();
		query(this.unitsByIds)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Unit.class)
			.mappedBy((types, r) -> unit(r.get("u"), r.get("parentId")))
			.all()
			.forEach(u -> result.put(u.id(), u));
		return result;
	}

	Map<String, Person> people(Collection<String> ids) {
		Map<String, Person> result = new HashMap<>();
		query(this.peopleByIds)
			.bind(List.copyOf(ids))
			.to("ids")
			.fetchAs(Person.class)
			.mappedBy((types, r) -> person(r.get("p")))
			.all()
			.forEach(p -> result.put(p.id(), p));
		return result;
	}

	/** Children existing on the day, per parent id, optionally of one type. */
	List<Keyed<Unit>> children(Collection<String> parentIds, LocalDate asOf, String type) {
		return keyed(this.children, params(parentIds, asOf, "type", type), r -> unit(r.get("u"), r.get("parentId")));
	}

	List<Keyed<Post>> unitPosts(Collection<String> unitIds, LocalDate asOf, String role) {
		return posts(this.unitPosts, params(unitIds, asOf, "role", role));
	}

	/**
	 * Posts in force per person; their units, and if asked their units' parents, go to
	 * {@code known} (see {@link KnownUnits}).
	 */
	List<Keyed<Post>> personPosts(Collection<String> personIds, LocalDate asOf, boolean withParents,
			Map<String, Unit> known) {
		return readPersonPosts(personIds, asOf, withParents, known, null);
	}

	/** A person and their posts, as {@link #personPosts} reads them, in one statement; null if no such person. */
	record PersonWithPosts(Person person, List<Post> posts) {
	}

	PersonWithPosts personWithPosts(String id, LocalDate asOf, boolean withParents, Map<String, Unit> known) {
		Person[] person = new Person[1];
		List<Post> posts = readPersonPosts(List.of(id), asOf, withParents, known, p -> person[0] = p).stream()
			.map(Keyed::value)
			.toList();
		return person[0] == null ? null : new PersonWithPosts(person[0], posts);
	}

	private List<Keyed<Post>> readPersonPosts(Collection<String> personIds, LocalDate asOf, boolean withParents,
			Map<String, Unit> known, Consumer<Person> people) {
		Map<String, Object> params = params(personIds, asOf, "role", null);
		params.put("withParents", withParents);
		return keyed(this.personPosts, params, r -> {
			if (people != null) {
				people.accept(person(r.get("person")));
			}
			if (r.get("h").isNull()) {
				return null; // a person with no post in force
			}
			Unit unit = unit(r.get("u"), r.get("unitParentId"));
			known.put(unit.id(), unit);
			if (!r.get("parent").isNull()) {
				Unit parent = unit(r.get("parent"), r.get("parentParentId"));
				known.put(parent.id(), parent);
			}
			return post(r);
		}).stream().filter(k -> k.value() != null).toList();
	}

	private List<Keyed<Post>> posts(String query, Map<String, Object> params) {
		return keyed(query, params, DirectoryRepository::post);
	}

	/** Links in force per unit; their other ends go to {@code known} (see {@link KnownUnits}). */
	List<Keyed<Link>> unitLinks(Collection<String> unitIds, LocalDate asOf, String type, Map<String, Unit> known) {
		return keyed(this.unitLinks, params(unitIds, asOf, "type", type), r -> {
			Unit end = unit(r.get("other"), r.get("otherParentId"));
			known.put(end.id(), end);
			Value l = r.get("l");
			String key = r.get("key").asString();
			boolean out = r.get("outgoing").asBoolean();
			String other = r.get("otherId").asString();
			return new Link(r.get("type").asString(), out ? Link.LinkDirection.OUT : Link.LinkDirection.IN,
					out ? key : other, out ? other : key, other, date(l, "since"), date(l, "until"), string(l, "note"),
					string(l, "source"));
		});
	}

	/**
	 * A row of a page, and the sort key and id its cursor is made of; with the number of matches
	 * when the page statement counted them (else null).
	 */
	record Row<T>(T node, Object sortKey, String rowId, Long total) {
	}

	/** One page of a filtered listing (see {@link Listings}), mapped row by row. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	<T> List<Row<T>> page(Rendered page, Function<Record, T> mapper) {
		Collection<Row> rows = query(page.cypher()).bindAll(page.parameters())
			.fetchAs(Row.class)
			.mappedBy((types, r) -> new Row<>(mapper.apply(r),
					(r.containsKey("sortKey") ? r.get("sortKey") : r.get("rowId")).asObject(), r.get("rowId").asString(),
					r.containsKey("total") ? r.get("total").asLong() : null))
			.all();
		return (List) List.copyOf(rows);
	}

	/** The figure a count statement returns. */
	long count(Rendered count) {
		return query(count.cypher()).bindAll(count.parameters()).fetchAs(Long.class).one().orElse(0L);
	}

	/** One page of people of a listing ({@link Listings#people}), as a connection. */
	Connection<Person> people(PageStatements query, Page page, boolean withTotal) {
		return connection(query, page, withTotal, r -> person(r.get("p")));
	}

	/** One page of posts of a listing ({@link Listings#posts}), as a connection. */
	Connection<Post> posts(PageStatements query, Page page, boolean withTotal) {
		return connection(query, page, withTotal, DirectoryRepository::post);
	}

	/** One page of units of a listing ({@link Listings#units}), as a connection. */
	Connection<Unit> units(PageStatements query, Page page, boolean withTotal) {
		return connection(query, page, withTotal, r -> unit(r.get("u"), r.get("parentId")));
	}

	/**
	 * {@code first} rows after the cursor, read as {@code first + 1} to know if more follow. The
	 * total is counted by the page's own statement when {@code withTotal} (the query asks for
	 * {@code totalCount}) and the set has at most {@link #totalCap} matches; by a
	 * statement of its own when asked for otherwise, or when the page is empty.
	 */
	private <T> Connection<T> connection(PageStatements query, Page page, boolean withTotal, Function<Record, T> mapper) {
		List<Row<T>> rows = page(query.page(page, withTotal ? this.totalCap : 0), mapper);
		if (!rows.isEmpty() && rows.get(0).total() != null && rows.get(0).total() > this.totalCap) {
			// too many matches to collect: the page alone, and the count by itself
			rows = page(query.page(page), mapper);
		}
		Long total = rows.isEmpty() ? null : rows.get(0).total();
		return page.connection(rows, r -> List.of(r.sortKey(), r.rowId()), Row::node,
				() -> total != null ? total : count(query.count()));
	}

	static Post post(Record r) {
		Value h = r.get("h");
		return new Post(r.get("personId").asString(), r.get("unitId").asString(), string(h, "role"), string(h, "title"),
				date(h, "since"), date(h, "until"), string(h, "source"));
	}

	/** Full-text hits, best first: units, and people for those who may see their names. */
	List<Object> search(String luceneQuery, int first) {
		return List.copyOf(query(Caller.current().seesPersonalData() ? this.search : this.searchUnits)
			.bindAll(Map.of("query", luceneQuery, "first", first))
			.fetchAs(Object.class)
			.mappedBy((types, r) -> r.get("isUnit").asBoolean() ? unit(r.get("n"), r.get("parentId"))
					: person(r.get("n")))
			.all());
	}

	private Neo4jClient.UnboundRunnableSpec query(String cypher) {
		this.statements.incrementAndGet();
		return this.client.query(cypher);
	}

	long statementsRun() {
		return this.statements.get();
	}

	/** A value found for one of the keys a batch asked about. */
	record Keyed<T>(String key, T value) {
	}

	/** Runs a batch query whose rows carry the {@code key} they answer. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <T> List<Keyed<T>> keyed(String query, Map<String, Object> params, Function<Record, T> mapper) {
		Collection<Keyed> rows = query(query)
			.bindAll(params)
			.fetchAs(Keyed.class)
			.mappedBy((types, r) -> new Keyed<>(r.get("key").asString(), mapper.apply(r)))
			.all();
		return (List) List.copyOf(rows);
	}

	private static Map<String, Object> params(Collection<String> ids, LocalDate asOf, String filterName,
			Object filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", List.copyOf(ids));
		params.put("asOf", asOf);
		params.put(filterName, filter);
		params.put("max", MAX_NESTED);
		return params;
	}

	static Unit unit(Value u, Value parentId) {
		return new Unit(string(u, "id"), string(u, "name"), string(u, "type"),
				u.get("aliases").isNull() ? List.of() : u.get("aliases").asList(Value::asString), string(u, "sector"),
				date(u, "founded"), date(u, "dissolved"), string(u, "note"), string(u, "source"),
				parentId.isNull() ? null : parentId.asString());
	}

	static Person person(Value p) {
		return new Person(string(p, "id"), string(p, "name"),
				p.get("partyMember").isNull() ? null : p.get("partyMember").asBoolean(), date(p, "partySince"),
				string(p, "gender"), p.get("birthYear").isNull() ? null : p.get("birthYear").asInt(),
				string(p, "phone"), string(p, "source"));
	}

	private static String string(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asString();
	}

	private static LocalDate date(MapAccessor m, String key) {
		Value v = m.get(key);
		return v.isNull() ? null : v.asLocalDate();
	}

}
