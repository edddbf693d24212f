/**
 * The timeline of a unit or a scope: its events and the first and last days of its posts and
 * links in date order, as the paged {@code timeline} query.
 * <p>
 * A feature: may use model, store, web, query, security and the public records of directory and
 * activity (a post's person is a directory {@code Person}, masked as everywhere). Its repository is
 * package-private.
 */
package io.govgraph.timeline;
