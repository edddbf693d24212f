package io.govgraph.crossappointment;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same figures against a real Neo4j 5.26 server in a container, reached by
 * {@code spring.neo4j.uri}: no embedded store is started. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@AutoConfigureGraphQlTester
class ExternalNeo4jServerTests {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

	@DynamicPropertySource
	static void neo4jUri(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
	}

	@Autowired
	GraphQlTester graphQl;

	@Test
	void mingLouFiguresFromAnExternalServer() {
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", "yz.minglou")
			.execute()
			.path("crossAppointmentStats")
			.matchesJson("""
					{"compounds": 21, "withOwnersCommittee": 15, "withCrossAppointment": 14, "crossAppointedPeople": 22}
					""");
	}

}
