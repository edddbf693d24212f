package io.govgraph.security;

import java.util.List;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The access rules written in the schema: none forgotten where forgetting would open data. */
@IntegrationTest
class SchemaRulesTests {

	@Autowired
	GraphQlSource source;

	@Test
	void everyMutationSaysWhichRoleItNeeds() {
		GraphQLSchema schema = this.source.schema();
		List<String> unmarked = schema.getMutationType()
			.getFieldDefinitions()
			.stream()
			.filter(f -> f.getAppliedDirective("requires") == null)
			.map(GraphQLFieldDefinition::getName)
			.toList();
		assertThat(unmarked).isEmpty();
	}

	@Test
	void everyFieldShowingANameOrPhoneOfAPersonIsPersonal() {
		GraphQLSchema schema = this.source.schema();
		GraphQLObjectType person = schema.getObjectType("Person");
		assertThat(List.of("name", "phone", "partySince"))
			.allSatisfy(f -> assertThat(person.getFieldDefinition(f).getAppliedDirective("personal")).isNotNull());
		assertThat(schema.getObjectType("GraphVertex").getFieldDefinition("name").getAppliedDirective("personal"))
			.isNotNull();
		assertThat(schema.getObjectType("Change").getFieldDefinition("sourceName").getAppliedDirective("personal"))
			.isNotNull();
		assertThat(schema.getObjectType("CrossAppointment").getFieldDefinition("personName")
			.getAppliedDirective("personal")).isNotNull();
	}

}
