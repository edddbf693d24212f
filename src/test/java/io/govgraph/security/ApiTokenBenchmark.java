package io.govgraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an API token saves a script: the same trivial GraphQL query ({@code { me { name } }}) over
 * HTTP signed in with HTTP Basic and a real bcrypt password (cost 10, as {@code htpasswd -B}
 * makes), then with an API token of the same account, from {@value #CLIENTS} clients for
 * {@code bench.seconds} (10 s) each; and the authentication alone, in process (one bcrypt check
 * against one token check). Runs only with {@code -Pbench}; prints requests per second, µs per
 * authentication and the ratios, and writes them to target/bench/api-tokens.txt.
 */
@IntegrationTest
@Tag("bench")
class ApiTokenBenchmark {

	static final int CLIENTS = 4;

	static final String ACCOUNT = "scripter";

	static final String PASSWORD = "a-real-password-for-the-bench";

	static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 3));

	static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));

	@DynamicPropertySource
	static void bcryptAccount(DynamicPropertyRegistry registry) {
		// a list is bound from one property source: this one repeats the tests' accounts
		String[][] tests = { { "planner", "PLANNER" }, { "auditor", "AUDITOR" }, { "editor", "EDITOR" },
				{ "admin", "PLANNER,AUDITOR,EDITOR,ADMIN" } };
		for (int i = 0; i < tests.length; i++) {
			String[] account = tests[i];
			registry.add("govgraph.users[" + i + "].name", () -> account[0]);
			registry.add("govgraph.users[" + i + "].password", () -> "{noop}" + account[0] + "-pw");
			registry.add("govgraph.users[" + i + "].roles", () -> account[1]);
		}
		registry.add("govgraph.users[4].name", () -> ACCOUNT);
		registry.add("govgraph.users[4].password", () -> "{bcrypt}" + new BCryptPasswordEncoder(10).encode(PASSWORD));
		registry.add("govgraph.users[4].roles", () -> "PLANNER");
	}

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void bearerAgainstBasicWithBcrypt() throws Exception {
		String bearer = this.tokens.issue(ACCOUNT, "benchmark", 1).secret();
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((ACCOUNT + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String hash = this.accounts.loadUserByUsername(ACCOUNT).getPassword();
		assertThat(hash).startsWith("{bcrypt}$2a$10$");

		// the authentication alone
		int bcryptChecks = 40;
		long t0 = System.nanoTime();
		for (int i = 0; i < bcryptChecks; i++) {
			assertThat(this.encoder.matches(PASSWORD, hash)).isTrue();
		}
		double bcryptMicros = (System.nanoTime() - t0) / 1000.0 / bcryptChecks;
		int tokenChecks = 200_000;
		for (int i = 0; i < tokenChecks; i++) {
			assertThat(this.tokens.check(bearer).authentication()).isNotNull();
		}
		t0 = System.nanoTime();
		for (int i = 0; i < tokenChecks; i++) {
			assertThat(this.tokens.check(bearer).authentication()).isNotNull();
		}
		double tokenMicros = (System.nanoTime() - t0) / 1000.0 / tokenChecks;

		// the whole request
		rate("Basic " + ACCOUNT, basic, WARM_UP);
		double basicRate = rate("Basic", basic, MEASURE);
		rate("Bearer", "Bearer " + bearer, WARM_UP);
		double bearerRate = rate("Bearer", "Bearer " + bearer, MEASURE);

		String report = String.format(Locale.ROOT, """
				API token against HTTP Basic with bcrypt (cost 10), { me { name } }, %d clients, %d s each
				  authentication alone: bcrypt %.0f µs, token %.2f µs per check (%.0f×)
				  requests per second:  Basic %.1f, Bearer %.1f (%.1f×)
				""", CLIENTS, MEASURE.toSeconds(), bcryptMicros, tokenMicros, bcryptMicros / tokenMicros, basicRate,
				bearerRate, bearerRate / basicRate);
		System.out.println(report);
		Path out = Path.of("target/bench/api-tokens.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		assertThat(bearerRate).isGreaterThan(basicRate);
	}

	/** Requests per second of {@value #CLIENTS} clients asking in a loop for that long. */
	private double rate(String what, String authorization, Duration duration) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { name } }\"}"))
			.build();
		AtomicLong done = new AtomicLong();
		List<String> failures = Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + duration.toNanos();
		List<Thread> threads = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			Thread thread = new Thread(() -> {
				while (System.nanoTime() < end) {
					try {
						HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 200 || !response.body().contains(ACCOUNT)) {
							failures.add(what + ": " + response.statusCode() + " " + response.body());
							return;
						}
						done.incrementAndGet();
					}
					catch (Exception ex) {
						failures.add(what + ": " + ex);
						return;
					}
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		assertThat(failures).isEmpty();
		return done.get() / seconds;
	}

}
