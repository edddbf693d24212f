package io.govgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md is the table of every setting, written from the configuration metadata
 * (so from the records' javadoc): when it is out of date this test rewrites it, and fails so that
 * the new file gets reviewed and committed.
 */
class ConfigurationDocsTests {

	static final Path DOC = Path.of("docs/configuration.md");

	@Test
	void theSettingsPageIsTheMetadata() throws IOException {
		String wanted = render(ConfigurationMetadata.read());
		String present = Files.isRegularFile(DOC) ? Files.readString(DOC) : "";
		if (!present.equals(wanted)) {
			Files.writeString(DOC, wanted);
		}
		assertThat(present).as(DOC + " was out of date and has been rewritten from " + ConfigurationMetadata.FILE
				+ "; review and commit it").isEqualTo(wanted);
	}

	static String render(ConfigurationMetadata metadata) {
		StringBuilder page = new StringBuilder("""
				# Configuration

				Every GovGraph setting, with its default and what it does. Each belongs to a
				`@ConfigurationProperties` record in the feature that uses it (the last column); a value
				that does not fit (a size below its minimum, a duration of 0, an unknown time zone) stops the
				start with a message naming the setting.

				Set one in an `application.properties` beside the jar, on the command line
				(`java -jar target/govgraph.jar --govgraph.zone=Europe/Berlin`), or as an environment variable:
				upper case, dots become underscores and dashes go (`GOVGRAPH_JOBS_THREADS=2`,
				`GOVGRAPH_GRAPHQL_MAXDEPTH=20`, `GOVGRAPH_ADMIN_PASSWORD=…`). Durations take a unit (`30s`,
				`5m`, `1h`), sizes too (`500MB`, `2GB`).

				This page is generated from the records' javadoc (through
				`target/classes/META-INF/spring-configuration-metadata.json`, which IDEs read for completion)
				by `ConfigurationDocsTests`: edit the javadoc, not this page, and run that test to rewrite it.

				| Setting | Type | Default | Meaning | Record |
				|---|---|---|---|---|
				""");
		for (ConfigurationMetadata.Property p : metadata.properties()) {
			page.append("| `")
				.append(p.name())
				.append("` | ")
				.append("`").append(simpleType(p.type())).append("`")
				.append(" | ")
				.append(p.defaultValue() == null ? "" : "`" + p.defaultValue() + "`")
				.append(" | ")
				.append(cell(sentence(p.description())))
				.append(" | ")
				.append(cell(record(p.sourceType())))
				.append(" |\n");
		}
		return page.toString();
	}

	/** "java.util.List<io.govgraph.security.Accounts$ConfiguredUser>" → "List<Accounts.ConfiguredUser>". */
	private static String simpleType(String type) {
		return type.replaceAll("(?:[a-z][a-z0-9_]*\\.)+([A-Z])", "$1").replace('$', '.').replace(",", ", ");
	}

	/** "io.govgraph.security.AccountProperties$Admin" → "security/AccountProperties". */
	private static String record(String sourceType) {
		String name = sourceType.replaceFirst("^io\\.govgraph\\.", "").replaceFirst("\\$.*", "");
		return name.replace('.', '/');
	}

	private static String sentence(String description) {
		return Character.toUpperCase(description.charAt(0)) + description.substring(1);
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
	}

}
