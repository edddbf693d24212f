package io.govgraph.security;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password hash formats GovGraph accepts: bcrypt, written {@code {bcrypt}$2a$…} or as a bare
 * {@code $2a$/$2b$/$2y$} hash, and {@code {noop}} for test accounts (which {@link Accounts} refuses
 * unless {@code govgraph.security.allow-plaintext-passwords} is set). Spring's default encoder
 * would also accept {MD5}, {SHA-1}, {SHA-256}, {ldap} and other legacy formats that a leaked
 * configuration file gives away in seconds; here they are refused at start and never match.
 */
final class PasswordHashes {

	private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

	private static final Pattern PREFIX = Pattern.compile("^\\{([^}]*)}");

	private PasswordHashes() {
	}

	@SuppressWarnings("deprecation") // NoOpPasswordEncoder: only for {noop} test accounts, see above
	static PasswordEncoder encoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", bcrypt, "noop", NoOpPasswordEncoder.getInstance()));
		// a bare $2a$… hash (no {id}) is bcrypt too
		encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return encoded != null && isBcrypt(encoded) && bcrypt.matches(raw, encoded);
			}
		});
		return encoder;
	}

	/** Whether the configured password is a bcrypt hash, with or without its {bcrypt} prefix. */
	static boolean isBcrypt(String password) {
		return BCRYPT.matcher(password).matches();
	}

	/** What the configured password looks like, for a message that never repeats the password itself. */
	static String describe(String password) {
		Matcher prefix = PREFIX.matcher(password);
		return prefix.find() ? "{" + prefix.group(1) + "} is not accepted" : "not a hash";
	}

}
