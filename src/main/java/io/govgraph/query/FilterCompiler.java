package io.govgraph.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.Where;

import io.govgraph.model.Vocabulary;
import io.govgraph.web.UserInputException;

/**
 * Compiles the GraphQL {@code where} inputs ({@code UnitWhere}, {@code PersonWhere},
 * {@code PostWhere}, {@code LinkWhere}, and for v1.1 {@code AgreementWhere}, {@code ItemWhere},
 * {@code EventWhere}, {@code AttendanceWhere}) into one Cypher-DSL condition.
 * <p>
 * Labels, relationship types and property names come only from this class; every value the user
 * gives becomes a parameter, so user text never reaches the Cypher text. Relationship predicates
 * ({@code some}/{@code none}/{@code all}) become existential subqueries over the posts and links
 * in force on the day, so a nested filter is still one statement, evaluated in the database.
 * A filter may nest at most {@value #MAX_NESTING} relationship predicates and hold at most
 * {@value #MAX_TERMS} terms, so one request cannot ask for an unbounded plan.
 */
public final class FilterCompiler {

	static final int MAX_NESTING = 4;

	static final int MAX_TERMS = 64;

	/** All v1 link types, the relationship types a {@code links} predicate looks at. */
	static final String[] LINK_TYPES = Vocabulary.LINK_TYPES.toArray(String[]::new);

	/** The values of the statement's parameters by name, in the order they were made. */
	private final Map<String, Object> parameters = new LinkedHashMap<>();

	private final Expression asOf;

	private int names;

	private int terms;

	private int nesting;

	/** A compiler for one statement whose posts and links are those in force on {@code asOf}. */
	public FilterCompiler(LocalDate asOf) {
		this.asOf = parameter(asOf);
	}

	/**
	 * A parameter of the statement, named in the order parameters are made ({@code $p0},
	 * {@code $p1} …: the same text for the same shape of filter, so Neo4j plans it once), its value
	 * kept here: the statement's parameters are known without Cypher-DSL walking the statement again
	 * to collect them, which cost as much as rendering it (docs/performance.md).
	 */
	public Parameter<?> parameter(Object value) {
		String name = "p" + this.parameters.size();
		this.parameters.put(name, value);
		return Cypher.parameter(name, value);
	}

	/** The parameters made so far, by name. */
	public Map<String, Object> parameters() {
		return Collections.unmodifiableMap(this.parameters);
	}

	/** The day's parameter, for the parts of a statement that are not filters. */
	public Expression asOf() {
		return this.asOf;
	}

	/** A fresh variable name, so nested subqueries never capture each other's variables. */
	public String name(String prefix) {
		return prefix + (this.names++);
	}

	/** In force on the day: since empty or ≤ asOf, until empty or ≥ asOf. */
	public Condition inForce(Relationship r) {
		return r.property("since").isNull()
			.or(r.property("since").lte(this.asOf))
			.and(r.property("until").isNull().or(r.property("until").gte(this.asOf)));
	}

	/** The unit exists on the day: founded empty or ≤ asOf, dissolved empty or > asOf. */
	public Condition exists(Node u) {
		return u.property("founded").isNull()
			.or(u.property("founded").lte(this.asOf))
			.and(u.property("dissolved").isNull().or(u.property("dissolved").gt(this.asOf)));
	}

