package io.govgraph.store;

/**
 * A reason the application cannot start that the user can fix; reported by
 * {@link StartupProblemFailureAnalyzer} as a description and an action, without a stack trace.
 */
public class StartupProblem extends RuntimeException {

	private final String action;

	public StartupProblem(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	public StartupProblem(String description, String action) {
		this(description, action, null);
	}

	public String action() {
		return this.action;
	}

}
