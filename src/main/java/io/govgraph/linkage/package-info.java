/**
 * What the explorer page and other front-ends walk: neighbourhoods of some vertices on a day,
 * shortest linkage paths, the changes (posts and links begun or ended) in an interval, and the
 * scope of a unit (its subtree, partners and their people; docs/spec/analysis.md §Scope).
 * <p>
 * A feature: may use model, store, web and security. {@link io.govgraph.linkage.ScopeService} is
 * shared with the features that restrict their work to a scope (analysis, audit,
 * crossappointment, export).
 */
package io.govgraph.linkage;