	/** A {@code UnitWhere} on the unit node {@code u}. */
	public Condition unit(Map<String, Object> where, Node u) {
		return combine(where, u, this::unit, (field, value) -> switch (field) {
			case "id", "name", "sector", "note" -> string(field, u.property(field), value);
			case "type" -> unitType(u.property("type"), value);
			case "founded", "dissolved" -> date(field, u.property(field), value);
			case "existing" -> bool(value) ? exists(u) : Cypher.not(exists(u));
			case "within" -> {
				// Walk up from u (a few hops), never down from the top: an EXISTS anchored on the
				// top's id index makes the planner expand the whole subtree once per candidate.
				Node t = Cypher.anyNode(name("up"));
				yield parameter(value)
					.in(Cypher.listBasedOn(u.relationshipTo(t, "UNDER").min(0)).returning(t.property("id")));
			}
			case "parent" -> nested(() -> {
				Node p = Cypher.node("Unit").named(name("parent"));
				return Cypher.exists(List.of(u.relationshipTo(p, "UNDER")), Where.from(unit(map(value), p)));
			});
			case "children" -> quantified(field, value, inner -> {
				Node c = Cypher.node("Unit").named(name("child"));
				return new Scope(List.of(c.relationshipTo(u, "UNDER")), exists(c), unit(inner, c));
			});
			case "posts" -> quantified(field, value, inner -> {
				Node p = Cypher.node("Person").named(name("holder"));
				Relationship h = p.relationshipTo(u, "HOLDS_POST").named(name("post"));
				return new Scope(List.of(h), inForce(h), post(inner, h, p, u));
			});
			case "links" -> quantified(field, value, inner -> {
				Node o = Cypher.node("Unit").named(name("other"));
				Relationship l = u.relationshipBetween(o, LINK_TYPES).named(name("link"));
				return new Scope(List.of(l), inForce(l), link(inner, l, u, o));
			});
			default -> throw unknown("UnitWhere", field);
		});
	}

	/** A {@code PersonWhere} on the person node {@code p}. */
	public Condition person(Map<String, Object> where, Node p) {
		return combine(where, p, this::person, (field, value) -> switch (field) {
			case "id", "name", "gender", "phone" -> string(field, p.property(field), value);
			case "partyMember" -> p.property("partyMember").isEqualTo(parameter(bool(value)));
			case "partySince" -> date(field, p.property(field), value);
			case "birthYear" -> integer(field, p.property(field), value);
			case "birthDecade" -> integer(field, decade(p.property("birthYear")), value);
			case "posts" -> quantified(field, value, inner -> {
				Node u = Cypher.node("Unit").named(name("unit"));
				Relationship h = p.relationshipTo(u, "HOLDS_POST").named(name("post"));
				return new Scope(List.of(h), inForce(h), post(inner, h, p, u));
			});
			default -> throw unknown("PersonWhere", field);
		});
	}

	/** A {@code PostWhere} on the post {@code h} from {@code p} to {@code u}. */
	public Condition post(Map<String, Object> where, Relationship h, Node p, Node u) {
		return combine(where, h, (w, x) -> post(w, h, p, u), (field, value) -> switch (field) {
			case "role" -> role(h.property("role"), value);
			case "title" -> string(field, h.property(field), value);
			case "since", "until" -> date(field, h.property(field), value);
			case "person" -> nested(() -> person(map(value), p));
			case "unit" -> nested(() -> unit(map(value), u));
			default -> throw unknown("PostWhere", field);
		});
	}

	/** A {@code LinkWhere} on the link {@code l} between {@code u} (the unit asked about) and {@code o}. */
	public Condition link(Map<String, Object> where, Relationship l, Node u, Node o) {
		return combine(where, l, (w, x) -> link(w, l, u, o), (field, value) -> switch (field) {
			case "type" -> linkType(Cypher.type(l), value);
			case "direction" -> "OUT".equals(String.valueOf(value)) ? Cypher.startNode(l).isEqualTo(u.getRequiredSymbolicName())
					: Cypher.endNode(l).isEqualTo(u.getRequiredSymbolicName());
			case "since", "until" -> date(field, l.property(field), value);
			case "note" -> string(field, l.property(field), value);
			case "other" -> nested(() -> unit(map(value), o));
			default -> throw unknown("LinkWhere", field);
		});
	}

	/** An {@code AgreementWhere} on the agreement node {@code a}. */
	public Condition agreement(Map<String, Object> where, Node a) {
		return combine(where, a, this::agreement, (field, value) -> switch (field) {
			case "id", "name", "note" -> string(field, a.property(field), value);
			case "type" -> vocabulary("type", a.property("type"), value, Vocabulary.AGREEMENT_TYPES);
			case "since", "until" -> date(field, a.property(field), value);
			case "amount" -> range(field, a.property(field), value);
			case "parties" -> quantified(field, value, inner -> {
				Node u = Cypher.node("Unit").named(name("party"));
				return new Scope(List.of(u.relationshipTo(a, "PARTY_TO")), Cypher.noCondition(), unit(inner, u));
			});
			default -> throw unknown("AgreementWhere", field);
		});
	}

