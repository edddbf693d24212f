/**
 * The editing mutations: create, update and end units, people, posts and links, each checked by
 * the importer's rules, answered with typed errors, and written together with its
 * {@link io.govgraph.edit.Edit} record in one transaction; {@code history} reads those records.
 * <p>
 * A feature: may use model (the field rules and vocabulary), store, web, security, and the
 * {@code directory} records it answers with.
 */
package io.govgraph.edit;
