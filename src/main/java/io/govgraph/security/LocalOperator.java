package io.govgraph.security;

import java.util.Arrays;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person at the terminal running a command ({@code import}, {@code export}, {@code audit}):
 * whoever may read the store's files may do everything, so commands run with every role, under
 * the name {@code local:<operating-system user>} in edits and the access log.
 */
public final class LocalOperator {

	private LocalOperator() {
	}

	/** Runs the command as the local operator and restores the previous security context. */
	public static <T> T call(Callable<T> command) throws Exception {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"local:" + System.getProperty("user.name", "unknown"), null,
				Arrays.stream(Role.values()).map(Role::authority).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return command.call();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