	/** An {@code ItemWhere} on the item node {@code i}. */
	public Condition item(Map<String, Object> where, Node i) {
		return combine(where, i, this::item, (field, value) -> switch (field) {
			case "id", "title", "note" -> string(field, i.property(field), value);
			case "list" -> vocabulary("list", i.property("list"), value, Vocabulary.ITEM_LISTS);
			case "status" -> vocabulary("status", i.property("status"), value, Vocabulary.ITEM_STATUSES);
			case "since", "until" -> date(field, i.property(field), value);
			case "amount", "hours" -> range(field, i.property(field), value);
			case "agreement" -> nested(() -> {
				Node a = Cypher.node("Agreement").named(name("agreement")).withProperties("id", i.property("agreementId"));
				return Cypher.exists(List.of(a), Where.from(agreement(map(value), a)));
			});
			case "owner", "provider", "beneficiary" -> nested(() -> {
				Node u = Cypher.node("Unit").named(name(field)).withProperties("id", i.property(field + "Id"));
				return Cypher.exists(List.of(u), Where.from(unit(map(value), u)));
			});
			default -> throw unknown("ItemWhere", field);
		});
	}

	/** An {@code EventWhere} on the event node {@code e}. */
	public Condition event(Map<String, Object> where, Node e) {
		return combine(where, e, this::event, (field, value) -> switch (field) {
			case "id", "title", "note" -> string(field, e.property(field), value);
			case "type" -> vocabulary("type", e.property("type"), value, Vocabulary.EVENT_TYPES);
			case "date" -> date(field, e.property(field), value);
			case "host" -> nested(() -> {
				Node u = Cypher.node("Unit").named(name("host")).withProperties("id", e.property("hostId"));
				return Cypher.exists(List.of(u), Where.from(unit(map(value), u)));
			});
			case "agreement" -> nested(() -> {
				Node a = Cypher.node("Agreement").named(name("agreement")).withProperties("id", e.property("agreementId"));
				return Cypher.exists(List.of(a), Where.from(agreement(map(value), a)));
			});
			case "attendance" -> quantified(field, value, inner -> {
				Node x = Cypher.anyNode(name("attendee"));
				Relationship r = x.relationshipTo(e, "ATTENDED").named(name("attended"));
				return new Scope(List.of(r), Cypher.noCondition(), attendance(inner, r, x));
			});
			default -> throw unknown("EventWhere", field);
		});
	}

	/** An {@code AttendanceWhere} on the attendance {@code r} of {@code x} (a person or a unit). */
	public Condition attendance(Map<String, Object> where, Relationship r, Node x) {
		return combine(where, r, (w, y) -> attendance(w, r, x), (field, value) -> switch (field) {
			case "role" -> vocabulary("role", r.property("role"), value, Vocabulary.ATTENDANCE_ROLES);
			case "note" -> string(field, r.property(field), value);
			case "person" -> nested(() -> x.hasLabels("Person").and(person(map(value), x)));
			case "unit" -> nested(() -> x.hasLabels("Unit").and(unit(map(value), x)));
			default -> throw unknown("AttendanceWhere", field);
		});
	}

	/** Where a statement over a filtered set starts, and the filter left to apply. */
	public record Filtered(Start start, Condition where) {
	}

	/**
	 * The units matching {@code where}: a {@code within} that holds for the whole set anchors the
	 * MATCH on that unit's id, so only its subtree is read instead of every unit of the graph.
	 */
	public Filtered units(Map<String, Object> where, Node u) {
		// The walk to the root is named ("inside"): left anonymous, Cypher-DSL gives it a random
		// name in some statements, so each request would be new text, planned afresh.
		Anchored anchored = anchor(where, null);
		Start start = anchored.within() == null ? Start.of(u)
				: Start.of(u.relationshipTo(top(anchored.within()), "UNDER").min(0).named("inside"));
		return new Filtered(start, unit(anchored.rest(), u));
	}

