package io.govgraph;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A setting that does not fit stops the start, and Boot's failure analysis names the setting, the
 * value and why it does not fit.
 */
@ExtendWith(OutputCaptureExtension.class)
class BadSettingsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			govgraph.analysis.exact-limit        | -1        | must be greater than or equal to 0
			govgraph.analysis.default-sample     | 0         | must be greater than 0
			govgraph.zone                        | Mars/Base | failed to convert
			govgraph.graphql.max-depth           | 0         | must be greater than 0
			govgraph.graphql.max-complexity      | -5        | must be greater than 0
			govgraph.graphql.max-aliases         | 0         | must be greater than 0
			govgraph.graphql.timeout             | 0s        | must be longer than or equal to 1 milli
			govgraph.jobs.threads                | 0         | must be greater than 0
			govgraph.jobs.queue                  | 0         | must be greater than 0
			govgraph.jobs.retention              | -1h       | must be longer than or equal to 1 milli
			govgraph.jobs.keep                   | -1        | must be greater than or equal to 0
			govgraph.import.batch-size           | 0         | must be greater than 0
			govgraph.import.writers              | -2        | must be greater than or equal to 0
			govgraph.import.stale-after-seconds  | 0         | must be greater than 0
			govgraph.transactions.max-retries    | -1        | must be greater than or equal to 0
			govgraph.transactions.first-retry-delay-ms | 0   | must be greater than 0
			govgraph.embedded.bolt-port          | 70000     | must be less than or equal to 65535
			govgraph.embedded.min-free-disk      | lots      | failed to convert
			govgraph.sample                      | maybe     | failed to convert
			govgraph.security.allow-plaintext-passwords | sometimes | failed to convert
			""")
	void aSettingThatDoesNotFitStopsTheStartNamingIt(String property, String value, String reason,
			CapturedOutput output) {
		SpringApplication app = new SpringApplication(Settings.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		assertThatThrownBy(() -> app.run("--" + property + "=" + value, "--govgraph.embedded.early-start=false"))
			.isNotNull();
		// Boot's "Property:" line spells a record component as in Java (exactLimit); "Origin:" as it was set.
		assertThat(output).contains("APPLICATION FAILED TO START", "Value: \"",
				"Origin: \"" + property + "\" from property source \"commandLineArgs\"", "Reason: " + reason);
		if (reason.equals("failed to convert")) {
			assertThat(output).contains("Property: " + property + "\n", "Value: \"" + value + "\"", value);
		}
	}

	/** Every settings record of the application, and nothing else. */
	@Configuration(proxyBeanMethods = false)
	@ConfigurationPropertiesScan("io.govgraph")
	static class Settings {

	}

}
