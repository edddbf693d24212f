/**
 * Plumbing every GraphQL and HTTP feature shares: the GraphQL wiring (the {@code Date} scalar,
 * "today", user errors as {@code BAD_REQUEST}), {@link io.govgraph.web.AsOf}, the limits on body
 * size, depth, aliases, complexity and time of a request and their statement time-out (a feature
 * prices its costly fields through {@link io.govgraph.web.FieldPrices}), and the
 * {@code X-Request-Id} of every request.
 * <p>
 * Depends on no other package of the application; every feature (and {@code query} and
 * {@code security}) may use it.
 */
package io.govgraph.web;
