package io.govgraph.store;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a transaction that failed for a transient reason (a leader switch, a member restarting, a
 * deadlock) is run again.
 *
 * @param maxRetries at most how many times an outermost transactional method is run again; 0
 * never retries. At least 0.
 * @param firstRetryDelayMs the delay, in milliseconds, before the first retry; each further one
 * waits about twice as long (jittered, at most 5 s). At least 1.
 */
@ConfigurationProperties("govgraph.transactions")
@Validated
public record TransactionProperties(@DefaultValue("5") @PositiveOrZero int maxRetries,
		@DefaultValue("100") @Positive long firstRetryDelayMs) {
}
