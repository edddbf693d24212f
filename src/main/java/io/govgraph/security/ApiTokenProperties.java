package io.govgraph.security;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on the API tokens that admins issue for scripts and front-ends.
 *
 * @param maxDays the longest lifetime an API token may be issued with, in days
 * (issueApiToken(expiresInDays) above it is refused). At least 1.
 * @param maxPerAccount at most how many unrevoked, unexpired API tokens one account may have.
 * At least 1.
 */
@ConfigurationProperties("govgraph.security.api-tokens")
@Validated
record ApiTokenProperties(@DefaultValue("365") @Positive int maxDays, @DefaultValue("20") @Positive int maxPerAccount) {
}
