/**
 * The directory of the knowledge base: units, people, posts and links as the GraphQL types
 * {@code Unit}, {@code Person}, {@code Post} and {@code Link}, search, the filtered and paged lists
 * ({@code units}, {@code people}, {@code posts}) and their aggregates, read one query per GraphQL
 * level, never one per item.
 * <p>
 * A feature: may use model, store, web, query and security. Other features may use its result
 * records ({@link io.govgraph.directory.Post}, {@link io.govgraph.directory.Link}) and
 * {@link io.govgraph.directory.VertexLookup}; its repository is package-private.
 */
package io.govgraph.directory;
