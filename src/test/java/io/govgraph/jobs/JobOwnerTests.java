package io.govgraph.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import io.govgraph.IntegrationTest;
import io.govgraph.analysis.AnalysisService;
import io.govgraph.analysis.CentralityMeasure;
import io.govgraph.analysis.Results;
import io.govgraph.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A job belongs to the account that started it: no other account but an admin sees or cancels it. */
@IntegrationTest
class JobOwnerTests {

	@Autowired
	JobService jobs;

	private <T> T as(String account, String role, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(account, "pw", "ROLE_" + role));
		return work.get();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Autowired
	AnalysisService analysis;

	@Test
	void anAccountMayHaveOnlySoManyUnfinishedJobs() throws Exception {
		JobService jobs = new JobService(this.analysis, Clock.systemUTC(), new SimpleMeterRegistry(), 1, 10,
				Duration.ofHours(1), 100, 2);
		CountDownLatch release = new CountDownLatch(1);
		Supplier<Results.CentralityResult> waiting = () -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		};
		try {
			as("wang", "PLANNER", () -> jobs.submit("test", waiting));
			as("wang", "PLANNER", () -> jobs.submit("test", waiting));
			assertThatThrownBy(() -> as("wang", "PLANNER", () -> jobs.submit("test", waiting)))
				.isInstanceOf(UserInputException.class)
				.hasMessageContaining("You have 2 unfinished job(s)")
				.hasMessageContaining("govgraph.jobs.per-account");
			// the quota is per account: the shared queue still takes another account's job
			assertThat(as("li", "PLANNER", () -> jobs.submit("test", waiting)).owner()).isEqualTo("li");
		}
		finally {
			release.countDown();
			jobs.destroy();
		}
	}

	@Test
	void onlyTheOwnerAndAdminsSeeAndCancelAJob() {
		Job job = as("wang", "PLANNER", () -> this.jobs.startCentrality(CentralityMeasure.DEGREE, "yz.minglou",
				LocalDate.of(2026, 7, 1), 3, null, null));
		assertThat(job.owner()).isEqualTo("wang");
		assertThat(as("wang", "PLANNER", () -> this.jobs.job(job.id()))).isSameAs(job);
		assertThat(as("wang", "PLANNER", () -> this.jobs.jobs())).contains(job);
		// another planner: the job is not there at all, the same answers as for an unknown id
		assertThat(as("li", "PLANNER", () -> this.jobs.job(job.id()))).isNull();
		assertThat(as("li", "PLANNER", () -> this.jobs.jobs())).doesNotContain(job);
		assertThat(as("li", "PLANNER", () -> this.jobs.cancel(job.id()))).isNull();
		assertThat(as("li", "AUDITOR", () -> this.jobs.cancel(job.id()))).isNull();
		assertThat(job.status()).isNotEqualTo(Job.Status.CANCELLED);
		// an admin sees every job
		assertThat(as("root", "ADMIN", () -> this.jobs.job(job.id()))).isSameAs(job);
		assertThat(as("root", "ADMIN", () -> this.jobs.jobs())).contains(job);
	}

}
