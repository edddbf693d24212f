package io.govgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing. After {@value #ACCOUNT_FREE_FAILURES} failed sign-ins in a row for
 * an account, or {@value #ADDRESS_FREE_FAILURES} from one client address, every further attempt
 * for it is refused with 429 and a {@code Retry-After} - before any password is checked, so a
 * guesser costs no bcrypt time - for a delay that doubles with each further failure, from 1 s up
 * to {@link #MAX_DELAY}. A success clears the account's and the address's count. The delay never
 * grows beyond {@link #MAX_DELAY} and counts are forgotten after {@link #FORGET_AFTER} of quiet, so
 * no one - an admin included - can be locked out for good by someone else's guesses; the command
 * line (local operator) never signs in and is not throttled. Failures and refusals are counted in
 * the metrics named {@link #FAILURES_METRIC} and {@link #THROTTLED_METRIC}. A request with an API
 * token that does not sign in ({@link ApiTokenFilter}) counts against its address only - it is no
 * guess at any account's password - and in {@link #TOKEN_FAILURES_METRIC}; a token that does sign
 * in clears nothing, so valid tokens cannot wash an address's failed passwords away.
 */
public class LoginThrottle extends OncePerRequestFilter {

	/** The metric of failed sign-ins (wrong password or unknown account). */
	public static final String FAILURES_METRIC = "govgraph.security.login.failures";

	/** The metric of attempts refused without a password check. */
	public static final String THROTTLED_METRIC = "govgraph.security.login.throttled";

	/** The metric of bearer requests whose API token did not sign in (unknown, wrong, expired or revoked). */
	public static final String TOKEN_FAILURES_METRIC = "govgraph.security.token.failures";

	static final int ACCOUNT_FREE_FAILURES = 5;

	static final int ADDRESS_FREE_FAILURES = 20;

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	/** Consecutive failures and when the last one was, in {@link #clock} nanoseconds. */
	private record Failures(int count, long last) {

		long blockedUntil(int free) {
			if (this.count < free) {
				return Long.MIN_VALUE;
			}
			int doublings = Math.min(this.count - free, 30);
			long delay = Math.min(Duration.ofSeconds(1).toNanos() << doublings, MAX_DELAY.toNanos());
			return this.last + delay;
		}

	}

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final LongSupplier clock;

	private final Counter failures;

	private final Counter throttled;

	private final Counter tokenFailures;

	LoginThrottle(MeterRegistry meters, LongSupplier clock) {
		this.clock = clock;
		this.failures = Counter.builder(FAILURES_METRIC)
			.description("Failed sign-ins (wrong password or unknown account)")
			.register(meters);
		this.throttled = Counter.builder(THROTTLED_METRIC)
			.description("Sign-in attempts refused without a password check because of earlier failures")
			.register(meters);
		this.tokenFailures = Counter.builder(TOKEN_FAILURES_METRIC)
			.description("Bearer requests whose API token did not sign in (unknown, wrong, expired or revoked)")
			.register(meters);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		this.failures.increment();
		long now = this.clock.getAsLong();
		record(this.accounts, account(event.getAuthentication()), now);
		record(this.addresses, address(event.getAuthentication()), now);
	}

	/** A bearer request from this address whose token did not sign in. */
	void tokenFailed(String address) {
		this.tokenFailures.increment();
		record(this.addresses, address, this.clock.getAsLong());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.remove(account(event.getAuthentication()));
		String address = address(event.getAuthentication());
		if (address != null) {
			this.addresses.remove(address);
		}
	}

	private void record(Map<String, Failures> counts, String key, long now) {
		if (key == null) {
			return;
		}
		counts.compute(key, (k, f) -> f == null || now - f.last() > FORGET_AFTER.toNanos() ? new Failures(1, now)
				: new Failures(f.count() + 1, now));
		if (counts.size() > 100_000) {
			counts.values().removeIf(f -> now - f.last() > FORGET_AFTER.toNanos());
		}
	}

	private static String account(Authentication auth) {
		return auth == null || auth.getName() == null ? null : auth.getName();
	}

	private static String address(Authentication auth) {
		return auth != null && auth.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	/** How long attempts for this account from this address must wait; zero when they may go ahead. */
	Duration wait(String account, String address) {
		long now = this.clock.getAsLong();
		long until = Long.MIN_VALUE;
		Failures a = account == null ? null : this.accounts.get(account);
		if (a != null) {
			until = Math.max(until, a.blockedUntil(ACCOUNT_FREE_FAILURES));
		}
		Failures b = address == null ? null : this.addresses.get(address);
		if (b != null) {
			until = Math.max(until, b.blockedUntil(ADDRESS_FREE_FAILURES));
		}
		return until > now ? Duration.ofNanos(until - now) : Duration.ZERO;
	}

	/** Forgets every count (tests). */
	void clear() {
		this.accounts.clear();
		this.addresses.clear();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String account = attemptedAccount(request);
		if (account != null) {
			Duration wait = wait(account, request.getRemoteAddr());
			if (!wait.isZero()) {
				refuse(response, wait);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** Answers 429 with a {@code Retry-After} of the wait, counted as throttled. */
	void refuse(HttpServletResponse response, Duration wait) throws IOException {
		this.throttled.increment();
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter()
			.write("Too many failed sign-ins for this account or from this address: try again in " + seconds + " s.\n");
	}

	/** The account a request tries to sign in as: HTTP Basic, or the login form; null if neither. */
	static String attemptedAccount(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? decoded : decoded.substring(0, colon);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
			String username = request.getParameter("username");
			return username == null ? "" : username;
		}
		return null;
	}

}
