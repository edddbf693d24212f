package io.govgraph.store;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The driver's log lines below the application's level are never built. */
class DriverLoggingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DriverLogging.class);

	private static final String CATEGORY = "org.neo4j.driver.internal.async.connection.ChannelConnector";

	@Test
	@SuppressWarnings("deprecation") // Config.logging(): see DriverLogging
	void aDebugLineOfTheDriverIsNotFormattedWhileDebugIsOff() {
		// the application's level for org.neo4j (application.properties) on the very category read,
		// whatever set this JVM's logging up before
		ch.qos.logback.classic.Logger neo4j = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(CATEGORY);
		Level before = neo4j.getLevel();
		neo4j.setLevel(Level.WARN);
		try {
			this.runner.run(context -> {
				Config.ConfigBuilder builder = Config.builder();
				context.getBean(ConfigBuilderCustomizer.class).customize(builder);
				Logger log = builder.build().logging().getLog(CATEGORY);
				assertThat(log.isDebugEnabled()).isFalse();
				AtomicInteger rendered = new AtomicInteger();
				Object argument = new Object() {
					@Override
					public String toString() {
						rendered.incrementAndGet();
						return "a Bolt message";
					}
				};
				log.debug("C: %s", argument);
				log.trace("S: %s", argument);
				assertThat(rendered).as("times the argument was rendered").hasValue(0);
				log.warn("W: %s", argument);
				assertThat(rendered).as("a line at the level is written").hasValue(1);
			});
		}
		finally {
			neo4j.setLevel(before);
		}
	}

}
