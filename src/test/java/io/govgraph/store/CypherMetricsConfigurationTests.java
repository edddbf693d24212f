package io.govgraph.store;

import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's observations: off unless asked for, then given to the driver's configuration. */
class CypherMetricsConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(CypherMetricsConfiguration.class)
		.withBean(ObservationRegistry.class, ObservationRegistry::create);

	@Test
	void offUnlessAskedFor() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(ConfigBuilderCustomizer.class));
		this.runner.withPropertyValues("govgraph.metrics.cypher=false")
			.run(context -> assertThat(context).doesNotHaveBean(ConfigBuilderCustomizer.class));
	}

	@Test
	void askedForTheDriverObservesThroughTheApplicationsRegistry() {
		this.runner.withPropertyValues("govgraph.metrics.cypher=true").run(context -> {
			Config.ConfigBuilder builder = Config.builder();
			context.getBean(ConfigBuilderCustomizer.class).customize(builder);
			assertThat(builder.build().observationProvider()).containsInstanceOf(MicrometerObservationProvider.class);
		});
	}

}
