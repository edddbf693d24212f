package io.govgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.store.CypherQueries;
import io.govgraph.store.SchemaMigrations;
import io.govgraph.web.UserInputException;

/**
 * API tokens for scripts and front-ends, issued by admins: each bound to an account, named,
 * expiring, revocable, and shown only once, as {@code ggt_<id>_<secret>}. The store keeps only the
 * SHA-256 of that string: the secret is 256 random bits, so no one can guess it or reverse its hash,
 * and a slow password hash (bcrypt), which exists to protect guessable human passwords, would buy
 * nothing but the cost of a bcrypt check on every request. Bearer requests are checked against an
 * in-memory table (found by id, hash compared in constant time); an issue or a revocation changes
 * that table before it answers. A token grants the roles its account had when it was issued and
 * still has now: an account that loses a role, or is removed, takes it from its tokens too.
 */
@Service
public class ApiTokens implements DisposableBean {

	/** How every bearer string of a GovGraph API token starts. */
	public static final String PREFIX = "ggt_";

	/** How often, at most, a token's last use is written to the store (it is exact in memory). */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	static final int MAX_NAME = 200;

	private static final Pattern BEARER = Pattern.compile("ggt_([a-z0-9]{16})_([A-Za-z0-9]{43})");

	private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final Log log = LogFactory.getLog(ApiTokens.class);

	private final Accounts accounts;

	private final Driver driver;

	private final Clock clock;

	private final ApiTokenProperties properties;

	private final Map<String, String> cypher;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Held> held = new ConcurrentHashMap<>();

