package io.govgraph.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.govgraph.store.StartupProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only bcrypt hashes (and {noop} in tests) sign anyone in; legacy formats are refused at start. */
class PasswordHashesTests {

	private final PasswordEncoder encoder = PasswordHashes.encoder();

	@ParameterizedTest
	@ValueSource(strings = { "{MD5}{salt}9e107d9d372bb6826bd81d3542a419d6", "{SHA-256}{salt}abcdef",
			"{sha256}97cde38028ad898ebc02e690819fa220e88c62e0699403e94fff291cfffaf8410849f27605abcbc0",
			"{ldap}{SSHA}FRjc7QKq3NZO/zsbnYYz2yOjZ1XR4Yg6", "{pbkdf2}5d923b44a6d129f3ddf3e3c8d29412723dcbde72445e8ef6bf3b508fbf17fa4ed4d6b99ca763d8dc",
			"5f4dcc3b5aa765d61d8327deb882cf99" })
	void legacyHashesNeverMatchAndAreRefusedAtStart(String hash) {
		assertThat(this.encoder.matches("password", hash)).isFalse();
		assertThatThrownBy(() -> new Accounts(List.of(new Accounts.ConfiguredUser("li", hash, List.of(Role.PLANNER))),
				"admin-pw", false, this.encoder, null, null))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("govgraph.users[0].password of \"li\" is not a bcrypt hash")
			.hasMessageNotContaining(hash);
	}

	@Test
	void bcryptHashesMatchWithOrWithoutTheirPrefix() {
		String bare = new BCryptPasswordEncoder().encode("s3cret");
		assertThat(this.encoder.matches("s3cret", bare)).isTrue();
		assertThat(this.encoder.matches("s3cret", "{bcrypt}" + bare)).isTrue();
		assertThat(this.encoder.matches("wrong", bare)).isFalse();
		assertThat(this.encoder.encode("s3cret")).startsWith("{bcrypt}$2a$");
		assertThat(PasswordHashes.isBcrypt(bare)).isTrue();
		assertThat(PasswordHashes.isBcrypt("{bcrypt}" + bare)).isTrue();
		assertThat(PasswordHashes.isBcrypt("{MD5}" + bare)).isFalse();
	}

}
