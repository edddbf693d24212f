package io.govgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One application context for every integration test, so that the suite starts one embedded Neo4j
 * (a fresh store under target/, the sample district loaded into it) and one web server.
 * Tests may add data under their own ids but must leave the sample district as it was.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "govgraph.embedded.path=target/test-neo4j/${random.uuid}", "govgraph.embedded.bolt-port=0" })
@AutoConfigureGraphQlTester
public @interface IntegrationTest {

}