	/** The posts in force matching {@code where}, anchored like {@link #units} on their unit's {@code within}. */
	public Filtered posts(Map<String, Object> where, Relationship h, Node p, Node u) {
		Anchored anchored = anchor(where, "unit");
		Start start = anchored.within() == null ? Start.of(h)
				: Start.of(h.relationshipTo(top(anchored.within()), "UNDER").min(0).named("inside"));
		return new Filtered(start, inForce(h).and(post(anchored.rest(), h, p, u)));
	}

	/**
	 * The people matching {@code where}. When the whole set must hold {@code some} post in a unit
	 * {@code within} a subtree, the MATCH starts from that subtree's root and walks down to the
	 * posts in it (each person once), with that post predicate as its condition; otherwise every
	 * person is tested, and each relationship predicate is an existential subquery per person.
	 */
	public Filtered people(Map<String, Object> where, Node p) {
		AnchoredPost anchored = anchorPost(where);
		if (anchored == null) {
			return new Filtered(Start.of(p), person(where, p));
		}
		Node u = Cypher.node("Unit").named(name("anchorUnit"));
		Relationship h = p.relationshipTo(u, "HOLDS_POST").named(name("anchorPost"));
		Condition condition = nested(() -> inForce(h).and(post(anchored.post(), h, p, u)));
		Start start = new Start(List.of(h.relationshipTo(top(anchored.within()), "UNDER").min(0).named("inside")),
				condition, p);
		return new Filtered(start, person(anchored.rest(), p));
	}

	/** A filter with one {@code within} taken out of it, so that a MATCH can start from that unit. */
	record Anchored(String within, Map<String, Object> rest) {
	}

	/** A person filter with one {@code posts: {some: …}} taken out, and that post filter without its {@code within}. */
	record AnchoredPost(String within, Map<String, Object> post, Map<String, Object> rest) {
	}

	/**
	 * Takes a {@code within} that must hold for the whole set out of the filter: one at its top
	 * level, or in an item of its top-level AND, found under {@code field} when given (e.g. the
	 * {@code unit} of a {@code PostWhere}).
	 */
	static Anchored anchor(Map<String, Object> where, String field) {
		if (where == null) {
			return new Anchored(null, null);
		}
		Map<String, Object> scope = field == null ? where : map(where.get(field));
		if (scope.get("within") instanceof String within) {
			Map<String, Object> rest = new LinkedHashMap<>(scope);
			rest.remove("within");
			if (field == null) {
				return new Anchored(within, rest);
			}
			Map<String, Object> outer = new LinkedHashMap<>(where);
			outer.put(field, rest);
			return new Anchored(within, outer);
		}
		List<Map<String, Object>> all = list(where.get("AND"));
		for (int i = 0; i < all.size(); i++) {
			Anchored inner = anchor(all.get(i), field);
			if (inner.within() != null) {
				return new Anchored(inner.within(), replaced(where, i, inner.rest()));
			}
		}
		return new Anchored(null, where);
	}

	/**
	 * Takes a {@code posts: {some: …}} whose unit lies {@code within} a subtree out of a person
	 * filter: at its top level or in an item of its top-level AND, where it must hold for every
	 * person of the set. Null when there is none.
	 */
	static AnchoredPost anchorPost(Map<String, Object> where) {
		if (where == null) {
			return null;
		}
		Map<String, Object> posts = map(where.get("posts"));
		if (posts.get("some") != null) {
			Anchored inner = anchor(map(posts.get("some")), "unit");
			if (inner.within() != null) {
				Map<String, Object> others = new LinkedHashMap<>(posts);
				others.remove("some");
				Map<String, Object> rest = new LinkedHashMap<>(where);
				rest.put("posts", others);
				return new AnchoredPost(inner.within(), inner.rest(), rest);
			}
		}
		List<Map<String, Object>> all = list(where.get("AND"));
		for (int i = 0; i < all.size(); i++) {
			AnchoredPost inner = anchorPost(all.get(i));
			if (inner != null) {
				return new AnchoredPost(inner.within(), inner.post(), replaced(where, i, inner.rest()));
			}
		}
		return null;
	}

