package io.govgraph.store;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cluster-ready transactions: {@code @Transactional(readOnly = true)} opens a read transaction
 * (routed to a follower or read replica with {@code neo4j://}), {@code @Transactional} a write
 * transaction (the leader); both are retried on transient errors ({@link TransientRetry}) and
 * ordered by bookmarks ({@link CausalConsistency}).
 */
@Configuration(proxyBeanMethods = false)
class TransactionConfiguration {

	@Bean
	static CausalConsistency causalConsistency() {
		return new CausalConsistency();
	}

	/** Bookmarks are kept by the driver for every session ({@link CausalConsistency}), not twice. */
	@Bean
	Neo4jBookmarkManager neo4jBookmarkManager() {
		return Neo4jBookmarkManager.noop();
	}

	/** Outside the transaction advisor (which has the lowest precedence), so each retry is a new transaction. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor transientRetryAdvisor(Environment environment) {
		ComposablePointcut transactional = new ComposablePointcut(
				AnnotationMatchingPointcut.forClassAnnotation(Transactional.class))
			.union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
		// Bound here, not injected: this advisor is made while the post-processors are set up, too early
		// for the properties bean (whose validation still stops a bad value at start).
		TransactionProperties retries = Binder.get(environment)
			.bindOrCreate("govgraph.transactions", TransactionProperties.class);
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional,
				new TransientRetry(retries.maxRetries(), retries.firstRetryDelayMs()));
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		return advisor;
	}

}
