package io.govgraph.web;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bounds every GraphQL request runs within: nesting depth, complexity, and time. Each is
 * checked before anything is read (depth and complexity) or ends the request (time), with a
 * message that names the limit and its setting. Introspection (GraphiQL) is not counted.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	/** How much more a list field costs than a single one: a guess at its length. */
	static final int LIST_FACTOR = 5;

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth(GraphQlProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int max) {
				return new AbortExecutionException("The query nests " + depth + " levels deep; at most " + max
						+ " are allowed (govgraph.graphql.max-depth). Ask for fewer nested levels.");
			}
		};
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), complexity()) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int max) {
				return new AbortExecutionException("The query's complexity is " + complexity + "; at most " + max
						+ " is allowed (govgraph.graphql.max-complexity). Each field costs 1 and each list field "
						+ LIST_FACTOR + " times what it contains: ask for fewer fields or fewer nested lists.");
			}
		};
	}

	/**
	 * A field costs 1 plus what it selects, times {@value #LIST_FACTOR} when it returns a list;
	 * introspection costs nothing.
	 */
	static FieldComplexityCalculator complexity() {
		return (env, childComplexity) -> {
			if (env.getField().getName().startsWith("__")) {
				return 0;
			}
			boolean list = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()));
			return 1 + childComplexity * (list ? LIST_FACTOR : 1);
		};
	}

	@Bean
	RequestTimeout requestTimeout(GraphQlProperties limits) {
		return new RequestTimeout(limits.timeout());
	}

}