	/** Writes last-use times in the background, so that no bearer request waits for the store. */
	private final ExecutorService lastUsedWriter = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "api-token-last-used");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * A token as the application shows it: never its secret nor its hash.
	 *
	 * @param roles the roles it grants now (those it was issued with that its account still has)
	 * @param active whether it signs in now: not revoked, not expired, and its account has one of
	 * its roles
	 */
	public record ApiToken(String id, String account, String name, Set<Role> roles, ZonedDateTime created,
			String createdBy, ZonedDateTime expires, ZonedDateTime lastUsed, ZonedDateTime revoked, String revokedBy,
			boolean active) {
	}

	/** A token just issued, with its bearer string, which is shown this once and never again. */
	public record Issued(ApiToken apiToken, String secret) {
	}

	/** The outcome of checking a bearer string: who it signs in, or why it does not. */
	record Check(ApiTokenAuthentication authentication, String refusal) {
	}

	/** What the table holds of a token; its last use is shared by the versions before and after a revocation. */
	private record Held(String id, String account, String name, Set<Role> issuedWith, Instant created,
			String createdBy, Instant expires, Instant revoked, String revokedBy, byte[] hash, AtomicLong lastUsed,
			AtomicLong lastStored) {
	}

	ApiTokens(Accounts accounts, Driver driver, Clock clock, ApiTokenProperties properties, CypherQueries cypher,
			SchemaMigrations schemaFirst) {
		this.accounts = accounts;
		this.driver = driver;
		this.clock = clock;
		this.properties = properties;
		this.cypher = Map.of("create", cypher.get("security/create_api_token"), "all",
				cypher.get("security/api_tokens"), "revoke", cypher.get("security/revoke_api_token"), "used",
				cypher.get("security/api_token_used"));
		this.driver.executableQuery(this.cypher.get("all"))
			.withConfig(QueryConfig.builder().withRouting(RoutingControl.READ).build())
			.execute(Collectors.mapping(r -> held(r.get("t"), null), Collectors.toList()))
			.forEach(h -> this.held.put(h.id(), h));
	}

	/**
	 * Checks a bearer string (what follows {@code Authorization: Bearer }). The hash is computed
	 * and compared whatever the id, so that an unknown id and a wrong secret take the same time.
	 */
	Check check(String bearer) {
		Matcher m = BEARER.matcher(bearer);
		if (!m.matches()) {
			return new Check(null, "not a GovGraph API token (ggt_<id>_<secret>)");
		}
		byte[] hash = sha256(bearer);
		Held token = this.held.get(m.group(1));
		if (token == null || !MessageDigest.isEqual(token.hash(), hash)) {
			return new Check(null, "unknown API token, or a wrong secret");
		}
		if (token.revoked() != null) {
			return new Check(null, "API token " + token.id() + " was revoked");
		}
		long now = this.clock.millis();
		if (now >= token.expires().toEpochMilli()) {
			return new Check(null, "API token " + token.id() + " expired at " + token.expires());
		}
		Set<Role> roles = granted(token);
		if (roles.isEmpty()) {
			return new Check(null, "API token " + token.id() + " grants nothing now: its account \"" + token.account()
					+ "\" is gone or no longer has the roles " + token.issuedWith());
		}
		used(token, now);
		return new Check(new ApiTokenAuthentication(token.account(), token.id(), roles), null);
	}

	/** The roles the token was issued with that its account still has (none if the account is gone). */
	private Set<Role> granted(Held token) {
		Accounts.Account account = this.accounts.get(token.account());
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (account != null) {
			roles.addAll(token.issuedWith());
			roles.retainAll(account.roles());
		}
		return roles;
	}

	private void used(Held token, long now) {
		token.lastUsed().accumulateAndGet(now, Math::max);
		long stored = token.lastStored().get();
		if (now - stored >= LAST_USED_PRECISION.toMillis() && token.lastStored().compareAndSet(stored, now)) {
			try {
				this.lastUsedWriter.execute(() -> storeLastUsed(token.id(), now));
			}
			catch (RejectedExecutionException ex) {
				// shutting down: destroy() writes what is left
				token.lastStored().set(stored);
			}
		}
	}

	private void storeLastUsed(String id, long millis) {
		try {
			this.driver.executableQuery(this.cypher.get("used"))
				.withParameters(Map.of("id", id, "lastUsed", zoned(Instant.ofEpochMilli(millis))))
				.execute();
		}
		catch (RuntimeException ex) {
			log.warn("Could not record the last use of API token " + id + ": " + ex.getMessage());
		}
	}

	/** Issues a token for the account, valid for that many days, and returns it with its secret (once). */
	@PreAuthorize("hasRole('ADMIN')")
	public Issued issue(String account, String name, int expiresInDays) {
		if (expiresInDays < 1 || expiresInDays > this.properties.maxDays()) {
			throw new UserInputException("issueApiToken(expiresInDays): " + expiresInDays + " is not between 1 and "
					+ this.properties.maxDays() + " (the longest a token may live, govgraph.security.api-tokens.max-days)");
		}
		return issue(account, name, this.clock.instant().plus(Duration.ofDays(expiresInDays)));
	}

	/** Issues a token that expires at that instant (the checks of the public method aside). */
	synchronized Issued issue(String account, String name, Instant expires) {
		Accounts.Account known = this.accounts.get(account);
		if (known == null) {
			throw new UserInputException("issueApiToken(account): there is no account \"" + account + "\"; give one of "
					+ this.accounts.all().stream().map(Accounts.Account::name).toList());
		}
		checkName(name);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		long active = this.held.values()
			.stream()
			.filter(t -> t.account().equals(account) && t.revoked() == null && t.expires().isAfter(now))
			.count();
		if (active >= this.properties.maxPerAccount()) {
			throw new UserInputException("issueApiToken(account): account \"" + account + "\" already has " + active
					+ " active API tokens, the most allowed (govgraph.security.api-tokens.max-per-account); revoke one first");
		}
		String id = random(ID_ALPHABET, 16);
		String bearer = PREFIX + id + "_" + random(SECRET_ALPHABET, 43);
		Set<Role> roles = EnumSet.copyOf(known.roles());
		String createdBy = Caller.current().name();
		Map<String, Object> params = Map.of("id", id, "account", account, "name", name, "roles",
				roles.stream().map(Role::name).toList(), "hash", HexFormat.of().formatHex(sha256(bearer)), "created",
				zoned(now), "createdBy", createdBy == null ? "(none)" : createdBy, "expires",
				zoned(expires.truncatedTo(ChronoUnit.MILLIS)));
		Held token = this.driver.executableQuery(this.cypher.get("create"))
			.withParameters(params)
			.execute(Collectors.mapping(r -> held(r.get("t"), null), Collectors.toList()))
			.get(0);
		this.held.put(id, token);
		log.info("Issued API token " + id + " for account \"" + account + "\" (by \"" + token.createdBy()
				+ "\"), expiring " + token.expires());
		return new Issued(view(token), bearer);
	}

	private static void checkName(String name) {
		if (name == null || name.isBlank()) {
			throw new UserInputException("issueApiToken(name): give the token a name that says what it is for");
		}
		if (name.length() > MAX_NAME) {
			throw new UserInputException(
					"issueApiToken(name): the name is " + name.length() + " characters long; at most " + MAX_NAME);
		}
		for (int i = 0; i < name.length(); i++) {
			if (Character.isISOControl(name.charAt(i))) {
				throw new UserInputException("issueApiToken(name): the name contains a control character (U+"
						+ String.format("%04X", (int) name.charAt(i)) + ") at position " + (i + 1));
			}
		}
	}

	/** The tokens of the account (null: of every account), newest first, revoked and expired ones included. */
	@PreAuthorize("hasRole('ADMIN')")
	public List<ApiToken> list(String account) {
		List<Held> tokens = new ArrayList<>(this.held.values());
		tokens.removeIf(t -> account != null && !t.account().equals(account));
		tokens.sort(Comparator.comparing(Held::created).reversed().thenComparing(Held::id));
		return tokens.stream().map(this::view).toList();
	}

	/**
	 * Revokes the token: from the moment this answers, it signs in nobody. Revoking a revoked
	 * token changes nothing.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public synchronized ApiToken revoke(String id) {
		Held token = this.held.get(id);
		if (token == null) {
			throw new UserInputException("revokeApiToken(id): there is no API token \"" + id + "\"");
		}
		if (token.revoked() != null) {
			return view(token);
		}
		String by = Caller.current().name();
		Held revoked = this.driver.executableQuery(this.cypher.get("revoke"))
			.withParameters(Map.of("id", id, "revoked", zoned(this.clock.instant().truncatedTo(ChronoUnit.MILLIS)),
					"revokedBy", by == null ? "(none)" : by))
			.execute(Collectors.mapping(r -> held(r.get("t"), token), Collectors.toList()))
			.get(0);
		this.held.put(id, revoked);
		log.info("Revoked API token " + id + " of account \"" + token.account() + "\" (by \"" + revoked.revokedBy()
				+ "\")");
		return view(revoked);
	}

	private ApiToken view(Held t) {
		Set<Role> roles = granted(t);
		long lastUsed = t.lastUsed().get();
		boolean active = t.revoked() == null && t.expires().isAfter(this.clock.instant()) && !roles.isEmpty();
		return new ApiToken(t.id(), t.account(), t.name(), roles, zoned(t.created()), t.createdBy(), zoned(t.expires()),
				lastUsed == 0 ? null : zoned(Instant.ofEpochMilli(lastUsed)), t.revoked() == null ? null : zoned(t.revoked()),
				t.revokedBy(), active);
	}

	/** A token read from the store; {@code before} is its version in the table, whose last use it keeps. */
	private static Held held(Value t, Held before) {
		long lastUsed = t.get("lastUsed").isNull() ? 0 : t.get("lastUsed").asZonedDateTime().toInstant().toEpochMilli();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		t.get("roles").asList(Value::asString).forEach(r -> roles.add(Role.valueOf(r)));
		return new Held(t.get("id").asString(), t.get("account").asString(), t.get("name").asString(), roles,
				t.get("created").asZonedDateTime().toInstant(), t.get("createdBy").asString(),
				t.get("expires").asZonedDateTime().toInstant(),
				t.get("revoked").isNull() ? null : t.get("revoked").asZonedDateTime().toInstant(),
				t.get("revokedBy").isNull() ? null : t.get("revokedBy").asString(),
				HexFormat.of().parseHex(t.get("hash").asString()),
				before != null ? before.lastUsed() : new AtomicLong(lastUsed),
				before != null ? before.lastStored() : new AtomicLong(lastUsed));
	}

	private ZonedDateTime zoned(Instant instant) {
		return instant.atZone(this.clock.getZone());
	}

	private String random(String alphabet, int length) {
		StringBuilder s = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			s.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return s.toString();
	}

	static byte[] sha256(String bearer) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bearer.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	/** Writes the last uses not yet in the store, so that a restart loses none. */
	@Override
	public void destroy() throws InterruptedException {
		this.lastUsedWriter.shutdown();
		this.lastUsedWriter.awaitTermination(5, TimeUnit.SECONDS);
		for (Held token : this.held.values()) {
			long lastUsed = token.lastUsed().get();
			if (lastUsed > token.lastStored().get()) {
				storeLastUsed(token.id(), lastUsed);
			}
		}
	}

}
