package io.govgraph.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.config.BeanPostProcessor;

import io.govgraph.DriverCalls;

/**
 * For {@code PlannerBenchmark -Dbench.statements=true} only: while {@link #recording} is on, every
 * statement run on a session or transaction of the application's {@link Driver} is kept with its
 * parameters, so that the benchmark can time each statement of a request alone.
 */
class StatementRecorder implements BeanPostProcessor {

	private final List<Query> recorded = new CopyOnWriteArrayList<>();

	private volatile boolean recording;

	/** Runs {@code action} while recording; answers the statements it ran, in order. */
	List<Query> record(Runnable action) {
		this.recorded.clear();
		this.recording = true;
		try {
			action.run();
		}
		finally {
			this.recording = false;
		}
		return List.copyOf(this.recorded);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return bean instanceof Driver driver ? DriverCalls.listening(driver, (target, method, args) -> {
			if (this.recording && method.equals("run") && (target instanceof Session || target instanceof Transaction)) {
				this.recorded.add(query(args));
			}
		}) : bean;
	}

	@SuppressWarnings("unchecked")
	private static Query query(Object[] args) {
		if (args[0] instanceof Query q) {
			return q;
		}
		String text = (String) args[0];
		if (args.length == 1 || args[1] == null) {
			return new Query(text);
		}
		if (args[1] instanceof Map<?, ?> map) {
			return new Query(text, (Map<String, Object>) map);
		}
		if (args[1] instanceof Value value) {
			return new Query(text, value);
		}
		return new Query(text, ((Record) args[1]).asMap());
	}

}
