package io.govgraph.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StartupProblem} into Boot's "APPLICATION FAILED TO START" report. */
class StartupProblemFailureAnalyzer extends AbstractFailureAnalyzer<StartupProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupProblem cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
