package io.govgraph.jobs;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import io.govgraph.analysis.AnalysisProgress;
import io.govgraph.analysis.Results;

/**
 * A long analysis running in the background, polled through GraphQL {@code job(id)}: its status
 * moves QUEUED → RUNNING → SUCCEEDED, FAILED or CANCELLED, and it keeps its result or error.
 */
public final class Job {

	/** GraphQL {@code JobStatus}. */
	public enum Status {

		QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED;

		boolean finished() {
			return this == SUCCEEDED || this == FAILED || this == CANCELLED;
		}

	}

	private static final AtomicLong SUBMITTED = new AtomicLong();

	private final String id = UUID.randomUUID().toString();

	/** Order of submission, for listings (instants can tie). */
	final long sequence = SUBMITTED.incrementAndGet();

	private final String kind;

	/** The account that started it: only it (and admins) may see or cancel the job. */
	private final String owner;

	private final Instant submittedAt;

	private final AnalysisProgress progress = new AnalysisProgress();

	private volatile Status status = Status.QUEUED;

	private volatile Instant startedAt;

	private volatile Instant finishedAt;

	private volatile String error;

	private volatile Results.CentralityResult result;

	private volatile Future<?> future;

	Job(String kind, String owner, Instant submittedAt) {
		this.kind = kind;
		this.owner = owner;
		this.submittedAt = submittedAt;
	}

	public String owner() {
		return this.owner;
	}

	public String id() {
		return this.id;
	}

	public String kind() {
		return this.kind;
	}

	public Status status() {
		return this.status;
	}

	/** Share of the work done, 0 to 1; 1 once succeeded; null where the algorithm cannot tell. */
	public Double progress() {
		return this.status == Status.SUCCEEDED ? Double.valueOf(1.0) : this.progress.fraction();
	}

	public Instant submittedAt() {
		return this.submittedAt;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant finishedAt() {
		return this.finishedAt;
	}

	public String error() {
		return this.error;
	}

	public Results.CentralityResult result() {
		return this.result;
	}

	AnalysisProgress tracker() {
		return this.progress;
	}

	void submitted(Future<?> future) {
		this.future = future;
	}

	/** Moves to RUNNING unless cancelled while queued; false if it must not run. */
	synchronized boolean start(Instant now) {
		if (this.status != Status.QUEUED) {
			return false;
		}
		this.status = Status.RUNNING;
		this.startedAt = now;
		return true;
	}

	synchronized void succeed(Results.CentralityResult result, Instant now) {
		if (this.status == Status.RUNNING) {
			this.result = result;
			finish(Status.SUCCEEDED, null, now);
		}
	}

	synchronized void fail(String message, Instant now) {
		if (this.status == Status.RUNNING) {
			finish(Status.FAILED, message, now);
		}
	}

	/** Cancels a queued job at once, a running one at its next search; a finished one stays. */
	synchronized boolean cancel(Instant now) {
		if (this.status.finished()) {
			return false;
		}
		this.progress.cancel();
		if (this.future != null && this.status == Status.QUEUED) {
			this.future.cancel(false);
		}
		finish(Status.CANCELLED, null, now);
		return true;
	}

	private void finish(Status status, String error, Instant now) {
		this.status = status;
		this.error = error;
		this.finishedAt = now;
	}

}
