package io.govgraph.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.govgraph.events.EventType;
import io.govgraph.security.Role;

/**
 * A webhook as the API shows it: where events go, which events, as whom, and how its delivery
 * stands. Its secret is never part of it.
 *
 * @param scopeId the unit whose events (its own and those beneath it) are sent; null: all
 * @param registeredTypes the types asked for at registration; null: every type its role may read
 * @param role whose view the events are sent with: names are masked unless the role sees personal data
 * @param status ACTIVE, or PARKED after the last failed attempt at one event
 * @param cursor the sequence number up to which every event in its scope and types was delivered
 * @param failingSeq the event being retried, or null
 * @param attempts the failed attempts at that event so far
 */
public record Webhook(String id, String url, String scopeId, List<EventType> registeredTypes, Role role,
		OffsetDateTime created, String createdBy, String status, long cursor, long delivered, Long failingSeq,
		int attempts, OffsetDateTime nextAttempt, String lastError, Integer lastStatusCode,
		OffsetDateTime lastDelivered, OffsetDateTime lastFailed) {

	/** Whether it is delivering (not parked). */
	public boolean active() {
		return "ACTIVE".equals(this.status);
	}

	/** The types it is sent: those asked for, or all its role may read. */
	public Set<EventType> types() {
		Set<EventType> readable = EventType.readableWith(Role.effective(Set.of(this.role)));
		return this.registeredTypes == null ? readable
				: readable.stream().filter(this.registeredTypes::contains).collect(java.util.stream.Collectors
					.toCollection(() -> java.util.EnumSet.noneOf(EventType.class)));
	}

	/** One entry of its delivery log: one event, however many attempts it took. */
	public record Delivery(long seq, String key, EventType type, String status, int attempts, Integer lastStatusCode,
			String lastError, OffsetDateTime firstAttempt, OffsetDateTime lastAttempt, OffsetDateTime nextAttempt) {
	}

}