	/** {@code where} with item {@code i} of its AND replaced. */
	private static Map<String, Object> replaced(Map<String, Object> where, int i, Map<String, Object> item) {
		List<Map<String, Object>> items = new ArrayList<>(list(where.get("AND")));
		items.set(i, item);
		Map<String, Object> outer = new LinkedHashMap<>(where);
		outer.put("AND", items);
		return outer;
	}

	/** The unit an anchored {@code within} names, to start a MATCH from. */
	private Node top(String within) {
		return Cypher.node("Unit").named("top").withProperties("id", parameter(within));
	}

	/** The pattern, the day's condition and the user's condition of one relationship predicate. */
	private record Scope(List<org.neo4j.cypherdsl.core.PatternElement> pattern, Condition inForce, Condition condition) {
	}

	/** {@code some}, {@code none} and {@code all} over the related items in force on the day. */
	private Condition quantified(String field, Object value, java.util.function.Function<Map<String, Object>, Scope> scope) {
		Condition result = Cypher.noCondition();
		for (Map.Entry<String, Object> q : map(value).entrySet()) {
			if (q.getValue() == null) {
				continue;
			}
			Condition c = nested(() -> {
				Scope s = scope.apply(map(q.getValue()));
				return switch (q.getKey()) {
					case "some" -> Cypher.exists(s.pattern(), Where.from(s.inForce().and(s.condition())));
					case "none" -> Cypher.not(Cypher.exists(s.pattern(), Where.from(s.inForce().and(s.condition()))));
					// every one satisfies it: none in force fails it (true when there are none)
					case "all" -> Cypher.not(Cypher.exists(s.pattern(), Where.from(s.inForce().and(Cypher.not(s.condition())))));
					default -> throw unknown(field, q.getKey());
				};
			});
			result = result.and(c);
		}
		return result;
	}

	private Condition nested(java.util.function.Supplier<Condition> inner) {
		if (++this.nesting > MAX_NESTING) {
			throw new UserInputException("where: relationship filters nest at most " + MAX_NESTING + " deep");
		}
		try {
			return inner.get();
		}
		finally {
			this.nesting--;
		}
	}

	/** The fields of one input object ANDed together, with AND, OR and NOT. */
	private <T> Condition combine(Map<String, Object> where, T target,
			BiFunction<Map<String, Object>, T, Condition> recurse, BiFunction<String, Object, Condition> field) {
		Condition result = Cypher.noCondition();
		if (where == null) {
			return result;
		}
		for (Map.Entry<String, Object> e : where.entrySet()) {
			if (e.getValue() == null) {
				continue;
			}
			if (++this.terms > MAX_TERMS) {
				throw new UserInputException("where: a filter may hold at most " + MAX_TERMS + " terms");
			}
			Condition c = switch (e.getKey()) {
				case "AND" -> FilterCompiler.<Map<String, Object>>list(e.getValue())
					.stream()
					.map(w -> recurse.apply(w, target))
					.reduce(Cypher.noCondition(), Condition::and);
				case "OR" -> {
					if (FilterCompiler.<Map<String, Object>>list(e.getValue()).stream().anyMatch(FilterCompiler::empty)) {
						// {} places no constraint, so an OR that holds one holds always.
						yield Cypher.noCondition();
					}
					List<Condition> any = FilterCompiler.<Map<String, Object>>list(e.getValue())
						.stream()
						.map(w -> recurse.apply(w, target))
						.toList();
					// An empty OR matches nothing, as in the Neo4j GraphQL Library.
					yield any.isEmpty() ? Cypher.literalFalse().asCondition() : any.stream().reduce(Condition::or).get();
				}
				case "NOT" -> Cypher.not(recurse.apply(map(e.getValue()), target));
				default -> field.apply(e.getKey(), e.getValue());
			};
			result = result.and(c);
		}
		return result;
	}

