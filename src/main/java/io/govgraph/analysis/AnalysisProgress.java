package io.govgraph.analysis;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * How far an analysis on this thread has come, for a job that polls it: the all-sources measures
 * count the searches they have run out of those they will run. Also how a job is cancelled: the
 * next search to start after {@link #cancel()} throws {@link CancellationException}. A thread that
 * tracks nothing reports into a sink that ignores it.
 */
public final class AnalysisProgress {

	private static final ThreadLocal<AnalysisProgress> CURRENT = new ThreadLocal<>();

	private static final AnalysisProgress IGNORED = new AnalysisProgress();

	private final AtomicLong done = new AtomicLong();

	private volatile long total;

	private volatile boolean cancelled;

	/** Runs {@code work} on this thread with this progress as the current one. */
	public <T> T tracking(Supplier<T> work) {
		AnalysisProgress previous = CURRENT.get();
		CURRENT.set(this);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	/** The progress the analysis on this thread reports into; read before going parallel. */
	static AnalysisProgress current() {
		AnalysisProgress progress = CURRENT.get();
		return progress != null ? progress : IGNORED;
	}

	/** A phase of {@code steps} searches begins (a phase replaces the one before). */
	void expect(long steps) {
		this.done.set(0);
		this.total = steps;
		checkCancelled();
	}

	/** One search is about to run; throws if the work was cancelled. */
	void step() {
		checkCancelled();
		this.done.incrementAndGet();
	}

	private void checkCancelled() {
		if (this.cancelled) {
			throw new CancellationException("cancelled");
		}
	}

	/** Asks the analysis to stop at its next search. */
	public void cancel() {
		this.cancelled = true;
	}

	/** Fraction of the searches started, 0 to 1, or null while the analysis has not said how many it will run. */
	public Double fraction() {
		long steps = this.total;
		return steps <= 0 ? null : Math.min(1.0, (double) this.done.get() / steps);
	}

}
