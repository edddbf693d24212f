/**
 * The domain's shared vocabulary: unit types, link types and roles of the v1 format
 * ({@link io.govgraph.model.Vocabulary}), partial dates, the data set's files and rows, how a row
 * is kept in the graph ({@link io.govgraph.model.GraphMapping}), problems located as
 * {@code file:line: column: message}, and the terminal progress line of long commands.
 * <p>
 * What import, edits, filters and (later) rosters have in common lives here, so that none of them
 * imports another for it. Depends on no other package of the application: plain Java and the
 * Neo4j driver's value types only. Definitions: docs/spec/import-format.md.
 */
package io.govgraph.model;
