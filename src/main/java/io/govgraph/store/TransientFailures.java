package io.govgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Transient failures inside a transaction that a caller opened around transactional methods (the
 * read transaction of a whole GraphQL query, {@code web.RequestTransaction}). {@link TransientRetry}
 * retries only the outermost transactional method, since inside another transaction a failure
 * belongs to that one; it records the failure here, and the caller who opened the transaction
 * runs its work again as a whole.
 */
public final class TransientFailures {

	private static final ThreadLocal<Attempt> WATCHED = new ThreadLocal<>();

	private TransientFailures() {
	}

	/**
	 * What a watched run of some work left: whether a transactional method in it failed transiently,
	 * and what it left to do once its outcome is kept ({@link #whenKept}).
	 */
	public static final class Attempt {

		private boolean failedTransiently;

		private final List<Runnable> whenKept = new ArrayList<>();

		/** Whether a transactional method in the work failed transiently. */
		public boolean failedTransiently() {
			return this.failedTransiently;
		}

		/**
		 * The attempt's outcome is the one kept (its answer is delivered): what it left to do is done,
		 * in order. An attempt the caller runs again instead is simply not kept.
		 */
		public void keep() {
			this.whenKept.forEach(Runnable::run);
			this.whenKept.clear();
		}

	}

	/** Runs the work on this thread and answers what it left (it is neither kept nor dropped yet). */
	public static Attempt watch(Runnable work) {
		Attempt attempt = new Attempt();
		Attempt outer = WATCHED.get();
		WATCHED.set(attempt);
		try {
			work.run();
		}
		finally {
			WATCHED.set(outer);
		}
		return attempt;
	}

	/** Records a transient failure for the work being watched on this thread, if any. */
	public static void seen() {
		Attempt attempt = WATCHED.get();
		if (attempt != null) {
			attempt.failedTransiently = true;
		}
	}

	/**
	 * Runs the action once the work watched on this thread is kept, or at once when none is watched:
	 * what must happen only for an answer that is delivered, such as the access-log entry of the
	 * people it read (a query run again after a transient failure would otherwise log its discarded
	 * run too).
	 */
	public static void whenKept(Runnable action) {
		Attempt attempt = WATCHED.get();
		if (attempt == null) {
			action.run();
		}
		else {
			attempt.whenKept.add(action);
		}
	}

	/** Milliseconds to wait before retry {@code attempt} (0 the first): doubling from {@code first}, at most 5 s, jittered by up to half. */
	public static long delay(long first, int attempt) {
		long delay = Math.min(first << Math.min(attempt, 20), 5_000);
		return delay + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
	}

}
