package io.govgraph.store;

import java.net.URI;

import org.neo4j.driver.AuthToken;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded Neo4j unless {@code spring.neo4j.uri} names an external server, and points
 * Boot's driver at it. Boot's property-based connection details back off when this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.NoExternalNeo4j.class)
@EnableConfigurationProperties(EmbeddedNeo4jProperties.class)
class EmbeddedNeo4jConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties,
			ObjectProvider<EmbeddedNeo4jEarlyStart.Started> early) {
		EmbeddedNeo4jEarlyStart.Started started = early.getIfAvailable();
		EmbeddedNeo4j dbms = started != null ? started.take(properties) : null;
		return dbms != null ? dbms : EmbeddedNeo4j.start(properties);
	}

	@Bean
	EmbeddedStoreHealthIndicator embeddedStoreHealthIndicator(EmbeddedNeo4j embedded,
			EmbeddedNeo4jProperties properties) {
		return new EmbeddedStoreHealthIndicator(embedded, properties.minFreeDisk());
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j embedded) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embedded.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return embedded.authToken();
			}
		};
	}

	static class NoExternalNeo4j implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return embedded(context.getEnvironment());
		}

		static boolean embedded(Environment environment) {
			String uri = environment.getProperty("spring.neo4j.uri");
			return uri == null || uri.isBlank();
		}

	}

}
