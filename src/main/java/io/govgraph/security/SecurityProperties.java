package io.govgraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which password forms the configured accounts may use.
 *
 * @param allowPlaintextPasswords whether {noop}plain passwords are accepted in
 * govgraph.users[n].password (the tests set it); otherwise only bcrypt hashes are.
 */
@ConfigurationProperties("govgraph.security")
record SecurityProperties(@DefaultValue("false") boolean allowPlaintextPasswords) {
}
