package io.govgraph.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Metrics beyond the request timings ({@code http.server.requests}, {@code graphql.request},
 * {@code graphql.datafetcher}), which are always on.
 *
 * @param cypher whether the Neo4j driver times every session, transaction and statement
 * (neo4j.db.client.*) and every Bolt message and response it handles. Off by default: measured,
 * those timers cost about a tenth of the CPU of a small GraphQL query, and the driver cannot time
 * statements without timing every message. Read at start.
 */
@ConfigurationProperties("govgraph.metrics")
record MetricsProperties(@DefaultValue("false") boolean cypher) {
}
