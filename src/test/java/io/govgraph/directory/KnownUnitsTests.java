package io.govgraph.directory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Only a query keeps the units it has read: a mutation may change them, a subscription lasts. */
class KnownUnitsTests {

	private static final Unit STREET = new Unit("yz.minglou", "明楼街道党工委", "STREET_COMMITTEE", List.of(), null, null,
			null, null, null, "yz");

	@Test
	void aQueryReadsAUnitOnceAMutationOrASubscriptionEachTimeItAsks() {
		for (OperationDefinition.Operation operation : OperationDefinition.Operation.values()) {
			GraphQLContext context = GraphQLContext.newContext().build();
			begin(operation, context);
			AtomicInteger reads = new AtomicInteger();
			for (int level = 0; level < 2; level++) {
				Map<String, Unit> units = KnownUnits.units(List.of("yz.minglou"), context, ids -> {
					reads.incrementAndGet();
					return Map.of("yz.minglou", STREET);
				});
				assertThat(units).containsEntry("yz.minglou", STREET);
			}
			assertThat(reads).as(operation.name()).hasValue(operation == OperationDefinition.Operation.QUERY ? 1 : 2);
		}
	}

	private static void begin(OperationDefinition.Operation operation, GraphQLContext context) {
		ExecutionContext execution = mock(ExecutionContext.class);
		when(execution.getOperationDefinition())
			.thenReturn(OperationDefinition.newOperationDefinition().operation(operation).build());
		when(execution.getGraphQLContext()).thenReturn(context);
		new KnownUnits.PerQuery().beginExecuteOperation(new InstrumentationExecuteOperationParameters(execution), null);
	}

}
