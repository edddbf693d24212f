package io.govgraph.store;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's observations: off unless asked for, then given to the driver's configuration. */
class CypherMetricsConfigurationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MetricsProperties.class)
	static class Properties {

	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, CypherMetricsConfiguration.class)
		.withBean(ObservationRegistry.class, ObservationRegistry::create);

	@Test
	void offUnlessAskedFor() {
		this.runner.run(context -> assertThat(configured(context.getBean(ConfigBuilderCustomizer.class))).isEmpty());
		this.runner.withPropertyValues("govgraph.metrics.cypher=false")
			.run(context -> assertThat(configured(context.getBean(ConfigBuilderCustomizer.class))).isEmpty());
	}

	@Test
	void askedForTheDriverObservesThroughTheApplicationsRegistry() {
		this.runner.withPropertyValues("govgraph.metrics.cypher=true")
			.run(context -> assertThat(configured(context.getBean(ConfigBuilderCustomizer.class)))
				.containsInstanceOf(MicrometerObservationProvider.class));
	}

	private static java.util.Optional<org.neo4j.driver.observation.ObservationProvider> configured(
			ConfigBuilderCustomizer customizer) {
		Config.ConfigBuilder builder = Config.builder();
		customizer.customize(builder);
		return builder.build().observationProvider();
	}

}
