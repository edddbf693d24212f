package io.govgraph;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import io.govgraph.security.Role;

/**
 * The accounts the integration tests sign in with (configured in {@link IntegrationTest}): planner,
 * auditor, editor and admin, each with the password {@code <name>-pw}.
 */
public final class TestAccounts {

	public static final String PLANNER = "planner";

	public static final String AUDITOR = "auditor";

	public static final String EDITOR = "editor";

	public static final String ADMIN = "admin";

	private TestAccounts() {
	}

	/** The HTTP Basic header value of the account. */
	public static String basic(String account) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((account + ":" + account + "-pw").getBytes(StandardCharsets.UTF_8));
	}

	/** A request to the test server, signed in as the account (null: anonymous). */
	public static HttpRequest.Builder request(int port, String pathAndQuery, String account) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery));
		return account == null ? request : request.header("Authorization", basic(account));
	}

	/** Calls {@code call} signed in as {@code name} with one role, then restores who was signed in. */
	public static <T> T signedIn(String name, Role role, Callable<T> call) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return call.call();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
