package io.govgraph.delivery;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How change events are delivered: how often the outbox is read for live subscribers, and how
 * webhooks are called and retried.
 *
 * @param pollInterval how often one shared reader looks for new events in the outbox, for every
 * subscription and to wake the webhooks; the delay a live subscriber sees is about half of it.
 * @param batchSize at most how many events one read of the outbox takes. At least 1.
 * @param subscriberBuffer at most how many events wait for one subscriber that reads more slowly
 * than they come; beyond it the subscription ends with an error, and the subscriber resumes with
 * its last cursor. At least 1.
 * @param webhooks how webhooks are called
 */
@ConfigurationProperties("govgraph.delivery")
@Validated
record DeliveryProperties(@DefaultValue("200ms") Duration pollInterval, @DefaultValue("500") @Positive int batchSize,
		@DefaultValue("10000") @Positive int subscriberBuffer, @DefaultValue @Valid Webhooks webhooks) {

	/**
	 * How webhooks are called.
	 *
	 * @param connectTimeout how long to wait for a receiver to accept a connection.
	 * @param readTimeout how long to wait for a receiver's answer once the event is sent; a
	 * receiver slower than this has failed the attempt.
	 * @param initialBackoff the wait after the first failed attempt; each further failure doubles
	 * it, up to max-backoff.
	 * @param maxBackoff the longest wait between two attempts.
	 * @param maxAttempts after how many failed attempts at one event the webhook is parked (it
	 * delivers nothing more until an admin resumes it, and loses nothing). With the defaults (10s
	 * doubling, 14 attempts) the last attempt comes about 22.75 hours after the first. At least 1.
	 * @param idleCheck how often an idle webhook reads the outbox even when not woken (the shared
	 * reader wakes it when events come), and how often the set of webhooks is re-read.
	 * @param logSize how many deliveries each webhook's delivery log keeps (the newest). At least 1.
	 */
	record Webhooks(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
			@DefaultValue("10s") Duration initialBackoff, @DefaultValue("6h") Duration maxBackoff,
			@DefaultValue("14") @Positive int maxAttempts, @DefaultValue("5s") Duration idleCheck,
			@DefaultValue("200") @Positive int logSize) {

		/** The wait after the {@code failures}-th failed attempt at one event. */
		Duration backoff(int failures) {
			Duration wait = this.initialBackoff;
			for (int i = 1; i < failures && wait.compareTo(this.maxBackoff) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(this.maxBackoff) > 0 ? this.maxBackoff : wait;
		}

	}

}
