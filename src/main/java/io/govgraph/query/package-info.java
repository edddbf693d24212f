/**
 * Cypher-building plumbing for paged lists: the {@code where} filters compiled to one
 * parameterised Cypher-DSL condition ({@link io.govgraph.query.FilterCompiler}), the page and count
 * statements of a connection ({@link io.govgraph.query.PageQuery}), kept for a listing asked again
 * ({@link io.govgraph.query.ListingCache}, the package's one bean), and their opaque keyset cursors.
 * <p>
 * May use {@code model} (the vocabulary a filter is checked against) and {@code web} (user
 * errors); uses no feature. Features that page through lists use it.
 */
package io.govgraph.query;
