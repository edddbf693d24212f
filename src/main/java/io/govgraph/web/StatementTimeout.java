package io.govgraph.web;

/**
 * The request timeout ({@code govgraph.graphql.timeout}) as a transaction timeout in seconds, for
 * {@code @Transactional(timeoutString = StatementTimeout.SECONDS)} on the repositories GraphQL
 * reads through. Spring hands it to the Neo4j driver as the transaction's timeout, so Neo4j itself
 * terminates a statement that outlives the request, instead of letting it run on after
 * {@link RequestTimeout} has answered the client.
 */
public final class StatementTimeout {

	/** Whole seconds, at least one, of the configured request timeout (a Spring expression). */
	public static final String SECONDS = "#{T(java.lang.Math).max(1L, @'" + GraphQlProperties.BEAN_NAME
			+ "'.timeout().toSeconds())}";

	private StatementTimeout() {
	}

}
