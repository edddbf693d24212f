package io.govgraph;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same question asked two ways gives the same answer: a field read ahead with the level above
 * it ({@code person(id) { posts }}) against the same field read by its own batched loader under a
 * listing ({@code people(where: {id: …}) { edges { node { posts } } } }).
 */
public final class SameAnswers {

	private SameAnswers() {
	}

	/** Asserts that the answer at {@code onePath} of one query equals that at {@code otherPath} of the other. */
	public static void assertSame(GraphQlTester graphQl, String what, String one, String onePath, String other,
			String otherPath) {
		Object first = graphQl.document(one).execute().path(onePath).entity(Object.class).get();
		Object second = graphQl.document(other).execute().path(otherPath).entity(Object.class).get();
		assertThat(first).as(what).isNotNull().isEqualTo(second);
	}

}
