/**
 * Rosters as districts keep them (名单/花名册, docs/rosters.md, shared spec rosters.md): reads
 * .xlsx workbooks and .csv files with their title rows, Chinese headers and local wording into
 * {@link io.govgraph.roster.Mention}s, decides who is who ({@link io.govgraph.roster.Resolver}),
 * and writes them as dated snapshots of each unit's posts, with candidates for review.
 * <p>
 * A feature: may use model, store, web and security.
 */
package io.govgraph.roster;
