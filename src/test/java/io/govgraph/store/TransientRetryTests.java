package io.govgraph.store;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.govgraph.IntegrationTest;
import io.govgraph.linkage.ScopeService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transactions are retried as a whole on transient errors, and only on those. */
@IntegrationTest
class TransientRetryTests {

	@Autowired
	ScopeService scopes;

	private static IntSupplier failingFirst(int failures, RuntimeException error, AtomicInteger calls) {
		IntSupplier target = () -> {
			int call = calls.incrementAndGet();
			if (call <= failures) {
				throw error;
			}
			return call;
		};
		ProxyFactory factory = new ProxyFactory(target);
		factory.addInterface(IntSupplier.class);
		factory.addAdvice(new TransientRetry(3, 1));
		return (IntSupplier) factory.getProxy();
	}

	@Test
	void aTransientErrorIsRetriedUntilTheWorkSucceeds() {
		AtomicInteger calls = new AtomicInteger();
		IntSupplier work = failingFirst(2, new TransientException("Neo.TransientError.Transaction.DeadlockDetected",
				"deadlock"), calls);
		assertThat(work.getAsInt()).isEqualTo(3);
		assertThat(calls).hasValue(3);
	}

	@Test
	void retriesStopAfterTheLimit() {
		AtomicInteger calls = new AtomicInteger();
		IntSupplier work = failingFirst(10, new TransientException("Neo.TransientError.General.DatabaseUnavailable",
				"unavailable"), calls);
		assertThatThrownBy(work::getAsInt).isInstanceOf(TransientException.class);
		assertThat(calls).hasValue(4);
	}

	@Test
	void insideAnotherTransactionAFailureIsNotRetriedButRecordedForTheOneWhoOpenedIt() {
		AtomicInteger calls = new AtomicInteger();
		IntSupplier work = failingFirst(1, new TransientException("Neo.TransientError.General.DatabaseUnavailable",
				"unavailable"), calls);
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			assertThat(TransientFailures.watch(() -> assertThatThrownBy(work::getAsInt)
				.isInstanceOf(TransientException.class)).failedTransiently()).isTrue();
			assertThat(calls).hasValue(1);
			assertThat(TransientFailures.watch(() -> assertThat(work.getAsInt()).isEqualTo(2)).failedTransiently()).isFalse();
			IntSupplier wrong = failingFirst(1, new ClientException("Neo.ClientError.Statement.SyntaxError", "syntax"),
					new AtomicInteger());
			assertThat(TransientFailures.watch(() -> assertThatThrownBy(wrong::getAsInt)
				.isInstanceOf(ClientException.class)).failedTransiently()).isFalse();
		}
		finally {
			TransactionSynchronizationManager.setActualTransactionActive(false);
		}
	}

	@Test
	void anErrorInTheRequestIsNotRetried() {
		AtomicInteger calls = new AtomicInteger();
		IntSupplier work = failingFirst(1, new ClientException("Neo.ClientError.Statement.SyntaxError", "syntax"),
				calls);
		assertThatThrownBy(work::getAsInt).isInstanceOf(ClientException.class);
		assertThat(calls).hasValue(1);
	}

	@Test
	void theRetryWrapsTheTransactionOfEveryTransactionalBean() {
		List<Class<?>> advice = Arrays.stream(((Advised) this.scopes).getAdvisors())
			.<Class<?>>map(a -> a.getAdvice().getClass())
			.toList();
		assertThat(advice).containsSubsequence(TransientRetry.class, TransactionInterceptor.class);
	}

}
