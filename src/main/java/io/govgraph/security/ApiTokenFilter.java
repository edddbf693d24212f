package io.govgraph.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in requests that carry {@code Authorization: Bearer ggt_…} with an {@link ApiTokens API
 * token}, for that request only: the sign-in is kept in the request (so that GraphQL's async
 * dispatch sees it), never in a session, and no session cookie is created for it. A token that
 * does not sign in is answered 401 at once and counted against the client's address in the
 * {@link LoginThrottle} (not against any account: a wrong token guesses no one's password); while
 * the address waits, its bearer requests are answered 429 without a check, like its passwords.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	/** The requests this filter signs in: those with a bearer token (of any kind). */
	static final RequestMatcher BEARER_REQUESTS = request -> bearer(request) != null;

	private final ApiTokens tokens;

	private final LoginThrottle throttle;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();

	ApiTokenFilter(ApiTokens tokens, LoginThrottle throttle) {
		this.tokens = tokens;
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String bearer = bearer(request);
		if (bearer == null) {
			chain.doFilter(request, response);
			return;
		}
		Duration wait = this.throttle.wait(null, request.getRemoteAddr());
		if (!wait.isZero()) {
			this.throttle.refuse(response, wait);
			return;
		}
		ApiTokens.Check check = this.tokens.check(bearer);
		if (check.authentication() == null) {
			this.throttle.tokenFailed(request.getRemoteAddr());
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter().write("Not signed in: " + check.refusal() + ".\n");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(check.authentication());
		this.contexts.setContext(context);
		this.requestOnly.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	/** The bearer string of the request, or null if it has none. */
	private static String bearer(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
	}

}
