package io.govgraph.store;

import org.neo4j.driver.Logging;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J, so its levels are the application's
 * ({@code logging.level.org.neo4j}, WARN by default) and a message below them is never built. The
 * driver's default, {@code Logging.systemLogging()}, formats every debug message of every Bolt
 * message sent and received ({@code String.formatted}) before the level is looked at: 2.4 % of the
 * process's CPU samples while GraphQL listings were answered (docs/performance.md, "Listings
 * rendered once, and the driver's debug lines").
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
