/**
 * Long analyses as background jobs: a small bounded executor, jobs polled through GraphQL
 * ({@code startCentralityJob}, {@code job}, {@code jobs}, {@code cancelJob}), kept in memory for a
 * while after they finish.
 * <p>
 * A feature: may use web and the public services and records of {@code analysis}, whose work it
 * runs.
 */
package io.govgraph.jobs;
