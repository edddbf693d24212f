package io.govgraph.delivery;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import io.govgraph.web.UserInputException;

/**
 * A subscription refused or ended for a reason the subscriber can act on says so, as a query's
 * error does (Spring's default for a subscription is a bare "Subscription error"): a type the
 * account may not read, a bad cursor, a subscriber that fell too far behind.
 */
@Component
class SubscriptionErrors extends SubscriptionExceptionResolverAdapter {

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex) {
		if (ex instanceof AccessDeniedException) {
			return GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN).message(ex.getMessage()).build();
		}
		if (ex instanceof UserInputException) {
			return GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
		}
		return null;
	}

}
