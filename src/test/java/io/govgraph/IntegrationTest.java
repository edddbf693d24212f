package io.govgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * One application context for every integration test, so that the suite starts one embedded Neo4j
 * (a fresh store under target/, the sample district loaded into it) and one web server.
 * Tests may add data under their own ids but must leave the sample district as it was.
 * Tests run as an account with every role unless they say otherwise ({@code @WithMockUser} on the
 * method, or HTTP Basic with one of the accounts configured here: planner, auditor, editor and
 * admin, each with the password {@code <name>-pw}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "govgraph.embedded.path=target/test-neo4j/${random.uuid}", "govgraph.embedded.bolt-port=0",
				"govgraph.security.allow-plaintext-passwords=true",
				"govgraph.users[0].name=planner", "govgraph.users[0].password={noop}planner-pw",
				"govgraph.users[0].roles=PLANNER",
				"govgraph.users[1].name=auditor", "govgraph.users[1].password={noop}auditor-pw",
				"govgraph.users[1].roles=AUDITOR",
				"govgraph.users[2].name=editor", "govgraph.users[2].password={noop}editor-pw",
				"govgraph.users[2].roles=EDITOR",
				"govgraph.users[3].name=admin", "govgraph.users[3].password={noop}admin-pw",
				"govgraph.users[3].roles=PLANNER,AUDITOR,EDITOR,ADMIN" })
@AutoConfigureGraphQlTester
@WithMockUser(username = "tester", roles = { "PLANNER", "AUDITOR", "EDITOR", "ADMIN" })
public @interface IntegrationTest {

}
