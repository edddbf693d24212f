package io.govgraph.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** No value from a request can start a line of its own in the log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogForgingTests {

	private static final String FORGED = "2026-12-06T00:00:00.000Z  INFO 1 --- [govgraph] [main] [] io.govgraph.security.AccessLog : admin signed in";

	@Autowired
	GraphQlTester graphQl;

	@Test
	void lineBreaksInALoggedMessageAreEscaped(CapturedOutput output) {
		LoggerFactory.getLogger(LogForgingTests.class).warn("Import of {} failed", "a.csv\n" + FORGED + "\r\nmore");
		assertThat(output.getOut()).contains("Import of a.csv\\n" + FORGED + "\\r\\nmore failed");
		assertThat(output.getOut().lines()).noneMatch(line -> line.startsWith(FORGED));
	}

	@Test
	void aMessageTheCodeWritesOverSeveralLinesKeepsThem(CapturedOutput output) {
		LoggerFactory.getLogger(LogForgingTests.class).warn("{} problem(s):\n  units.csv:2: name: empty", 1);
		assertThat(output.getOut()).contains("1 problem(s):\n  units.csv:2: name: empty");
	}

	@Test
	void aJobsScopeIdIsCheckedBeforeItIsLogged(CapturedOutput output) {
		this.graphQl.documentName("startCentralityJob")
			.variable("measure", "DEGREE")
			.variable("scopeId", "yz.minglou\n" + FORGED)
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("scopeId: not an id"))
			.verify();
		assertThat(output.getOut()).doesNotContain("admin signed in");
	}

	@Test
	void oneLineEscapesEveryLineBreak() {
		assertThat(OneLineMessageConverter.oneLine("a\nb\rc\u2028d\u0085e")).isEqualTo("a\\nb\\rc\\u2028d\\u0085e");
		assertThat(OneLineMessageConverter.oneLine("王伟 p1")).isEqualTo("王伟 p1");
		assertThat(OneLineMessageConverter.oneLine(null)).isNull();
	}

}
