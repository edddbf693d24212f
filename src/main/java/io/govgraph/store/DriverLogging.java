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
 * rendered once, and the driver's debug lines"). Spring Boot 4 sets no driver logging of its own,
 * so without this the driver keeps its default. The driver's {@code Logging} API is deprecated
 * (not for removal) in 6.x, with nothing yet in its place that checks the level first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLogging {

	@Bean
	@SuppressWarnings("deprecation") // Logging.slf4j(), withLogging: still the only way to leave the default, see above
	ConfigBuilderCustomizer driverLogsThroughSlf4j() {
		return builder -> builder.withLogging(Logging.slf4j());
	}

}
