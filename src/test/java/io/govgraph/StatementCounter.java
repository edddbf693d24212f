package io.govgraph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the application sends through the Neo4j driver: wraps the
 * {@link Driver} bean so that every {@code run} on a session or transaction it hands out is
 * counted. This is how the tests prove that a request costs a number of statements that does not
 * grow with the number of items it returns (one query per level, never one per item). Benchmarks
 * leave it out ({@code govgraph.test.count-statements=false}): they time the application as it is
 * deployed, without a proxy around every session and transaction.
 */
@Component
@ConditionalOnProperty(name = "govgraph.test.count-statements", havingValue = "true", matchIfMissing = true)
public class StatementCounter implements BeanPostProcessor {

	private final AtomicLong statements = new AtomicLong();

	private final Map<String, AtomicLong> transactions = new ConcurrentHashMap<>();

	/**
	 * Transactions begun through a session since the application started (explicit, managed and
	 * auto-commit) on the threads whose names start so: a request's, not the background pollers'.
	 */
	public long transactions(String threadNamePrefix) {
		return this.transactions.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith(threadNamePrefix))
			.mapToLong(e -> e.getValue().get())
			.sum();
	}

	/** Statements run since the application started. */
	public long count() {
		return this.statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver driver ? DriverCalls.listening(driver, this::count) : bean;
	}

	private void count(Object target, String method, Object[] args) {
		if (method.equals("run") && (target instanceof Session || target instanceof Transaction)) {
			this.statements.incrementAndGet();
		}
		if (target instanceof Session && (method.equals("run") || method.equals("beginTransaction")
				|| method.startsWith("executeRead") || method.startsWith("executeWrite"))) {
			this.transactions.computeIfAbsent(Thread.currentThread().getName(), name -> new AtomicLong())
				.incrementAndGet();
		}
	}

}
