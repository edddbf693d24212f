package io.govgraph.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

import io.govgraph.analysis.AnalysisService;
import io.govgraph.analysis.CentralityMeasure;
import io.govgraph.analysis.Results;
import io.govgraph.model.Vocabulary;
import io.govgraph.security.Caller;
import io.govgraph.security.Role;
import io.govgraph.web.UserInputException;

/**
 * Runs long analyses as background jobs on a small bounded executor, so that no HTTP request waits
 * for minutes: {@code govgraph.jobs.threads} workers (default 1) and {@code govgraph.jobs.queue}
 * waiting places (default 10); a job beyond those is refused with a message saying so. Finished
 * jobs are kept for {@code govgraph.jobs.retention} (default 1 h), at most the last
 * {@code govgraph.jobs.keep} (default 100).
 */
@Service
public class JobService implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(JobService.class);

	private final AnalysisService analysis;

	private final Clock clock;

	private final ThreadPoolExecutor executor;

	private final Duration retention;

	private final int keep;

	private final int perAccount;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	@Autowired
	JobService(AnalysisService analysis, Clock clock, MeterRegistry meters, JobProperties properties) {
		this(analysis, clock, meters, properties.threads(), properties.queue(), properties.retention(),
				properties.keep(), properties.perAccount());
	}

	JobService(AnalysisService analysis, Clock clock, MeterRegistry meters, int threads, int queue,
			Duration retention, int keep, int perAccount) {
		this.analysis = analysis;
		this.perAccount = perAccount;
		this.clock = clock;
		this.retention = retention;
		this.keep = keep;
		AtomicInteger count = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(queue), r -> {
					Thread t = new Thread(r, "govgraph-job-" + count.incrementAndGet());
					t.setDaemon(true);
					return t;
				});
		ExecutorServiceMetrics.monitor(meters, this.executor, "govgraph.jobs");
	}

	/** Queues a centrality computation; the arguments are checked now, the scope when it runs. */
	public Job startCentrality(CentralityMeasure measure, String scopeId, LocalDate asOf, Integer top,
			Integer sampleSize, Integer seed) {
		int checkedTop = AnalysisService.top(top);
		if (sampleSize != null && sampleSize < 1) {
			throw new UserInputException("sampleSize: must be at least 1");
		}
		// An id is checked before it is logged below; whether the unit exists, the job finds out.
		if (scopeId != null && !Vocabulary.ID.matcher(scopeId).matches()) {
			throw new UserInputException("scopeId: not an id (letters, digits and _ . : - only, at most 64)");
		}
		Job job = submit("centrality",
				() -> this.analysis.centrality(measure, scopeId, asOf, checkedTop, sampleSize, seed));
		log.info("Job {} queued: {} of {} as of {}", job.id(), measure, scopeId == null ? "the whole graph" : scopeId,
				asOf);
		return job;
	}

	/**
	 * Queues work as a job of this kind; the job runs it with the request's logging context and
	 * as the account that asked (its roles are checked again by the services the job calls).
	 * Synchronized so that two requests of one account cannot both pass its quota check.
	 */
	synchronized Job submit(String kind, Supplier<Results.CentralityResult> analysis) {
		evict();
		String owner = Caller.current().name();
		long unfinished = this.jobs.values()
			.stream()
			.filter(j -> j.finishedAt() == null && owner != null && owner.equals(j.owner()))
			.count();
		if (unfinished >= this.perAccount) {
			throw new UserInputException("You have " + unfinished + " unfinished job(s), as many as one account may have"
					+ " (govgraph.jobs.per-account): wait for one to finish, or cancel one.");
		}
		Job job = new Job(kind, owner, this.clock.instant());
		Map<String, String> context = MDC.getCopyOfContextMap();
		Runnable work = new DelegatingSecurityContextRunnable(() -> run(job, context, analysis));
		this.jobs.put(job.id(), job);
		try {
			job.submitted(this.executor.submit(work));
		}
		catch (RejectedExecutionException ex) {
			this.jobs.remove(job.id());
			throw new UserInputException("The job queue is full (" + this.executor.getMaximumPoolSize()
					+ " running, " + this.executor.getQueue().size()
					+ " waiting; govgraph.jobs.queue): try again when a job has finished, or cancel one.");
		}
		return job;
	}

	private void run(Job job, Map<String, String> context, Supplier<Results.CentralityResult> work) {
		if (context != null) {
			MDC.setContextMap(context);
		}
		MDC.put("jobId", job.id());
		try {
			if (!job.start(this.clock.instant())) {
				return;
			}
			log.info("Job {} running", job.id());
			job.succeed(job.tracker().tracking(work), this.clock.instant());
			log.info("Job {} {}", job.id(), job.status());
		}
		catch (RuntimeException ex) {
			if (causedByCancellation(ex)) {
				log.info("Job {} stopped: cancelled", job.id());
				return;
			}
			if (ex instanceof UserInputException) {
				job.fail(ex.getMessage(), this.clock.instant());
				log.info("Job {} FAILED: {}", job.id(), ex.getMessage());
			}
			else {
				job.fail("The analysis failed: " + ex, this.clock.instant());
				log.warn("Job {} FAILED", job.id(), ex);
			}
		}
		finally {
			MDC.clear();
		}
	}

	private static boolean causedByCancellation(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof CancellationException) {
				return true;
			}
		}
		return false;
	}

	/** The job, or null if unknown, forgotten or another account's (unless the caller is an admin). */
	public Job job(String id) {
		evict();
		Job job = this.jobs.get(id);
		return job != null && visible(job, Caller.current()) ? job : null;
	}

	/** Every job kept that the caller may see (an admin: all), newest first. */
	public List<Job> jobs() {
		evict();
		Caller caller = Caller.current();
		List<Job> all = new ArrayList<>(this.jobs.values().stream().filter(job -> visible(job, caller)).toList());
		all.sort(Comparator.comparingLong((Job job) -> job.sequence).reversed());
		return all;
	}

	/** Cancels the job; returns it (null if unknown, or another account's unless the caller is an admin). */
	public Job cancel(String id) {
		Job job = job(id);
		if (job != null && job.cancel(this.clock.instant())) {
			this.executor.purge();
			log.info("Job {} cancelled", id);
		}
		return job;
	}

	/** Another account's job is not even said to exist: answers are the same as for an unknown id. */
	private static boolean visible(Job job, Caller caller) {
		return caller.has(Role.ADMIN) || (caller.name() != null && caller.name().equals(job.owner()));
	}

	/** Forgets finished jobs older than the retention, and all but the newest {@code keep} finished ones. */
	private void evict() {
		var cutoff = this.clock.instant().minus(this.retention);
		List<Job> finished = new ArrayList<>();
		for (Job job : this.jobs.values()) {
			if (job.finishedAt() != null) {
				if (job.finishedAt().isBefore(cutoff)) {
					this.jobs.remove(job.id());
				}
				else {
					finished.add(job);
				}
			}
		}
		finished.sort(Comparator.comparing(Job::finishedAt).reversed());
		for (Job old : finished.subList(Math.min(this.keep, finished.size()), finished.size())) {
			this.jobs.remove(old.id());
		}
	}

	@Override
	public void destroy() {
		this.jobs.values().forEach(job -> job.cancel(this.clock.instant()));
		this.executor.shutdownNow();
	}

}
