package io.govgraph.roster;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the roster importer finds what an installation keeps outside the database.
 *
 * @param keyFile the secret key of the ID-card hashes (HMAC-SHA256), made with 32 random bytes
 * and owner-only permissions on first use. Keep it outside the store and back it up apart: a copy
 * of the store alone cannot be searched for a known ID number, and losing the key unlinks the
 * stored hashes from new imports.
 * @param rolesFile a UTF-8 properties file of title=ROLE lines that extends the roles
 * vocabulary with local titles; none when empty.
 * @param maxFileBytes the largest roster file read, in bytes; a larger one is refused with a
 * message asking to split it per body. At least 1.
 */
@ConfigurationProperties("govgraph.rosters")
@Validated
public record RosterProperties(@DefaultValue("./var/keys/id-card.key") @NotNull Path keyFile, Path rolesFile,
		@DefaultValue("20971520") @Positive long maxFileBytes) {
}
