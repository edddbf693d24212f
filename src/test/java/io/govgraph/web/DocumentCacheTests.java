package io.govgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Each distinct text is parsed and validated once; what depends on the request still runs on each. */
@IntegrationTest
class DocumentCacheTests {

	@Autowired
	GraphQlTester graphQl;

	/** The texts given to parse and validate, in order. */
	private final List<String> parsed = new ArrayList<>();

	private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
		this.parsed.add(input.getQuery());
		return input.getQuery().startsWith("{")
				? new PreparsedDocumentEntry(Parser.parse(input.getQuery()))
				: new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("not a query").build());
	};

	private static ExecutionInput input(String query, String operationName, Locale locale) {
		return ExecutionInput.newExecutionInput(query).operationName(operationName).locale(locale).build();
	}

	private PreparsedDocumentEntry get(DocumentCache cache, ExecutionInput input) {
		return cache.getDocumentAsync(input, this.parse).join();
	}

	@Test
	void theSameTextIsParsedOnceAndGivesTheSameDocument() {
		DocumentCache cache = new DocumentCache();
		PreparsedDocumentEntry first = get(cache, input("{ a }", null, Locale.ROOT));
		PreparsedDocumentEntry again = get(cache, input("{ a }", null, Locale.ROOT));
		assertThat(again).isSameAs(first);
		assertThat(this.parsed).containsExactly("{ a }");
	}

	@Test
	void anotherTextOperationNameOrLocaleIsParsedApart() {
		DocumentCache cache = new DocumentCache();
		get(cache, input("{ a }", null, Locale.ROOT));
		get(cache, input("{ b }", null, Locale.ROOT));
		get(cache, input("{ a }", "A", Locale.ROOT));
		get(cache, input("{ a }", null, Locale.GERMAN));
		assertThat(this.parsed).hasSize(4);
		assertThat(cache.size()).isEqualTo(4);
	}

	@Test
	void aTextThatDoesNotValidateKeepsItsErrors() {
		DocumentCache cache = new DocumentCache();
		get(cache, input("nonsense", null, Locale.ROOT));
		PreparsedDocumentEntry again = get(cache, input("nonsense", null, Locale.ROOT));
		assertThat(again.hasErrors()).isTrue();
		assertThat(again.getErrors().get(0).getMessage()).isEqualTo("not a query");
		assertThat(this.parsed).hasSize(1);
	}

	@Test
	void theLeastRecentlyUsedTextsGoWhenTheCharactersRunOver() {
		DocumentCache cache = new DocumentCache(15);
		get(cache, input("{ aaa }", null, Locale.ROOT));
		get(cache, input("{ bbb }", null, Locale.ROOT));
		get(cache, input("{ aaa }", null, Locale.ROOT));
		get(cache, input("{ ccc }", null, Locale.ROOT));
		assertThat(cache.size()).isEqualTo(2);
		get(cache, input("{ aaa }", null, Locale.ROOT));
		get(cache, input("{ bbb }", null, Locale.ROOT));
		assertThat(this.parsed).containsExactly("{ aaa }", "{ bbb }", "{ ccc }", "{ bbb }");
		get(cache, input("{ a very long text beyond the bound }", null, Locale.ROOT));
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void aCachedTextStillMeetsTheLimitsAndTheAccessRulesOnEveryRequest() {
		String deep = "{ units(first: 1) { edges { node { " + "children { ".repeat(15) + "id" + " }".repeat(15)
				+ " } } } }";
		for (int i = 0; i < 2; i++) {
			this.graphQl.document(deep)
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("nests")));
		}
		for (int i = 0; i < 2; i++) {
			this.graphQl.document("{ unitz }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("unitz")));
		}
	}

	/** The same text, asked by an auditor and by a planner (in either order: one of them finds it cached). */
	static final String NAMES = "{ people(first: 5) { edges { node { name } } } }";

	@Test
	void anAuditorSeesNamesInFullFromACachedText() {
		for (int i = 0; i < 2; i++) {
			assertThat(this.graphQl.document(NAMES).execute().path("people.edges[*].node.name").entityList(String.class).get())
				.isNotEmpty()
				.noneMatch(name -> name.endsWith("某"));
		}
	}

	@Test
	@WithMockUser(username = "planner", roles = "PLANNER")
	void aPlannerSeesNamesMaskedFromACachedText() {
		for (int i = 0; i < 2; i++) {
			assertThat(this.graphQl.document(NAMES).execute().path("people.edges[*].node.name").entityList(String.class).get())
				.isNotEmpty()
				.allMatch(name -> name.endsWith("某"));
		}
	}

}
