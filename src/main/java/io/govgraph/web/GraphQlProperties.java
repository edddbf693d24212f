package io.govgraph.web;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds every GraphQL request runs within; a request beyond one is refused with a message
 * naming it.
 *
 * @param maxDepth at most how many levels a query may nest. At least 1.
 * @param maxComplexity at most how complex a query may be: each field costs 1 plus what it
 * selects, a list field 5 times what it selects; introspection costs nothing. At least 1.
 * @param timeout at most how long a request may run over HTTP; also the Neo4j transaction timeout
 * (in whole seconds, at least 1) of the statements it runs. At least 1 ms.
 */
@ConfigurationProperties("govgraph.graphql")
@Validated
record GraphQlProperties(@DefaultValue("15") @Positive int maxDepth,
		@DefaultValue("10000") @Positive int maxComplexity,
		@DefaultValue("30s") @DurationMin(millis = 1) Duration timeout) {

	/** The bean's name, as {@code @ConfigurationPropertiesScan} registers it (for {@link StatementTimeout}). */
	static final String BEAN_NAME = "govgraph.graphql-io.govgraph.web.GraphQlProperties";

}
