package io.govgraph.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a plausible one
 * (up to 64 letters, digits, {@code . _ -}), else a new UUID. The id is in the logging MDC as
 * {@code requestId} while the request runs (the log pattern and structured logs show it) and is
 * sent back in the response's {@code X-Request-Id}, so a user's report can be found in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter extends OncePerRequestFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String MDC_KEY = "requestId";

	private static final Pattern PLAUSIBLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		// A caller's id goes into every log line: only a short, harmless one is taken as it is.
		String id = given != null && PLAUSIBLE.matcher(given).matches() ? given : UUID.randomUUID().toString();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** GraphQL over HTTP may finish on another thread (async dispatch): keep the id there too. */
	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
