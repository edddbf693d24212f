package io.govgraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The login form's session cookie is SameSite and HttpOnly, so no other site's page can ride on it. */
@IntegrationTest
class SessionCookieTests {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="));
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID=")).allSatisfy(c -> {
			assertThat(c).containsIgnoringCase("SameSite=Lax");
			assertThat(c).containsIgnoringCase("HttpOnly");
		});
	}

}
