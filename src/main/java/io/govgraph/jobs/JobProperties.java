package io.govgraph.jobs;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many background jobs run and wait at once, and how long finished ones are kept (in memory).
 *
 * @param threads how many jobs run at once; each holds a projection of its scope in the heap. At
 * least 1.
 * @param queue how many jobs may wait for a worker; a job beyond them is refused. At least 1.
 * @param retention how long a finished job and its result are kept. At least 1 ms.
 * @param keep at most how many finished jobs are kept, the newest. At least 0.
 * @param perAccount at most how many unfinished (queued or running) jobs one account may have, so
 * that no account fills the shared queue. At least 1.
 */
@ConfigurationProperties("govgraph.jobs")
@Validated
record JobProperties(@DefaultValue("1") @Positive int threads, @DefaultValue("10") @Positive int queue,
		@DefaultValue("1h") @DurationMin(millis = 1) Duration retention,
		@DefaultValue("100") @PositiveOrZero int keep, @DefaultValue("3") @Positive int perAccount) {
}
