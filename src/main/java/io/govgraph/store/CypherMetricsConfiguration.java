package io.govgraph.store;

import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver's own observations, on request ({@link MetricsProperties#cypher()}): timers of
 * every session, transaction and statement ({@code neo4j.db.client.*}), and also of every Bolt
 * message exchanged and every response handled. They are what Spring Boot would switch on by
 * itself ({@code Neo4jObservationAutoConfiguration}, which {@code GovGraphApplication} leaves out):
 * measured, they cost a tenth of the CPU a small GraphQL query takes (docs/performance.md), and
 * the driver cannot be told to skip the per-message ones.
 */
@Configuration(proxyBeanMethods = false)
class CypherMetricsConfiguration {

	@Bean
	ConfigBuilderCustomizer cypherObservations(MetricsProperties metrics, ObservationRegistry registry) {
		return builder -> {
			if (metrics.cypher()) {
				builder.withObservationProvider(MicrometerObservationProvider.builder(registry).build());
			}
		};
	}

}
