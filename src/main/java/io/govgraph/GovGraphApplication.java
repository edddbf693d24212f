package io.govgraph;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import io.govgraph.cli.AuditCommand;
import io.govgraph.cli.DataSetCommand;
import io.govgraph.cli.ExportCommand;
import io.govgraph.security.LocalOperator;

/**
 * GovGraph: with no command, serves GraphQL over the sample district (or an external Neo4j); with
 * {@code import}, {@code export} or {@code audit}, runs that command against the same store and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GovGraphApplication {

	public static void main(String[] args) {
		if (DataSetCommand.commandName(args) == null) {
			SpringApplication.run(GovGraphApplication.class, args);
			return;
		}
		// "export FILE --format=…" writes a graph for a visualization tool; "audit …" runs the audit and
		// writes its report; any other command is a data set's.
		boolean graphExport = ExportCommand.applies(args);
		boolean audit = !graphExport && AuditCommand.isNamedBy(args);
		String problem = graphExport ? ExportCommand.usageProblem(args)
				: audit ? AuditCommand.usageProblem(args) : DataSetCommand.usageProblem(args);
		if (problem != null) {
			System.err.println(problem);
			System.err.println(graphExport ? ExportCommand.USAGE_TEXT
					: audit ? AuditCommand.USAGE_TEXT : DataSetCommand.USAGE_TEXT);
			System.exit(DataSetCommand.USAGE);
		}
		SpringApplication app = new SpringApplication(GovGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		// Progress lines are INFO: shown when the output is not a terminal (a terminal gets its own line).
		app.setDefaultProperties(Map.of("govgraph.command", "true", "spring.main.banner-mode", "off",
				"logging.level.root", "WARN", "logging.level.io.govgraph.model.ProgressLine", "INFO"));
		int exit;
		try (ConfigurableApplicationContext context = app.run(args)) {
			exit = LocalOperator.call(() -> graphExport
					? context.getBean(ExportCommand.class).run(args, System.out, System.err)
					: audit ? context.getBean(AuditCommand.class).run(args, System.out, System.err)
							: context.getBean(DataSetCommand.class).run(args, System.out, System.err));
		}
		catch (Exception ex) {
			// Start-up failures were already reported by Boot's failure analysis.
			exit = DataSetCommand.FAILED;
		}
		System.exit(exit);
	}

}
