package io.govgraph.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.govgraph.store.CypherQueries;
import io.govgraph.store.StartupProblem;

/**
 * The accounts that may sign in: those configured as {@code govgraph.users[n].name/.password/
 * .roles}, and the out-of-the-box {@code admin} with every role unless one is configured. The
 * admin's password comes from {@code GOVGRAPH_ADMIN_PASSWORD}; when that is unset, one is
 * generated at first start, printed once, and only its bcrypt hash is kept in the database.
 */
public class Accounts implements UserDetailsService {

	/** The out-of-the-box account's name (docs/spec/interfaces.md §Accounts). */
	public static final String ADMIN = "admin";

	private static final Log log = LogFactory.getLog(Accounts.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final Map<String, Account> accounts;

	private final PasswordEncoder encoder;

	/** An account as the application knows it: never its password. */
	public record Account(String name, Set<Role> roles, String origin) {
	}

	private record Entry(Account account, String passwordHash) {
	}

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	Accounts(List<ConfiguredUser> configured, String adminPassword, boolean allowPlaintext, PasswordEncoder encoder,
			Driver driver, CypherQueries cypher) {
		this.encoder = encoder;
		for (int i = 0; i < configured.size(); i++) {
			ConfiguredUser u = configured.get(i);
			String where = "govgraph.users[" + i + "]";
			if (u.name() == null || u.name().isBlank()) {
				throw problem(where + ".name is empty");
			}
			if (this.entries.containsKey(u.name())) {
				throw problem(where + ".name \"" + u.name() + "\" is configured twice");
			}
			if (u.password() == null || u.password().isBlank()) {
				throw problem(where + ".password is empty (for account \"" + u.name() + "\")");
			}
			if (u.password().startsWith("{noop}") && !allowPlaintext) {
				throw problem(where + ".password of \"" + u.name()
						+ "\" is a plain-text {noop} password, which is accepted only in tests");
			}
			if (!u.password().startsWith("{noop}") && !PasswordHashes.isBcrypt(u.password())) {
				throw problem(where + ".password of \"" + u.name() + "\" is not a bcrypt hash ("
						+ PasswordHashes.describe(u.password()) + "); give {bcrypt}$2a$… or a bare $2a$… hash");
			}
			if (u.roles() == null || u.roles().isEmpty()) {
				throw problem(where + ".roles is empty (for account \"" + u.name() + "\"); give one or more of "
						+ List.of(Role.values()));
			}
			this.entries.put(u.name(), new Entry(new Account(u.name(), EnumSet.copyOf(u.roles()), "configuration"),
					u.password()));
		}
		if (!this.entries.containsKey(ADMIN)) {
			this.entries.put(ADMIN, admin(adminPassword, driver, cypher));
		}
		Map<String, Account> view = new LinkedHashMap<>();
		this.entries.forEach((name, e) -> view.put(name, e.account()));
		this.accounts = Collections.unmodifiableMap(view);
	}

	private Entry admin(String adminPassword, Driver driver, CypherQueries cypher) {
		Set<Role> all = EnumSet.allOf(Role.class);
		if (adminPassword != null && !adminPassword.isBlank()) {
			return new Entry(new Account(ADMIN, all, "GOVGRAPH_ADMIN_PASSWORD"), this.encoder.encode(adminPassword));
		}
		List<String> stored = driver.executableQuery(cypher.get("security/stored_password_hash"))
			.withParameters(Map.of("name", ADMIN))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute(Collectors.mapping(r -> r.get("passwordHash").asString(), Collectors.toList()));
		if (!stored.isEmpty()) {
			return new Entry(new Account(ADMIN, all, "generated at first start"), stored.get(0));
		}
		String password = generate();
		String kept = driver.executableQuery(cypher.get("security/store_password_hash"))
			.withParameters(Map.of("name", ADMIN, "passwordHash", this.encoder.encode(password)))
			.execute(Collectors.mapping(r -> r.get("passwordHash").asString(), Collectors.toList()))
			.get(0);
		// Printed, not logged: it is shown once, to whoever started the application, and never again.
		System.out.println();
		System.out.println("  GovGraph: generated a password for the account \"admin\" (every role): " + password);
		System.out.println("  It is shown only this once. Set GOVGRAPH_ADMIN_PASSWORD to choose your own.");
		System.out.println();
		log.info("Generated the admin account's password (printed on the console once)");
		return new Entry(new Account(ADMIN, all, "generated at first start"), kept);
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return s.toString();
	}

	private static StartupProblem problem(String what) {
		return new StartupProblem("Account configuration: " + what + ".",
				"Fix govgraph.users in the configuration: each account needs a name, a password (a bcrypt hash, "
						+ "e.g. from `htpasswd -bnBC 10 \"\" secret`) and one or more roles.");
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Entry e = this.entries.get(username);
		if (e == null) {
			throw new UsernameNotFoundException("no account " + username);
		}
		return User.withUsername(username)
			.password(e.passwordHash())
			.authorities(e.account().roles().stream().map(Role::authority).toList())
			.build();
	}

	/** Every account, by name. */
	public List<Account> all() {
		return new ArrayList<>(this.accounts.values());
	}

	/** The account of this name, or null. */
	public Account get(String name) {
		return this.accounts.get(name);
	}

	/** An account as configured under {@code govgraph.users[n]}. */
	public record ConfiguredUser(String name, String password, List<Role> roles) {
	}

}
