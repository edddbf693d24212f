package io.govgraph.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.RawVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;

/**
 * Refuses an operation that nests too deep, uses too many aliases or costs too much, after it is
 * validated and before any field runs, with a message that names the limit, its setting and what
 * was counted. The count is {@link OperationCost}'s: the fields as they will run, fragments
 * expanded.
 */
class OperationLimits extends SimplePerformantInstrumentation {

	/**
	 * The most fields an operation may hold once its fragments are expanded (each alias and each use of
	 * a fragment apart, not each item of a list): every operation of the application holds fewer than
	 * 50 and GraphiQL's introspection 189, while fragments that spread each other ten times a level
	 * would hold millions, and only counting them to 100,000 takes most of a second.
	 */
	static final int MAX_FIELDS = 2_000;

	private final int maxDepth;

	private final int maxAliases;

	private final int maxComplexity;

	private final Map<String, FieldPrices> prices;

	OperationLimits(GraphQlProperties limits, List<FieldPrices> prices) {
		this.maxDepth = limits.maxDepth();
		this.maxAliases = limits.maxAliases();
		this.maxComplexity = limits.maxComplexity();
		this.prices = OperationCost.byField(prices);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		GraphQLSchema schema = context.getGraphQLSchema();
		check(normalized(() -> ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(schema,
				context.getOperationDefinition(), context.getFragmentsByName(), context.getCoercedVariables(),
				options())), schema);
		return SimpleInstrumentationContext.noOp();
	}

	/** One operation of {@code document} as it would run (for tests and tools: no request needed). */
	ExecutableNormalizedOperation normalize(GraphQLSchema schema, Document document, String operationName,
			Map<String, Object> variables) {
		return normalized(() -> ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
				schema, document, operationName, RawVariables.of(variables), options()));
	}

	/** What {@code operation} costs, priced, whether or not it is within the limits. */
	OperationCost count(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
		return OperationCost.of(operation, schema, this.prices);
	}

	/**
	 * Counts {@code operation} and refuses it when it is beyond a limit.
	 * @throws AbortExecutionException naming the limit, its setting and what was counted
	 */
	OperationCost check(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
		// depth and aliases first: they need no prices, which may read the store
		if (operation.getOperationDepth() > this.maxDepth) {
			throw new AbortExecutionException("The query nests " + operation.getOperationDepth()
					+ " levels deep; at most " + this.maxDepth
					+ " are allowed (govgraph.graphql.max-depth). Ask for fewer nested levels.");
		}
		int aliases = aliases(operation);
		if (aliases > this.maxAliases) {
			throw new AbortExecutionException("The query runs " + aliases + " fields under an alias (each"
					+ " use of a fragment counts); at most " + this.maxAliases
					+ " are allowed (govgraph.graphql.max-aliases). Ask for the same field fewer times,"
					+ " or in more than one request.");
		}
		OperationCost cost = count(operation, schema);
		if (cost.complexity() > this.maxComplexity) {
			throw overComplexity(cost);
		}
		return cost;
	}

	/** The fields the operation runs under an alias other than their name, introspection aside. */
	static int aliases(ExecutableNormalizedOperation operation) {
		return operation.getTopLevelFields().stream().mapToInt(OperationLimits::aliases).sum();
	}

	private static int aliases(ExecutableNormalizedField field) {
		if (field.getFieldName().startsWith("__")) {
			return 0;
		}
		boolean aliased = field.getAlias() != null && !field.getAlias().equals(field.getFieldName());
		return (aliased ? 1 : 0) + field.getChildren().stream().mapToInt(OperationLimits::aliases).sum();
	}

	private AbortExecutionException overComplexity(OperationCost cost) {
		String complexity = (cost.complexity() == Long.MAX_VALUE) ? "beyond counting" : "" + cost.complexity();
		String priced = cost.priced().isEmpty() ? "" : " Priced: " + String.join("; ", cost.priced()) + ".";
		return new AbortExecutionException("The query's complexity is " + complexity + "; at most " + this.maxComplexity
				+ " is allowed (govgraph.graphql.max-complexity). Counted as it would run (each alias and each use"
				+ " of a fragment apart): 1 for every object a field returns, plus what it selects; a list returns its"
				+ " page size (first, limit or top; " + OperationCost.DEFAULT_PAGE_SIZE + " when a connection's first"
				+ " is not given) or else " + OperationCost.LIST_FACTOR + "; an analysis costs the vertices of its"
				+ " scope."
				+ priced + " Costliest: " + cost.largest(3)
				+ ". Ask for smaller pages, fewer nested lists or a smaller scope.");
	}

	private ExecutableNormalizedOperation normalized(Supplier<ExecutableNormalizedOperation> make) {
		try {
			return make.get();
		}
		catch (AbortExecutionException ex) {
			throw new AbortExecutionException("The query runs more than " + MAX_FIELDS
					+ " fields once its fragments are expanded (each use of a fragment counts; a list's items do not),"
					+ " far more than any question needs. Spread fewer fragments.");
		}
	}

	private static ExecutableNormalizedOperationFactory.Options options() {
		return ExecutableNormalizedOperationFactory.Options.defaultOptions().maxFieldsCount(MAX_FIELDS);
	}

}
