package io.govgraph;

import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.neo4j.autoconfigure.observation.Neo4jObservationAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.govgraph.cli.GovGraphCommand;
import io.govgraph.security.LocalOperator;

/**
 * GovGraph: with no command, serves GraphQL over the sample district (or an external Neo4j); with
 * {@code import}, {@code export} or {@code audit} (see {@link GovGraphCommand}), runs that command
 * against the same store and exits.
 */
// The driver's observations of every statement and Bolt message are opt-in: store/CypherMetricsConfiguration.
@SpringBootApplication(exclude = Neo4jObservationAutoConfiguration.class)
@ConfigurationPropertiesScan
public class GovGraphApplication {

	public static void main(String[] args) {
		if (GovGraphCommand.serves(args)) {
			SpringApplication.run(GovGraphApplication.class, args);
			return;
		}
		System.exit(GovGraphCommand.execute(args, GovGraphApplication::runCommand, System.out, System.err));
	}

	/**
	 * Starts the application without a web server for a command that parsed, runs the command as the
	 * local operator, and stops the application.
	 */
	private static int runCommand(List<String> springArgs, ToIntFunction<ApplicationContext> command)
			throws Exception {
		SpringApplication app = new SpringApplication(GovGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// Progress lines are INFO: shown when the output is not a terminal (a terminal gets its own line).
		app.setDefaultProperties(Map.of("govgraph.command", "true", "spring.main.banner-mode", "off",
				"logging.level.root", "WARN", "logging.level.io.govgraph.model.ProgressLine", "INFO"));
		ConfigurableApplicationContext context;
		try {
			context = app.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			// Boot's failure analysis has reported it already.
			return GovGraphCommand.FAILED;
		}
		try (context) {
			return LocalOperator.call(() -> command.applyAsInt(context));
		}
	}

}
