package io.govgraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing is slowed down per account and per address, and nobody is locked out for good. */
@IntegrationTest
class LoginThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void forget() {
		this.throttle.clear();
	}

	private HttpResponse<String> graphql(String account, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ unit(id: \\\"yz.minglou\\\") { name } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void afterFiveFailuresAnAccountWaitsBeforeAnyPasswordIsChecked() throws Exception {
		double failuresBefore = this.meters.counter(LoginThrottle.FAILURES_METRIC).count();
		for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
			assertThat(graphql(TestAccounts.PLANNER, "guess" + i).statusCode()).isEqualTo(401);
		}
		assertThat(this.meters.counter(LoginThrottle.FAILURES_METRIC).count() - failuresBefore)
			.isEqualTo(LoginThrottle.ACCOUNT_FREE_FAILURES);
		// even the right password is not checked while the account waits
		HttpResponse<String> refused = graphql(TestAccounts.PLANNER, TestAccounts.PLANNER + "-pw");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(this.meters.counter(LoginThrottle.THROTTLED_METRIC).count()).isPositive();
		// another account from the same address is not held up (the address has fewer than 20)
		assertThat(graphql(TestAccounts.AUDITOR, TestAccounts.AUDITOR + "-pw").statusCode()).isEqualTo(200);
		// the wait ends by itself, and a success clears the count
		Thread.sleep(1_100);
		assertThat(graphql(TestAccounts.PLANNER, TestAccounts.PLANNER + "-pw").statusCode()).isEqualTo(200);
		assertThat(graphql(TestAccounts.PLANNER, "wrong").statusCode()).isEqualTo(401);
		assertThat(graphql(TestAccounts.PLANNER, TestAccounts.PLANNER + "-pw").statusCode()).isEqualTo(200);
	}

	@Test
	void theWaitDoublesButNeverExceedsFifteenMinutesSoNoAdminIsLockedOutForGood() {
		AtomicLong now = new AtomicLong();
		LoginThrottle throttle = new LoginThrottle(new SimpleMeterRegistry(), now::get);
		for (int failures = 1; failures <= 40; failures++) {
			throttle.failed(new AuthenticationFailureBadCredentialsEvent(
					new UsernamePasswordAuthenticationToken("admin", "x"),
					new BadCredentialsException("bad")));
			Duration wait = throttle.wait("admin", null);
			if (failures < LoginThrottle.ACCOUNT_FREE_FAILURES) {
				assertThat(wait).isZero();
			}
			else {
				long expected = Math.min(1L << (failures - LoginThrottle.ACCOUNT_FREE_FAILURES), 15 * 60);
				assertThat(wait).isEqualTo(Duration.ofSeconds(expected));
			}
		}
		now.addAndGet(Duration.ofMinutes(15).toNanos());
		assertThat(throttle.wait("admin", null)).isZero();
		assertThat(throttle.wait("someone-else", null)).isZero();
	}

}
