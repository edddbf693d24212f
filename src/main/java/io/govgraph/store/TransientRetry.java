package io.govgraph.store;


import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.data.neo4j.core.support.RetryExceptionPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a {@code @Transactional} method again when its transaction failed for a transient reason
 * (a leader switch, a member restarting, a deadlock, a session that expired), as the driver's
 * transaction functions do: up to {@code maxRetries} times, with a jittered, doubling delay. Only
 * the outermost transactional method retries: inside another transaction a failure belongs to
 * that one, which is retried as a whole.
 */
class TransientRetry implements MethodInterceptor {

	private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

	private final RetryExceptionPredicate transientError = new RetryExceptionPredicate();

	private final int maxRetries;

	private final long firstDelayMillis;

	TransientRetry(int maxRetries, long firstDelayMillis) {
		this.maxRetries = maxRetries;
		this.firstDelayMillis = firstDelayMillis;
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				|| !(invocation instanceof ProxyMethodInvocation retryable)) {
			try {
				return invocation.proceed();
			}
			catch (Throwable ex) {
				if (this.transientError.test(ex)) {
					TransientFailures.seen();
				}
				throw ex;
			}
		}
		for (int attempt = 0;; attempt++) {
			try {
				return retryable.invocableClone().proceed();
			}
			catch (Throwable ex) {
				if (attempt >= this.maxRetries || !this.transientError.test(ex)) {
					throw ex;
				}
				long delay = TransientFailures.delay(this.firstDelayMillis, attempt);
				log.info("{} failed transiently ({}); retry {} of {} in {} ms", invocation.getMethod().getName(),
						ex.getMessage(), attempt + 1, this.maxRetries, delay);
				Thread.sleep(delay);
			}
		}
	}

}
