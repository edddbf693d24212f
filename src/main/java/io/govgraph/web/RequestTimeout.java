package io.govgraph.web;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Ends a GraphQL request over HTTP that runs longer than {@code govgraph.graphql.timeout}, with a
 * GraphQL error saying so (rather than a bare 503), so a script or page can tell the user what
 * to narrow.
 */
class RequestTimeout implements WebGraphQlInterceptor, Ordered {

	private final Duration timeout;

	RequestTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	/** Outside {@link RequestTransaction}: the time counted includes the transaction's. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request)
			.timeout(this.timeout)
			.onErrorResume(TimeoutException.class, ex -> Mono.just(timedOut(request.toExecutionInput())));
	}

	private WebGraphQlResponse timedOut(ExecutionInput input) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.message("The request took longer than " + this.timeout.toMillis() + " ms and was stopped"
						+ " (govgraph.graphql.timeout). Narrow it: a smaller page, scope, depth or date range.")
				.errorType(ErrorClassification.errorClassification("TIMEOUT"))
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
	}

}
