package io.govgraph.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.govgraph.IntegrationTest;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.StartupProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts from configuration, and the out-of-the-box admin: its password from
 * GOVGRAPH_ADMIN_PASSWORD, or generated, printed once at first start, and kept (as a hash) so that
 * it still works after a restart.
 */
@IntegrationTest
class AccountsTests {

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries cypher;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Accounts configured;

	private Accounts accounts(List<Accounts.ConfiguredUser> users, String adminPassword, boolean allowPlaintext) {
		return new Accounts(users, adminPassword, allowPlaintext, this.encoder, this.driver, this.cypher);
	}

	private String printed(Runnable start) {
		PrintStream out = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			start.run();
		}
		finally {
			System.setOut(out);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theGeneratedAdminPasswordIsPrintedOnceAndStillWorksAfterARestart() {
		this.driver.executableQuery("MATCH (a:__GovGraphAccount {name: 'admin'}) DELETE a").execute();
		Accounts[] first = new Accounts[1];
		String firstStart = printed(() -> first[0] = accounts(List.of(), null, false));
		Matcher m = Pattern.compile("\"admin\" \\(every role\\): (\\S+)").matcher(firstStart);
		assertThat(m.find()).as(firstStart).isTrue();
		String password = m.group(1);
		assertThat(password).hasSize(20);
		assertThat(this.encoder.matches(password, first[0].loadUserByUsername("admin").getPassword())).isTrue();
		Accounts[] second = new Accounts[1];
		String secondStart = printed(() -> second[0] = accounts(List.of(), null, false));
		assertThat(secondStart).doesNotContain(password).doesNotContain("generated a password");
		assertThat(this.encoder.matches(password, second[0].loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(second[0].get("admin").roles()).containsExactlyInAnyOrder(Role.values());
	}

	@Test
	void theAdminPasswordFromTheEnvironmentWinsAndIsNotPrinted() {
		Accounts[] accounts = new Accounts[1];
		String out = printed(() -> accounts[0] = accounts(List.of(), "from-the-environment", false));
		assertThat(out).doesNotContain("from-the-environment");
		assertThat(this.encoder.matches("from-the-environment", accounts[0].loadUserByUsername("admin").getPassword()))
			.isTrue();
		assertThat(accounts[0].get("admin").origin()).isEqualTo("GOVGRAPH_ADMIN_PASSWORD");
	}

	@Test
	void configuredAccountsTakeBcryptHashesAndRefusePlainTextOutsideTests() {
		String hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("s3cret");
		Accounts accounts = accounts(List.of(new Accounts.ConfiguredUser("wang", hash, List.of(Role.PLANNER))), "x",
				false);
		assertThat(this.encoder.matches("s3cret", accounts.loadUserByUsername("wang").getPassword())).isTrue();
		assertThat(accounts.loadUserByUsername("wang").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_PLANNER");
		assertThatThrownBy(() -> accounts(
				List.of(new Accounts.ConfiguredUser("li", "{noop}plain", List.of(Role.AUDITOR))), "x", false))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("govgraph.users[0].password of \"li\" is a plain-text {noop} password");
		assertThatThrownBy(() -> accounts(List.of(new Accounts.ConfiguredUser("zhao", hash, List.of())), "x", false))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("govgraph.users[0].roles is empty");
		assertThatThrownBy(() -> accounts(List.of(new Accounts.ConfiguredUser("a", hash, List.of(Role.ADMIN)),
				new Accounts.ConfiguredUser("a", hash, List.of(Role.ADMIN))), "x", false))
			.isInstanceOf(StartupProblem.class)
			.hasMessageContaining("govgraph.users[1].name \"a\" is configured twice");
	}

	@Test
	void theTestAccountsAreTheConfiguredOnes() {
		assertThat(this.configured.all()).extracting(Accounts.Account::name)
			.containsExactly("planner", "auditor", "editor", "admin");
		assertThat(this.configured.get("admin").origin()).isEqualTo("configuration");
	}

}
