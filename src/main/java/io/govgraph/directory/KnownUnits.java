package io.govgraph.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.dataloader.BatchLoaderEnvironment;

import org.springframework.stereotype.Component;

/**
 * The units one GraphQL request has read so far, by id, kept in its {@link GraphQLContext}: a
 * person's posts and a unit's links are read with their units (the posts' units, the links' other
 * ends), so the next level ({@code Post.unit}, {@code Link.other}, {@code Unit.parent}) asks
 * Neo4j only for the units no level has read yet: one statement fewer a level in most queries.
 * Units carry no personal data; within a query's read transaction (web/RequestTransaction) all
 * levels see one state of the store. Only queries keep them ({@link PerQuery}).
 */
final class KnownUnits {

	private static final String KEY = KnownUnits.class.getName();

	private KnownUnits() {
	}

	/**
	 * The units the request has read, if it is a query; for a mutation or a subscription an empty
	 * map of the caller's own, so nothing is kept: a mutation may change a unit a former field read,
	 * and a subscription's context lasts for all its events.
	 */
	static Map<String, Unit> of(GraphQLContext context) {
		Map<String, Unit> known = context.get(KEY);
		return known != null ? known : new HashMap<>();
	}

	/**
	 * The units of these ids: those the request has read already, and the others read with
	 * {@code read} (not called, so no statement and no transaction, when every one is known) and
	 * added to them.
	 */
	static Map<String, Unit> units(Collection<String> ids, GraphQLContext context,
			Function<List<String>, Map<String, Unit>> read) {
		Map<String, Unit> known = of(context);
		Map<String, Unit> result = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			Unit unit = known.get(id);
			if (unit != null) {
				result.put(id, unit);
			}
			else {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			Map<String, Unit> fresh = read.apply(missing);
			known.putAll(fresh);
			result.putAll(fresh);
		}
		return result;
	}

	/** Gives each query operation, and no other, its map of the units it has read. */
	@Component
	static class PerQuery extends SimplePerformantInstrumentation {

		@Override
		public InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext execution = parameters.getExecutionContext();
			if (execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
				execution.getGraphQLContext().put(KEY, new ConcurrentHashMap<String, Unit>());
			}
			return SimpleInstrumentationContext.noOp();
		}

	}

	/** The request's units, from a batch loader; a loader called outside a request keeps them to itself. */
	static Map<String, Unit> of(BatchLoaderEnvironment environment) {
		return environment.getContext() instanceof GraphQLContext context ? of(context) : new HashMap<>();
	}

}
