/**
 * The editing mutations: create, update and end units, people, posts and links, and (v1.1)
 * agreements, their parties, items, events and attendance, each checked by the importer's field and
 * reference rules, answered with typed errors, and written together with its
 * {@link io.govgraph.edit.Edit} record in one transaction; {@code history} reads those records.
 * <p>
 * A feature: may use model (the field and reference rules, the vocabulary), store, web, security,
 * and the {@code directory} and {@code activity} records it answers with.
 */
package io.govgraph.edit;
