/**
 * Data sets in and out: reading and checking a v1 data set (docs/spec/import-format.md) whole
 * before anything is written, importing it in journaled batches that survive a crash, recovering
 * an interrupted import at start, exporting the graph as a data set, and loading the bundled
 * sample district into an empty store.
 * <p>
 * A feature: may use model and store only; it must not depend on GraphQL or on another feature,
 * so that the command line can run it without a web server.
 */
package io.govgraph.ingest;
