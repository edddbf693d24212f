package io.govgraph;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * A {@link Driver} that tells a listener of every call made on it and on the sessions and
 * transactions it hands out, before the call: how the tests count statements
 * ({@link StatementCounter}) and the benchmarks record them.
 */
public final class DriverCalls {

	/** Told of a call before it is made. */
	@FunctionalInterface
	public interface Listener {

		/**
		 * @param target the driver, session or transaction called
		 * @param method the method's name
		 * @param args its arguments (an empty array for none)
		 */
		void before(Object target, String method, Object[] args);

	}

	private DriverCalls() {
	}

	/** The driver, telling the listener of every call on it, its sessions and their transactions. */
	public static Driver listening(Driver driver, Listener listener) {
		return wrap(driver, Driver.class, listener);
	}

	private static <T> T wrap(T target, Class<T> type, Listener listener) {
		InvocationHandler handler = (proxy, method, args) -> {
			listener.before(target, method.getName(), args == null ? new Object[0] : args);
			try {
				Object result = method.invoke(target, args);
				if (result instanceof Session session) {
					return wrap(session, Session.class, listener);
				}
				if (result instanceof Transaction tx) {
					return wrap(tx, Transaction.class, listener);
				}
				return result;
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

}
