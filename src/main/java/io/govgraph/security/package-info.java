/**
 * Who may do what: accounts (the out-of-the-box {@code admin} and configured ones), roles, the
 * HTTP security chain, the schema's field rules ({@code @requires}, {@code @personal}) enforced
 * before every data fetcher, the masking of names, the access log of every read of personal data
 * in full, and the local operator that terminal commands run as.
 * <p>
 * May use {@code store}, {@code web} and {@code query}; uses no feature. Features use
 * {@link io.govgraph.security.Caller}, {@link io.govgraph.security.PersonalData},
 * {@link io.govgraph.security.Masking} and {@link io.govgraph.security.AccessLog}. See
 * docs/security.md.
 */
package io.govgraph.security;
