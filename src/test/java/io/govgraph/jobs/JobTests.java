package io.govgraph.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.analysis.AnalysisService;
import io.govgraph.analysis.Centrality;
import io.govgraph.analysis.CentralityMeasure;
import io.govgraph.analysis.LinkageGraph;
import io.govgraph.analysis.Results;
import io.govgraph.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Long analyses as background jobs: started, polled, cancelled; a bounded queue. */
@IntegrationTest
class JobTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	AnalysisService analysis;

	@Test
	void aCentralityJobEndsWithTheSameResultAsTheCentralityField() throws Exception {
		GraphQlTester.Response started = this.graphQl.documentName("startCentralityJob")
			.variable("measure", "BETWEENNESS")
			.variable("scopeId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.variable("top", 5)
			.execute();
		started.path("startCentralityJob.kind").entity(String.class).isEqualTo("centrality");
		String id = started.path("startCentralityJob.id").entity(String.class).get();
		GraphQlTester.Response done = awaitFinished(id);
		done.path("job.status").entity(String.class).isEqualTo("SUCCEEDED");
		done.path("job.progress").entity(Double.class).isEqualTo(1.0);
		done.path("job.error").valueIsNull();
		done.path("job.startedAt").entity(String.class).satisfies(t -> assertThat(t).endsWith("Z"));
		done.path("job.finishedAt").entity(String.class).satisfies(t -> assertThat(t).endsWith("Z"));
		done.path("job.result.vertexCount").entity(Integer.class).isEqualTo(451);
		done.path("job.result.edgeCount").entity(Integer.class).isEqualTo(606);
		done.path("job.result.approximate").entity(Boolean.class).isEqualTo(false);
		GraphQlTester.Response direct = this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("scopeId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.variable("top", 5)
			.execute();
		List<String> ids = direct.path("centrality.scores[*].vertex.id").entityList(String.class).get();
		List<Double> scores = direct.path("centrality.scores[*].score").entityList(Double.class).get();
		assertThat(ids).hasSize(5).startsWith("yz.minglou");
		done.path("job.result.scores[*].vertex.id").entityList(String.class).isEqualTo(ids);
		done.path("job.result.scores[*].score").entityList(Double.class).isEqualTo(scores);
	}

	@Test
	void aJobOnAnUnknownScopeFailsWithTheReason() throws Exception {
		String id = this.graphQl.documentName("startCentralityJob")
			.variable("measure", "DEGREE")
			.variable("scopeId", "jobs.no-such-unit")
			.execute()
			.path("startCentralityJob.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response done = awaitFinished(id);
		done.path("job.status").entity(String.class).isEqualTo("FAILED");
		done.path("job.error").entity(String.class).isEqualTo("scopeId: no unit with id \"jobs.no-such-unit\"");
		done.path("job.result").valueIsNull();
	}

	@Test
	void argumentsAreCheckedWhenTheJobIsStarted() {
		this.graphQl.documentName("startCentralityJob")
			.variable("measure", "DEGREE")
			.variable("top", 10_001)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("top: 10001 is out of range (0 to 10000)")));
	}

	@Test
	void anUnknownJobIsNull() {
		this.graphQl.document("{ job(id: \"jobs.none\") { id } }").execute().path("job").valueIsNull();
		this.graphQl.documentName("cancelJob").variable("id", "jobs.none").execute().path("cancelJob").valueIsNull();
	}

	@Test
	void aFullQueueRefusesTheJobAndCancellingFreesAPlace() throws Exception {
		JobService jobs = new JobService(this.analysis, Clock.systemUTC(), new SimpleMeterRegistry(), 1, 1,
				Duration.ofHours(1), 100, 100);
		try {
			CountDownLatch running = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Job first = jobs.submit("test", () -> {
				running.countDown();
				await(release);
				return result(7);
			});
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			Job second = jobs.submit("test", () -> result(8));
			assertThat(first.status()).isEqualTo(Job.Status.RUNNING);
			assertThat(second.status()).isEqualTo(Job.Status.QUEUED);
			assertThatThrownBy(() -> jobs.submit("test", () -> result(9))).isInstanceOf(UserInputException.class)
				.hasMessage("The job queue is full (1 running, 1 waiting; govgraph.jobs.queue):"
						+ " try again when a job has finished, or cancel one.");
			assertThat(jobs.cancel(second.id()).status()).isEqualTo(Job.Status.CANCELLED);
			Job third = jobs.submit("test", () -> result(10));
			release.countDown();
			awaitFinished(jobs, third);
			assertThat(first.status()).isEqualTo(Job.Status.SUCCEEDED);
			assertThat(first.result().vertexCount()).isEqualTo(7);
			assertThat(second.result()).isNull();
			assertThat(third.result().vertexCount()).isEqualTo(10);
			assertThat(jobs.jobs()).extracting(Job::id).containsExactly(third.id(), second.id(), first.id());
		}
		finally {
			jobs.destroy();
		}
	}

	@Test
	void aRunningJobStopsAtItsNextSearchWhenCancelled() throws Exception {
		JobService jobs = new JobService(this.analysis, Clock.systemUTC(), new SimpleMeterRegistry(), 1, 1,
				Duration.ofHours(1), 100, 100);
		try {
			LinkageGraph.Builder path = LinkageGraph.builder();
			for (int v = 0; v < 500; v++) {
				path.vertex("v" + v, "UNIT");
				if (v > 0) {
					path.edge("v" + (v - 1), "v" + v);
				}
			}
			// a cycle, not a path: betweenness of a tree needs no search at all
			path.edge("v499", "v0");
			LinkageGraph g = path.build();
			CountDownLatch running = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Job job = jobs.submit("test", () -> {
				running.countDown();
				await(release);
				Centrality.betweenness(g, IntStream.range(0, g.vertexCount()).toArray());
				return result(500);
			});
			assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
			assertThat(jobs.cancel(job.id()).status()).isEqualTo(Job.Status.CANCELLED);
			release.countDown();
			Job after = jobs.submit("test", () -> result(1));
			awaitFinished(jobs, after);
			assertThat(job.status()).isEqualTo(Job.Status.CANCELLED);
			assertThat(job.result()).isNull();
			// Cancelled before its first search: it never counted one.
			assertThat(job.progress()).isEqualTo(0.0);
		}
		finally {
			jobs.destroy();
		}
	}

	@Test
	void onlyTheNewestFinishedJobsAreKept() throws Exception {
		JobService jobs = new JobService(this.analysis, Clock.systemUTC(), new SimpleMeterRegistry(), 1, 10,
				Duration.ofHours(1), 2, 100);
		try {
			Job a = jobs.submit("test", () -> result(1));
			awaitFinished(jobs, a);
			Job b = jobs.submit("test", () -> result(2));
			awaitFinished(jobs, b);
			Job c = jobs.submit("test", () -> result(3));
			awaitFinished(jobs, c);
			assertThat(jobs.job(a.id())).isNull();
			assertThat(jobs.jobs()).extracting(Job::id).containsExactly(c.id(), b.id());
		}
		finally {
			jobs.destroy();
		}
	}

	private GraphQlTester.Response awaitFinished(String id) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			GraphQlTester.Response response = this.graphQl.documentName("job").variable("id", id).execute();
			String status = response.path("job.status").entity(String.class).get();
			if (!status.equals("QUEUED") && !status.equals("RUNNING") || System.nanoTime() > deadline) {
				return response;
			}
			Thread.sleep(50);
		}
	}

	private static void awaitFinished(JobService jobs, Job job) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (jobs.job(job.id()) != null && job.finishedAt() == null && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static Results.CentralityResult result(int vertexCount) {
		return new Results.CentralityResult(CentralityMeasure.DEGREE, false, null, vertexCount, 0, List.of(), 0);
	}

}
