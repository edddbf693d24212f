package io.govgraph.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.analysis.CentralityMeasure;
import io.govgraph.web.AsOf;

/** {@code startCentralityJob}, {@code job}, {@code jobs} and {@code cancelJob} (graphql/jobs.graphqls). */
@Controller
class JobController {

	private final JobService jobs;

	private final AsOf asOf;

	JobController(JobService jobs, AsOf asOf) {
		this.jobs = jobs;
		this.asOf = asOf;
	}

	@MutationMapping
	Job startCentralityJob(@Argument CentralityMeasure measure, @Argument String scopeId, @Argument LocalDate asOf,
			@Argument Integer top, @Argument Integer sampleSize, @Argument Integer seed) {
		return this.jobs.startCentrality(measure, scopeId, this.asOf.orToday(asOf), top, sampleSize, seed);
	}

	@QueryMapping
	Job job(@Argument String id) {
		return this.jobs.job(id);
	}

	@QueryMapping
	List<Job> jobs() {
		return this.jobs.jobs();
	}

	@MutationMapping
	Job cancelJob(@Argument String id) {
		return this.jobs.cancel(id);
	}

	@SchemaMapping(typeName = "Job")
	String submittedAt(Job job) {
		return text(job.submittedAt());
	}

	@SchemaMapping(typeName = "Job")
	String startedAt(Job job) {
		return text(job.startedAt());
	}

	@SchemaMapping(typeName = "Job")
	String finishedAt(Job job) {
		return text(job.finishedAt());
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

}
