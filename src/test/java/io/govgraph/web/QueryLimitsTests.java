package io.govgraph.web;

import java.time.Duration;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;

import io.govgraph.IntegrationTest;
import io.govgraph.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/** Depth, complexity and time limits reject what they must, fast and with a clear message. */
@IntegrationTest
class QueryLimitsTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Test
	void aDepthBombIsRejectedBeforeAnythingIsRead() {
		String bomb = "{ unit(id: \"yz.minglou\") { " + "parent { ".repeat(30) + "id" + " }".repeat(30) + " } }";
		long before = this.counter.count();
		this.graphQl.document(bomb)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage())
					.isEqualTo("The query nests 32 levels deep; at most 15 are allowed (govgraph.graphql.max-depth)."
							+ " Ask for fewer nested levels.")));
		assertThat(this.counter.count()).isEqualTo(before);
	}

	@Test
	void aComplexityBombIsRejectedBeforeAnythingIsRead() {
		// Seven nested lists of five cost 97,656, far above the limit, within the depth limit.
		String bomb = "{ unit(id: \"yz\") { " + "children { ".repeat(7) + "id" + " }".repeat(7) + " } }";
		long before = this.counter.count();
		this.graphQl.document(bomb)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).startsWith("The query's complexity is ")
					.contains("at most 50000 is allowed (govgraph.graphql.max-complexity)")));
		assertThat(this.counter.count()).isEqualTo(before);
	}

	@Test
	void introspectionForGraphiqlIsNotLimited() {
		this.graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void aRequestThatRunsTooLongEndsWithAnErrorNamingTheSetting() {
		RequestTimeout timeout = new RequestTimeout(Duration.ofMillis(50));
		WebGraphQlRequest request = new WebGraphQlRequest(java.net.URI.create("http://localhost/graphql"),
				new HttpHeaders(), null, null, Map.of(), Map.of("query", "{ unit(id: \"yz\") { id } }"), "1", null);
		WebGraphQlResponse response = timeout.intercept(request, r -> Mono.<WebGraphQlResponse>never())
			.block(Duration.ofSeconds(5));
		assertThat(response.getErrors()).singleElement()
			.satisfies(e -> assertThat(e.getMessage()).isEqualTo("The request took longer than 50 ms and was stopped"
					+ " (govgraph.graphql.timeout). Narrow it: a smaller page, scope, depth or date range."));
	}

}
