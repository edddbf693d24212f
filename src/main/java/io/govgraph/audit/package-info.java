/**
 * The cross-appointment audit of the organization department: the rules of
 * {@code cypher/audit/rules/} (one file each, checked at start), findings kept across runs with
 * their append-only decision log, the cross-appointment lists and roll-ups, and the CSV/HTML
 * report served over HTTP and written by the {@code audit} command.
 * <p>
 * A feature: may use model, store, web and security, the records of {@code crossappointment}, the
 * scope of {@code linkage}, {@link io.govgraph.directory.Post}, and
 * {@link io.govgraph.ingest.SampleData} (to check its rules once the sample is loaded).
 */
package io.govgraph.audit;
