package io.govgraph.store;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Transient failures inside a transaction that a caller opened around transactional methods (the
 * read transaction of a whole GraphQL query, {@code web.RequestTransaction}). {@link TransientRetry}
 * retries only the outermost transactional method, since inside another transaction a failure
 * belongs to that one; it records the failure here, and the caller who opened the transaction
 * runs its work again as a whole.
 */
public final class TransientFailures {

	private static final ThreadLocal<boolean[]> WATCHED = new ThreadLocal<>();

	private TransientFailures() {
	}

	/** Runs the work on this thread and answers whether a transactional method in it failed transiently. */
	public static boolean watch(Runnable work) {
		boolean[] seen = new boolean[1];
		boolean[] outer = WATCHED.get();
		WATCHED.set(seen);
		try {
			work.run();
		}
		finally {
			WATCHED.set(outer);
		}
		return seen[0];
	}

	/** Records a transient failure for the work being watched on this thread, if any. */
	public static void seen() {
		boolean[] seen = WATCHED.get();
		if (seen != null) {
			seen[0] = true;
		}
	}

	/** Milliseconds to wait before retry {@code attempt} (0 the first): doubling from {@code first}, at most 5 s, jittered by up to half. */
	public static long delay(long first, int attempt) {
		long delay = Math.min(first << Math.min(attempt, 20), 5_000);
		return delay + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
	}

}
