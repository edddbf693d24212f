package io.govgraph.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

import io.govgraph.store.TransactionProperties;

/**
 * The bounds every GraphQL request runs within: body size, nesting depth, aliases, complexity, and
 * time. Each is checked before anything is read (body size before the body is parsed; depth,
 * aliases and complexity, counted by {@link OperationCost} as the operation will run, before any
 * field runs) or ends the request (time), with a message that names the limit and its setting.
 * Introspection (GraphiQL) is not counted.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	@Bean
	OperationLimits operationLimits(GraphQlProperties limits, List<FieldPrices> prices) {
		return new OperationLimits(limits, prices);
	}

	/** Runs right after the request id is given: a refused body costs no sign-in check. */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(GraphQlProperties limits,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
				new RequestBodyLimit(limits.maxBodySize()));
		registration.addUrlPatterns(path);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	RequestTimeout requestTimeout(GraphQlProperties limits) {
		return new RequestTimeout(limits.timeout());
	}

	/** A query's levels read in one transaction ({@link RequestTransaction}), inside the timeout. */
	@Bean
	RequestTransaction requestTransaction(PlatformTransactionManager transactions, GraphQlProperties limits,
			TransactionProperties retries,
			@Value("${spring.neo4j.pool.max-connection-pool-size:100}") int connectionPoolSize) {
		return new RequestTransaction(transactions, limits.timeout(), retries, connectionPoolSize / 2);
	}

}
