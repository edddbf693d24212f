package io.govgraph.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A driver for tests of what a transaction function leaves when the driver runs it again: the
 * first run of a function ({@code executeRead} or {@code executeWrite}) in which a statement
 * {@code marks} is run completes, then {@code meanwhile} runs (a change another client makes), then
 * the function throws a transient error, as a deadlock or a lost connection would, before its
 * commit; the driver rolls it back and runs it again after its back-off. Once only.
 */
public final class FailingOnce {

	private FailingOnce() {
	}

	/**
	 * @param marks whether a statement, with its parameters, marks the function to fail
	 * @param failed set once the function has failed
	 */
	public static Driver after(Driver driver, BiPredicate<String, Map<?, ?>> marks, Runnable meanwhile,
			AtomicBoolean failed) {
		return after(driver, marks, meanwhile, failed, () -> new TransientException(
				"Neo.TransientError.Transaction.DeadlockDetected", "injected by a test after the function's first run"));
	}

	/** As {@link #after(Driver, BiPredicate, Runnable, AtomicBoolean)}, throwing what {@code error} gives (one the driver does not retry fails the function for good). */
	public static Driver after(Driver driver, BiPredicate<String, Map<?, ?>> marks, Runnable meanwhile,
			AtomicBoolean failed, Supplier<RuntimeException> error) {
		ClassLoader loader = FailingOnce.class.getClassLoader();
		return (Driver) Proxy.newProxyInstance(loader, new Class<?>[] { Driver.class }, (proxy, method, args) -> {
			Object result = call(method, driver, args);
			if (!(result instanceof Session session)) {
				return result;
			}
			return Proxy.newProxyInstance(loader, new Class<?>[] { Session.class }, (p, m, a) -> {
				if (!m.getName().equals("executeWrite") && !m.getName().equals("executeRead")) {
					return call(m, session, a);
				}
				TransactionCallback<?> work = (TransactionCallback<?>) a[0];
				Object[] watched = a.clone();
				watched[0] = (TransactionCallback<Object>) tx -> {
					AtomicBoolean marked = new AtomicBoolean();
					TransactionContext seen = (TransactionContext) Proxy.newProxyInstance(loader,
							new Class<?>[] { TransactionContext.class }, (q, rm, ra) -> {
								if (rm.getName().equals("run") && ra.length == 2 && ra[0] instanceof String statement
										&& ra[1] instanceof Map<?, ?> parameters && marks.test(statement, parameters)) {
									marked.set(true);
								}
								return call(rm, tx, ra);
							});
					Object done = work.execute(seen);
					if (marked.get() && failed.compareAndSet(false, true)) {
						meanwhile.run();
						throw error.get();
					}
					return done;
				};
				return call(m, session, watched);
			});
		});
	}

	private static Object call(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
