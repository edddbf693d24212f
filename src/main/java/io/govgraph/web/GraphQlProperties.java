package io.govgraph.web;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds every GraphQL request runs within; a request beyond one is refused with a message
 * naming it.
 *
 * @param maxDepth at most how many levels a query may nest, counted as it runs (fragments
 * expanded). At least 1.
 * @param maxComplexity at most how complex a query may be, counted as it will run (each alias and
 * each use of a fragment apart): every object a field returns costs 1 plus what it selects, a list
 * as many objects as its page size (first, limit or top, 20 for a connection whose first is not
 * given; else 5); scalar fields cost nothing, they come with their object; an analysis
 * (centrality, axisReport, betweennessExplanation, recordCentrality) costs the vertices of its
 * scope, or of the whole graph without one; introspection costs nothing. The default admits the
 * largest neighbourhood the explorer may draw (limit 20000: 40001). At least 1.
 * @param maxAliases at most how many fields a query may run under an alias (each use of a fragment
 * counts). At least 1.
 * @param maxBodySize the largest body a request to /graphql may send; a larger one is answered 413
 * before it is read. At least 1 byte.
 * @param timeout at most how long a request may run over HTTP; also the Neo4j transaction timeout
 * (in whole seconds, at least 1) of the statements it runs. At least 1 ms.
 */
@ConfigurationProperties("govgraph.graphql")
@Validated
record GraphQlProperties(@DefaultValue("15") @Positive int maxDepth,
		@DefaultValue("50000") @Positive int maxComplexity, @DefaultValue("30") @Positive int maxAliases,
		@DefaultValue("256KB") DataSize maxBodySize, @DefaultValue("30s") @DurationMin(millis = 1) Duration timeout) {

	/** The bean's name, as {@code @ConfigurationPropertiesScan} registers it (for {@link StatementTimeout}). */
	static final String BEAN_NAME = "govgraph.graphql-io.govgraph.web.GraphQlProperties";

	GraphQlProperties {
		if (maxBodySize.toBytes() < 1) {
			throw new IllegalArgumentException("govgraph.graphql.max-body-size must be at least 1 byte, not "
					+ maxBodySize);
		}
	}

}
