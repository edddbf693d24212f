package io.govgraph.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a GraphQL operation will run, counted on its executable normalized form: every field as it
 * will execute, so a named fragment costs each time it is used and every alias of a field costs
 * apart, while a field asked for twice under one name (which runs once) costs once.
 * <p>
 * Every object a field returns costs 1 plus what it selects; a list field returns as many as its
 * page size ({@code first}, {@code limit} or {@code top}: the request's value, else the schema's
 * default, else {@value #DEFAULT_PAGE_SIZE}) when it has one, or that of the field it is in (a
 * connection's {@code edges}, a result's {@code scores}), else {@value #LIST_FACTOR}. Scalar and
 * enum fields cost nothing: they are read with their object. A {@link FieldPrices priced} field
 * (an analysis) costs its price plus what it selects. Of a field returning an interface, each item
 * costs what its own type selects, the costliest type counted. Introspection costs nothing.
 *
 * @param complexity the sum over the operation's top-level fields, saturating at
 * {@link Long#MAX_VALUE}
 * @param largest the top-level fields, costliest first, each as {@code key cost}
 * @param priced what each priced field counted, as {@code field: counted}
 */
record OperationCost(long complexity, List<String> largest, List<String> priced) {

	/** How long a list field without a page size is taken to be: a guess at its length. */
	static final int LIST_FACTOR = 5;

	/**
	 * The page size of a {@code first} that is neither given nor defaulted in the schema: the
	 * connections' default ({@code query.Page.DEFAULT_SIZE}, which a test holds equal).
	 */
	static final int DEFAULT_PAGE_SIZE = 20;

	/** The arguments that bound the length of a list, in the order they are looked for. */
	static final List<String> SIZE_ARGUMENTS = List.of("first", "limit", "top");

	/**
	 * Counts {@code operation}.
	 * @param prices the priced fields by coordinate ({@code Query.centrality})
	 */
	static OperationCost of(ExecutableNormalizedOperation operation, GraphQLSchema schema,
			Map<String, FieldPrices> prices) {
		Counter counter = new Counter(schema, prices);
		long complexity = 0;
		Map<String, Long> byKey = new LinkedHashMap<>();
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			long cost = counter.cost(field, null);
			complexity = add(complexity, cost);
			if (cost > 0) {
				byKey.merge(field.getResultKey(), cost, OperationCost::add);
			}
		}
		List<String> largest = byKey.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.map(e -> e.getKey() + " " + e.getValue())
			.toList();
		return new OperationCost(complexity, largest,
				List.copyOf(counter.priced.values()));
	}

	static long add(long a, long b) {
		long sum = a + b;
		return sum < 0 ? Long.MAX_VALUE : sum;
	}

	static long times(long a, long b) {
		if (a == 0 || b == 0) {
			return 0;
		}
		return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
	}

	/** One count: the priced fields' prices are asked once per field and arguments. */
	private static final class Counter {

		private final GraphQLSchema schema;

		private final Map<String, FieldPrices> prices;

		private final Map<List<Object>, FieldPrices.Price> asked = new HashMap<>();

		private final Map<List<Object>, String> priced = new LinkedHashMap<>();

		Counter(GraphQLSchema schema, Map<String, FieldPrices> prices) {
			this.schema = schema;
			this.prices = prices;
		}

		/**
		 * The cost of one run of {@code field}.
		 * @param inherited the page size of the field it is in, when that is not itself a list
		 */
		long cost(ExecutableNormalizedField field, Long inherited) {
			if (field.getFieldName().startsWith("__")) {
				return 0;
			}
			GraphQLFieldDefinition definition = field.getFieldDefinitions(this.schema).get(0);
			FieldPrices.Price price = price(field);
			if (GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()))) {
				return (price != null) ? price.cost() : 0;
			}
			boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(definition.getType()));
			Long size = pageSize(field, definition);
			long length = !list ? 1 : (size != null) ? size : (inherited != null) ? inherited : LIST_FACTOR;
			long each = eachItem(field.getChildren(), list ? null : size);
			// a priced field's price counts what it returns; what that selects comes on top
			return (price != null) ? add(price.cost(), times(length, each)) : times(length, add(1, each));
		}

		/** What one item selects: for items of several types, the costliest type's selection. */
		private long eachItem(List<ExecutableNormalizedField> children, Long size) {
			Map<String, Long> byType = new HashMap<>();
			for (ExecutableNormalizedField child : children) {
				long cost = cost(child, size);
				for (String type : child.getObjectTypeNames()) {
					byType.merge(type, cost, OperationCost::add);
				}
			}
			return byType.values().stream().mapToLong(Long::longValue).max().orElse(0);
		}

		/** The field's price, or null when it has none. */
		private FieldPrices.Price price(ExecutableNormalizedField field) {
			for (String type : field.getObjectTypeNames()) {
				String coordinate = type + "." + field.getFieldName();
				FieldPrices prices = this.prices.get(coordinate);
				if (prices != null) {
					Map<String, Object> arguments = field.getResolvedArguments();
					List<Object> key = List.of(coordinate, arguments);
					FieldPrices.Price price = this.asked.computeIfAbsent(key, k -> prices.price(coordinate, arguments));
					this.priced.putIfAbsent(key, field.getFieldName() + ": " + price.counted());
					return price;
				}
			}
			return null;
		}

		/** The field's page size, or null when it has no size argument. */
		private static Long pageSize(ExecutableNormalizedField field, GraphQLFieldDefinition definition) {
			for (String name : SIZE_ARGUMENTS) {
				GraphQLArgument argument = definition.getArgument(name);
				if (argument != null) {
					// resolved arguments hold the request's value, else the schema's default
					Object value = field.getResolvedArguments().get(name);
					return (value instanceof Number n) ? Math.max(0, n.longValue()) : DEFAULT_PAGE_SIZE;
				}
			}
			return null;
		}

	}

	/** The priced fields of {@code all}, by coordinate. */
	static Map<String, FieldPrices> byField(List<FieldPrices> all) {
		Map<String, FieldPrices> byField = new HashMap<>();
		for (FieldPrices prices : all) {
			for (String field : prices.fields()) {
				FieldPrices before = byField.putIfAbsent(field, prices);
				if (before != null) {
					throw new IllegalStateException(field + " is priced twice: by " + before.getClass().getName()
							+ " and by " + prices.getClass().getName());
				}
			}
		}
		return byField;
	}

	/** The largest top-level fields, at most {@code n}, said in one line. */
	String largest(int n) {
		List<String> shown = new ArrayList<>(this.largest.subList(0, Math.min(n, this.largest.size())));
		if (this.largest.size() > n) {
			shown.add("… (" + this.largest.size() + " top-level fields)");
		}
		return String.join(", ", shown);
	}

}