	/** {@code eq}, {@code in}, {@code contains}, {@code startsWith} on a string (all must hold). */
	private Condition string(String field, Expression x, Object filter) {
		return operators(filter, (op, v) -> switch (op) {
			case "eq" -> x.isEqualTo(parameter(v));
			case "in" -> x.in(parameter(v));
			case "contains" -> x.contains(parameter(v));
			case "startsWith" -> x.startsWith(parameter(v));
			default -> throw unknown(field, op);
		});
	}

	/** The conjunction of one condition per operator given (null operands are left out). */
	private static Condition operators(Object filter, java.util.function.BiFunction<String, Object, Condition> each) {
		Condition result = Cypher.noCondition();
		for (Map.Entry<String, Object> op : map(filter).entrySet()) {
			if (op.getValue() != null) {
				result = result.and(each.apply(op.getKey(), op.getValue()));
			}
		}
		return result;
	}

	private Condition unitType(Expression x, Object filter) {
		checkVocabulary("type", filter, Vocabulary.UNIT_TYPES);
		return string("type", x, filter);
	}

	private Condition linkType(Expression x, Object filter) {
		checkVocabulary("type", filter, Vocabulary.LINK_TYPES);
		return string("type", x, filter);
	}

	private Condition role(Expression x, Object filter) {
		checkVocabulary("role", filter, Vocabulary.ROLES);
		return string("role", x, filter);
	}

	private Condition vocabulary(String field, Expression x, Object filter, List<String> vocabulary) {
		checkVocabulary(field, filter, vocabulary);
		return string(field, x, filter);
	}

	/** A misspelt type or role would silently match nothing; say so instead. */
	private static void checkVocabulary(String field, Object filter, List<String> vocabulary) {
		Map<String, Object> ops = map(filter);
		List<Object> given = new ArrayList<>();
		if (ops.get("eq") != null) {
			given.add(ops.get("eq"));
		}
		if (ops.get("in") != null) {
			given.addAll(list(ops.get("in")));
		}
		for (Object v : given) {
			if (!vocabulary.contains(v)) {
				throw new UserInputException("where: " + field + " \"" + v + "\" is unknown (one of "
						+ String.join(", ", vocabulary) + ")");
			}
		}
	}

	/** {@code eq}, {@code lt}, {@code lte}, {@code gt}, {@code gte}, {@code isNull} on a date. */
	private Condition date(String field, Expression x, Object filter) {
		return range(field, x, filter);
	}

	/**
	 * The decade of a year as its first year (1990 for 1990–1999; null stays null): what a filter
	 * on the birth decade compares, for those who may not see the birth year.
	 */
	public static Expression decade(Expression year) {
		return year.subtract(year.remainder(Cypher.literalOf(10)));
	}

	private Condition integer(String field, Expression x, Object filter) {
		return range(field, x, filter);
	}

	private Condition range(String field, Expression x, Object filter) {
		return operators(filter, (op, v) -> switch (op) {
			case "eq" -> x.isEqualTo(parameter(v));
			case "in" -> x.in(parameter(v));
			case "lt" -> x.lt(parameter(v));
			case "lte" -> x.lte(parameter(v));
			case "gt" -> x.gt(parameter(v));
			case "gte" -> x.gte(parameter(v));
			case "isNull" -> bool(v) ? x.isNull() : x.isNotNull();
			default -> throw unknown(field, op);
		});
	}

	private static boolean empty(Map<String, Object> where) {
		return where == null || where.values().stream().allMatch(java.util.Objects::isNull);
	}

	private static boolean bool(Object value) {
		return Boolean.TRUE.equals(value);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return value == null ? Map.of() : (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Object value) {
		return value == null ? List.of() : (List<T>) value;
	}

	private static UserInputException unknown(String where, String field) {
		return new UserInputException("where: " + where + " has no field \"" + field + "\"");
	}

}
