package io.govgraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.cypherdsl.core.AliasedExpression;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;

/**
 * The statements of a connection over a filtered match: one page in keyset order (with the count
 * of every match when the query asks for it too, from the same walk), and the count of every
 * match alone, which counts rows in the database and loads none of them.
 *
 * @param list the name and order of the list, which its cursors carry (see {@link Cursor})
 * @param start where the statement starts (the MATCH)
 * @param where the compiled filter
 * @param sortKey what the rows are ordered by (never null: nulls are mapped to a sentinel)
 * @param descending whether the sort key runs high to low (ties always by id, ascending)
 * @param id a unique, stable id of a row, the tie-breaker
 * @param carried the matched variables a page keeps through ordering (aliased to themselves)
 * @param late the expressions computed only for the rows of the page
 * @param lateMatch an optional match made only for the rows of the page (each row matching at
 * most once), whose variables {@code late} may use; or null
 * @param parameters the values of the parameters in {@code start}, {@code where} and the sort key
 * ({@link FilterCompiler#parameters()})
 */
public record PageQuery(String list, Start start, Condition where, Expression sortKey, boolean descending,
		Expression id, List<AliasedExpression> carried, List<AliasedExpression> late, PatternElement lateMatch,
		Map<String, Object> parameters) implements PageStatements {

	/** A page query with no late match. */
	public PageQuery(String list, Start start, Condition where, Expression sortKey, boolean descending,
			Expression id, List<AliasedExpression> carried, List<AliasedExpression> late,
			Map<String, Object> parameters) {
		this(list, start, where, sortKey, descending, id, carried, late, null, parameters);
	}

	/**
	 * At most how many matches {@link #page(Page, int)} collects to count them with its page, unless
	 * told otherwise: a set with more (a statement's memory grows with it) is paged and counted by
	 * two statements of their own.
	 */
	public static final int TOTAL_CAP = 10_000;

	/**
	 * {@link #page(Page)}; with a {@code totalCap} above 0, each row also brings {@code total}, the
	 * number of rows matching the filter (what {@link #count()} answers), from the same walk of
	 * the matches: they are collected once (at most {@code totalCap} and one), counted, and the page
	 * is taken from them. A page with no row brings no total (then {@link #count()} tells it); one
	 * whose total is above {@code totalCap} is not the page: read it again without the total.
	 */
	@Override
	public Rendered page(Page page, int totalCap) {
		boolean withTotal = totalCap > 0;
		boolean byId = this.sortKey == this.id;
		Condition cursor = Cypher.noCondition();
		Map<String, Object> parameters = new HashMap<>(this.parameters);
		if (page.after() != null) {
			Expression key = parameter(parameters, "afterKey", page.after(0, Object.class));
			Expression lastId = parameter(parameters, "afterId", page.after(1, String.class));
			Condition beyond = this.descending ? this.sortKey.lt(key) : this.sortKey.gt(key);
			cursor = byId ? (this.descending ? this.id.lt(lastId) : this.id.gt(lastId))
					: beyond.or(this.sortKey.isEqualTo(key).and(this.id.gt(lastId)));
		}
		// Ordered on the expressions themselves, projected only after the limit, and the id only
		// once when it is also the sort key: Neo4j 5.26's planner rejects some plans that project
		// an index-cached property twice ("u.id should not appear non-cached"), and any that
		// evaluate a pattern (comprehension, COLLECT or EXISTS subquery) in the RETURN after
		// ordering by an index-cached property past the first page ("u.name should not appear
		// non-cached"): a late OPTIONAL MATCH is planned correctly.
		List<Expression> returned = new ArrayList<>();
		this.carried.forEach(c -> returned.add(Cypher.name(c.getAlias())));
		returned.addAll(this.late);
		if (!byId) {
			returned.add(this.sortKey.as("sortKey"));
		}
		returned.add(this.id.as("rowId"));
		List<IdentifiableElement> names = new ArrayList<>(
				this.carried.stream().map(c -> (IdentifiableElement) Cypher.name(c.getAlias())).toList());
		StatementBuilder.OrderableOngoingReadingAndWithWithoutWhere ordered;
		if (withTotal) {
			// the matches collected once (each a list of the carried variables), counted, unwound
			SymbolicName matched = Cypher.name("matched");
			SymbolicName match = Cypher.name("match");
			SymbolicName total = Cypher.name("total");
			List<IdentifiableElement> restored = new ArrayList<>();
			for (int i = 0; i < this.carried.size(); i++) {
				restored.add(Cypher.valueAt(match, i).as(this.carried.get(i).getAlias()));
			}
			List<IdentifiableElement> carriedElements = List.copyOf(names);
			List<Expression> carriedNames = names.stream().map(n -> (Expression) n).toList();
			restored.add(total);
			returned.add(total);
			names.add(total);
			ordered = this.start.where(this.where)
				.with(carriedElements)
				.limit(parameter(parameters, "totalCap", totalCap + 1))
				.with(Cypher.collect(Cypher.listOf(carriedNames)).as(matched.getValue()))
				.with(matched, Cypher.size(matched).as(total.getValue()))
				.unwind(matched)
				.as(match)
				.with(restored)
				.where(cursor)
				.with(names);
		}
		else {
			ordered = this.start.where(this.where.and(cursor)).with(names);
		}
		var sorted = byId ? ordered.orderBy(this.descending ? this.id.descending() : this.id.ascending())
				: ordered.orderBy(this.descending ? this.sortKey.descending() : this.sortKey.ascending(), this.id.ascending());
		var limited = sorted.limit(parameter(parameters, "limit", page.limit()));
		return Rendered.of((this.lateMatch == null ? limited.returning(returned)
				: limited.optionalMatch(this.lateMatch).returning(returned)).build(), parameters);
	}

	private static Parameter<?> parameter(Map<String, Object> parameters, String name, Object value) {
		parameters.put(name, value);
		return Cypher.parameter(name, value);
	}

	/**
	 * The number of rows matching the filter. Counts the first carried variable, not {@code *}:
	 * for {@code count(*)} Cypher-DSL names every anonymous element of the pattern with a random
	 * name, so each request's statement would be new text, planned afresh and crowding the plan
	 * cache.
	 */
	@Override
	public Rendered count() {
		return Rendered.of(this.start.where(this.where)
			.returning(Cypher.count(Cypher.name(this.carried.get(0).getAlias())).as("count"))
			.build(), this.parameters);
	}

}
