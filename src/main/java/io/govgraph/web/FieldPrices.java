package io.govgraph.web;

import java.util.Map;
import java.util.Set;

/**
 * What a feature's fields cost by themselves when their shape in the schema does not show it, such
 * as an analysis that reads and computes over a whole scope: a bean implementing this is asked,
 * before the request runs, for the price of every such field the request would run, and the price
 * is counted in the request's complexity ({@code govgraph.graphql.max-complexity}).
 */
public interface FieldPrices {

	/** The fields priced here, as schema coordinates ({@code Query.centrality}). */
	Set<String> fields();

	/**
	 * What one run of {@code field} costs by itself; what it selects is counted on top.
	 * @param field one of {@link #fields()}
	 * @param arguments the field's arguments as it will get them: the request's values, else the
	 * schema's defaults (absent when neither is given)
	 * @return the cost, at least 1, and what was counted, said in the refusal message
	 */
	Price price(String field, Map<String, Object> arguments);

	/**
	 * A field's own cost and what it counted.
	 *
	 * @param cost the cost, at least 1
	 * @param counted what the cost counts, for a person reading a refusal, e.g. {@code 1953 vertices
	 * in the whole graph on 2026-12-06}
	 */
	record Price(long cost, String counted) {

		public Price {
			if (cost < 1) {
				throw new IllegalArgumentException("a price is at least 1, not " + cost);
			}
		}

	}

}
