package io.govgraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.SchemaMigrations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens over real HTTP: issued by admins only, shown once, kept only as a hash, signing in
 * with their account's roles (never more than it has now) until they expire or are revoked, with
 * no session, and counted against the client's address when wrong.
 */
@IntegrationTest
class ApiTokensTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries cypher;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SchemaMigrations migrations;

	@Autowired
	Clock clock;

	@AfterEach
	void forget() {
		this.throttle.clear();
	}

	private HttpResponse<String> graphql(String authorization, String query, Map<String, Object> variables)
			throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Authorization", authorization)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String authorization, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", authorization)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String bearer(String secret) {
		return "Bearer " + secret;
	}

	private JsonNode issue(String as, String account, String name, int days) throws Exception {
		HttpResponse<String> response = graphql(TestAccounts.basic(as),
				"mutation($a: String!, $n: String!, $d: Int!) { issueApiToken(account: $a, name: $n, expiresInDays: $d) "
						+ "{ secret apiToken { id account name roles createdBy expires active } } }",
				Map.of("a", account, "n", name, "d", days));
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private String issuedSecret(String account, String name) throws Exception {
		JsonNode issued = issue(TestAccounts.ADMIN, account, name, 30);
		assertThat(issued.has("errors")).as(issued.toString()).isFalse();
		return issued.at("/data/issueApiToken/secret").asString();
	}

	@Test
	void anIssuedTokenSignsInWithoutASessionUntilItIsRevoked() throws Exception {
		JsonNode issued = issue(TestAccounts.ADMIN, TestAccounts.PLANNER, "nightly report script", 30);
		assertThat(issued.has("errors")).as(issued.toString()).isFalse();
		String secret = issued.at("/data/issueApiToken/secret").asString();
		String id = issued.at("/data/issueApiToken/apiToken/id").asString();
		assertThat(secret).matches("ggt_" + id + "_[A-Za-z0-9]{43}");
		assertThat(issued.at("/data/issueApiToken/apiToken/createdBy").asString()).isEqualTo(TestAccounts.ADMIN);
		assertThat(issued.at("/data/issueApiToken/apiToken/active").asBoolean()).isTrue();

		HttpResponse<String> me = graphql(bearer(secret), "{ me { name roles origin } }", Map.of());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"name\":\"planner\"").contains("\"roles\":[\"PLANNER\"]").contains(id);
		assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
		// the REST endpoints take it too
		HttpResponse<String> export = get(bearer(secret), "/export/graphml?scope=yz.minglou");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(get(bearer(secret), "/audit/report?scopeId=yz.minglou&format=csv").statusCode()).isEqualTo(403);
		String auditor = issuedSecret(TestAccounts.AUDITOR, "audit front-end");
		assertThat(get(bearer(auditor), "/audit/report?scopeId=yz.minglou&format=csv").statusCode()).isEqualTo(200);

		JsonNode listed = JSON.readTree(graphql(TestAccounts.basic(TestAccounts.ADMIN),
				"{ apiTokens(account: \"planner\") { id lastUsed revoked active } }", Map.of())
			.body());
		JsonNode mine = null;
		for (JsonNode token : listed.at("/data/apiTokens")) {
			if (token.get("id").asString().equals(id)) {
				mine = token;
			}
		}
		assertThat(mine).as(listed.toString()).isNotNull();
		assertThat(mine.get("lastUsed").isNull()).isFalse();

		JsonNode revoked = JSON.readTree(graphql(TestAccounts.basic(TestAccounts.ADMIN),
				"mutation($id: ID!) { revokeApiToken(id: $id) { id revoked revokedBy active } }", Map.of("id", id))
			.body());
		assertThat(revoked.at("/data/revokeApiToken/revokedBy").asString()).as(revoked.toString())
			.isEqualTo(TestAccounts.ADMIN);
		assertThat(revoked.at("/data/revokeApiToken/active").asBoolean()).isFalse();
		HttpResponse<String> after = graphql(bearer(secret), "{ me { name } }", Map.of());
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(after.body()).contains("revoked");
		assertThat(get(bearer(secret), "/export/graphml?scope=yz.minglou").statusCode()).isEqualTo(401);
	}

	@Test
	void anExpiredTokenSignsInNobody() throws Exception {
		String secret = this.tokens.issue(TestAccounts.PLANNER, "expired", this.clock.instant().minusSeconds(1))
			.secret();
		HttpResponse<String> response = graphql(bearer(secret), "{ me { name } }", Map.of());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("expired");
	}

	@Test
	void aWrongSecretWithAValidIdIsRefusedAndCountsAgainstTheAddressNotTheAccount() throws Exception {
		String secret = issuedSecret(TestAccounts.PLANNER, "wrong secret");
		String id = secret.substring(4, 20);
		char last = secret.charAt(secret.length() - 1);
		String wrong = secret.substring(0, secret.length() - 1) + (last == 'a' ? 'b' : 'a');
		double before = this.meters.counter(LoginThrottle.TOKEN_FAILURES_METRIC).count();
		double passwordFailures = this.meters.counter(LoginThrottle.FAILURES_METRIC).count();
		HttpResponse<String> refused = graphql(bearer(wrong), "{ me { name } }", Map.of());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).doesNotContain(id).contains("wrong secret");
		assertThat(graphql(bearer("ggt_" + "0".repeat(16) + "_" + "A".repeat(43)), "{ me { name } }", Map.of())
			.statusCode()).isEqualTo(401);
		assertThat(this.meters.counter(LoginThrottle.TOKEN_FAILURES_METRIC).count() - before).isEqualTo(2);
		assertThat(this.meters.counter(LoginThrottle.FAILURES_METRIC).count()).isEqualTo(passwordFailures);
		assertThat(this.throttle.wait(TestAccounts.PLANNER, null)).isZero();
		// a good token is still taken, and does not clear the address's failures
		assertThat(graphql(bearer(secret), "{ me { name } }", Map.of()).statusCode()).isEqualTo(200);
		for (int i = 2; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
			assertThat(graphql(bearer(wrong), "{ me { name } }", Map.of()).statusCode()).isEqualTo(401);
		}
		// the address now waits, for tokens and passwords alike, before any check
		HttpResponse<String> throttled = graphql(bearer(secret), "{ me { name } }", Map.of());
		assertThat(throttled.statusCode()).isEqualTo(429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		assertThat(graphql(TestAccounts.basic(TestAccounts.AUDITOR), "{ me { name } }", Map.of()).statusCode())
			.isEqualTo(429);
	}

	@Test
	void onlyAdminsIssueListAndRevokeTokens() throws Exception {
		JsonNode byPlanner = issue(TestAccounts.PLANNER, TestAccounts.PLANNER, "mine", 30);
		assertThat(byPlanner.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
		assertThat(byPlanner.at("/data/issueApiToken").isNull()).isTrue();
		assertThat(issue(TestAccounts.AUDITOR, TestAccounts.ADMIN, "escalate", 30).at("/errors/0/extensions/classification")
			.asString()).isEqualTo("FORBIDDEN");
		String planner = issuedSecret(TestAccounts.PLANNER, "planner script");
		assertThat(graphql(bearer(planner), "{ apiTokens { id } }", Map.of()).body()).contains("FORBIDDEN");
		assertThat(graphql(bearer(planner),
				"mutation { issueApiToken(account: \"admin\", name: \"x\", expiresInDays: 1) { secret } }", Map.of())
			.body()).contains("FORBIDDEN").doesNotContain("ggt_");
		assertThat(graphql(bearer(planner), "mutation { revokeApiToken(id: \"x\") { id } }", Map.of()).body())
			.contains("FORBIDDEN");
	}

	@Test
	void aPlannersTokenCannotRunAnAuditorsField() throws Exception {
		String planner = issuedSecret(TestAccounts.PLANNER, "planner script");
		HttpResponse<String> refused = graphql(bearer(planner), "{ auditRules { id } }", Map.of());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("FORBIDDEN").contains("auditRules");
		String auditor = issuedSecret(TestAccounts.AUDITOR, "auditor script");
		assertThat(graphql(bearer(auditor), "{ auditRules { id } }", Map.of()).body()).doesNotContain("errors")
			.contains("\"id\"");
	}

	@Test
	void theSecretIsShownOnceAndTheStoreKeepsOnlyItsHash() throws Exception {
		JsonNode issued = issue(TestAccounts.ADMIN, TestAccounts.EDITOR, "hash only", 7);
		String bearer = issued.at("/data/issueApiToken/secret").asString();
		String id = issued.at("/data/issueApiToken/apiToken/id").asString();
		String secretPart = bearer.substring(21);
		String listed = graphql(TestAccounts.basic(TestAccounts.ADMIN),
				"{ apiTokens { id account name roles created createdBy expires lastUsed revoked revokedBy active } }",
				Map.of())
			.body();
		assertThat(listed).contains(id).doesNotContain(secretPart);
		// no property of any node holds the secret; the token's node holds its SHA-256
		List<String> holding = this.driver
			.executableQuery("MATCH (n) UNWIND keys(n) AS k "
					+ "WITH n, k, CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN n[k] ELSE [n[k]] END AS values "
					+ "WHERE any(v IN values WHERE toStringOrNull(v) CONTAINS $secret) "
					+ "RETURN labels(n)[0] + '.' + k AS where")
			.withParameters(Map.of("secret", secretPart))
			.execute()
			.records()
			.stream()
			.map(r -> r.get("where").asString())
			.toList();
		assertThat(holding).isEmpty();
		String hash = this.driver.executableQuery("MATCH (t:__GovGraphApiToken {id: $id}) RETURN t.hash AS hash")
			.withParameters(Map.of("id", id))
			.execute()
			.records()
			.get(0)
			.get("hash")
			.asString();
		assertThat(hash).isEqualTo(HexFormat.of().formatHex(ApiTokens.sha256(bearer)));
	}

	@Test
	void anAccountThatLosesARoleOrIsRemovedTakesItFromItsTokens() throws Exception {
		String admin = issuedSecret(TestAccounts.ADMIN, "everything");
		String auditor = issuedSecret(TestAccounts.AUDITOR, "auditor");
		// the next start: admin keeps only PLANNER and ADMIN, auditor is no longer configured
		Accounts changed = new Accounts(
				List.of(new Accounts.ConfiguredUser("admin", "{noop}admin-pw", List.of(Role.PLANNER, Role.ADMIN)),
						new Accounts.ConfiguredUser("planner", "{noop}planner-pw", List.of(Role.PLANNER))),
				null, true, this.encoder, this.driver, this.cypher);
		ApiTokens restarted = new ApiTokens(changed, this.driver, this.clock, new ApiTokenProperties(365, 20),
				this.cypher, this.migrations);
		try {
			ApiTokens.Check check = restarted.check(admin);
			assertThat(check.authentication()).as(check.refusal()).isNotNull();
			assertThat(check.authentication().roles()).isEqualTo(Set.of(Role.PLANNER, Role.ADMIN));
			assertThat(check.authentication().getAuthorities()).extracting(Object::toString)
				.containsExactlyInAnyOrder("ROLE_PLANNER", "ROLE_ADMIN");
			ApiTokens.Check gone = restarted.check(auditor);
			assertThat(gone.authentication()).isNull();
			assertThat(gone.refusal()).contains("\"auditor\" is gone");
		}
		finally {
			restarted.destroy();
		}
		// and the running application, whose accounts are unchanged, still takes both
		assertThat(this.tokens.check(auditor).authentication()).isNotNull();
		assertThat(this.tokens.check(admin).authentication().roles()).contains(Role.AUDITOR);
	}

	@Test
	void badArgumentsAreRefusedNamingTheirPlace() throws Exception {
		assertThat(issue(TestAccounts.ADMIN, TestAccounts.PLANNER, "too long", 366).at("/errors/0/message").asString())
			.contains("issueApiToken(expiresInDays): 366 is not between 1 and 365");
		assertThat(issue(TestAccounts.ADMIN, TestAccounts.PLANNER, "none", 0).at("/errors/0/message").asString())
			.contains("issueApiToken(expiresInDays)");
		assertThat(issue(TestAccounts.ADMIN, "nobody", "x", 1).at("/errors/0/message").asString())
			.contains("issueApiToken(account): there is no account \"nobody\"");
		assertThat(issue(TestAccounts.ADMIN, TestAccounts.PLANNER, " ", 1).at("/errors/0/message").asString())
			.contains("issueApiToken(name)");
		assertThat(graphql(TestAccounts.basic(TestAccounts.ADMIN), "mutation { revokeApiToken(id: \"nope\") { id } }",
				Map.of())
			.body()).contains("revokeApiToken(id): there is no API token \\\"nope\\\"");
		assertThat(graphql("Bearer not-a-token", "{ me { name } }", Map.of()).statusCode()).isEqualTo(401);
	}

}
