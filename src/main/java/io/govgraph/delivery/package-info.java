/**
 * Delivery of the outbox's change events to those who asked for them: webhooks registered by
 * admins (signed, retried with back-off, then parked; each with its own cursor in the store) and
 * the {@code changeEvents} GraphQL subscription (replay after a cursor, then live), both masked
 * for the role they act as.
 * <p>
 * Uses {@code events} (the outbox), {@code security}, {@code store}, {@code query} and
 * {@code web}. See docs/delivery.md.
 */
package io.govgraph.delivery;
