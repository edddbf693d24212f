/**
 * What makes a link real (v1.1 of the data set), read side: agreements, their parties and list
 * items, events and who took part, as the GraphQL types {@code Agreement}, {@code Item},
 * {@code Event} and {@code Attendance}, the connections {@code agreements}, {@code items} and
 * {@code events}, the v1.1 fields of {@code Unit}, {@code Person} and {@code Post}, and the
 * activity aggregates; read one statement per GraphQL level, never one per item.
 * <p>
 * A feature: may use model, store, web, query, security and the public records of directory
 * (attendees are directory {@code Person}s, masked as everywhere). Its repository is package-private.
 */
package io.govgraph.activity;
