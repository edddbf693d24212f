/**
 * GovGraph: a graph knowledge base of the organizational linkages of party-building-led urban
 * grassroots governance, on Neo4j, answered over GraphQL.
 * <p>
 * The packages are layered; a package uses only those below it (docs/architecture.md draws it):
 * <ol>
 * <li>{@code model} (the v1 vocabulary, dates and rows) and {@code store} (Neo4j, schema scripts,
 * Cypher files, transactions) depend on no other package of the application;</li>
 * <li>{@code web} (GraphQL wiring, limits, time-outs, request ids, user errors) and {@code query}
 * (filters, pages, cursors) are shared plumbing, used by every feature and using no feature;</li>
 * <li>{@code security} (accounts, roles, field rules, masking, the access log) sits on the plumbing
 * and is used by the features;</li>
 * <li>the features ({@code directory}, {@code linkage}, {@code crossappointment}, {@code analysis},
 * {@code audit}, {@code edit}, {@code export}, {@code ingest}, {@code jobs}) may use model, store,
 * web, query and security, and another feature only through its public types, as each
 * package's own description states;</li>
 * <li>{@code cli} sits on top: every command, using the features it drives.</li>
 * </ol>
 * No package cycles.
 */
package io.govgraph;
