package io.govgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Work items run on a few threads of their own: the files an import parses, the batches it writes,
 * the parts of its change events it stages and publishes.
 */
public final class SideBySide {

	private SideBySide() {
	}

	/**
	 * Runs {@code work} on every item, on up to {@code threads} threads named {@code name}; once one
	 * fails, items not yet begun are skipped. Waits for all of them and rethrows the first failure only
	 * once none is running any more (so that a roll-back sees every committed batch in the journal).
	 */
	public static <T> void each(List<T> items, int threads, String name, Consumer<T> work) {
		if (threads <= 1 || items.size() <= 1) {
			items.forEach(work);
			return;
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		});
		AtomicBoolean failed = new AtomicBoolean();
		List<Future<?>> futures = new ArrayList<>();
		for (T item : items) {
			futures.add(pool.submit(() -> {
				if (!failed.get()) {
					try {
						work.accept(item);
					}
					catch (RuntimeException ex) {
						failed.set(true);
						throw ex;
					}
				}
			}));
		}
		pool.shutdown();
		RuntimeException first = null;
		for (Future<?> f : futures) {
			try {
				f.get();
			}
			catch (ExecutionException ex) {
				RuntimeException cause = ex.getCause() instanceof RuntimeException r ? r
						: new IllegalStateException(ex.getCause());
				if (first == null) {
					first = cause;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				first = first != null ? first : new IllegalStateException(name + " interrupted", ex);
			}
		}
		if (first != null) {
			throw first;
		}
	}

}
