/**
 * Change events: what changed in the structure (posts, links, cross-appointments, findings, rosters,
 * review candidates), kept in a durable outbox in the store. Writers record their events in the
 * transaction that makes the change ({@link io.govgraph.events.ChangeEvents}); a batched import
 * stages them and publishes them once it has switched over; a daily check
 * ({@link io.govgraph.events.DailyCheck}) adds what the passage of time changes. Each event has a
 * sequence number, in commit order, so that a reader can go on after the last one it saw.
 * <p>
 * A feature: may use model, store, web, query and security. Writers of other features call it;
 * it calls none of them.
 */
package io.govgraph.events;
