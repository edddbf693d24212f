package io.govgraph.store;

import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's own observations, on request ({@code govgraph.metrics.cypher=true}): timers
 * of every session, transaction and statement ({@code neo4j.db.client.*}), and also of every Bolt
 * message exchanged and every response handled. They are what Spring Boot would switch on by
 * itself ({@code Neo4jObservationAutoConfiguration}, which {@code GovGraphApplication} leaves out):
 * measured, they cost a tenth of the CPU a small GraphQL query takes (docs/performance.md), and
 * the driver cannot be told to skip the per-message ones. Request timings
 * ({@code http.server.requests}, {@code graphql.request}, {@code graphql.datafetcher}) stay on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "govgraph.metrics.cypher", havingValue = "true")
class CypherMetricsConfiguration {

	@Bean
	ConfigBuilderCustomizer cypherObservations(ObservationRegistry registry) {
		return builder -> builder.withObservationProvider(MicrometerObservationProvider.builder(registry).build());
	}

}
