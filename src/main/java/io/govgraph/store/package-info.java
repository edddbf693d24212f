/**
 * The database underneath every feature: the embedded Neo4j (its early start, properties and
 * health) or an external server, the versioned schema scripts of {@code schema/}, every Cypher
 * statement of {@code cypher/} loaded at start ({@link io.govgraph.store.CypherQueries}), and
 * cluster-ready transactions (shared bookmarks, retries on transient errors).
 * <p>
 * Depends on no other package of the application; every feature may use it.
 */
package io.govgraph.store;
