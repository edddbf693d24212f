package io.govgraph.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import io.govgraph.crossappointment.CrossAppointmentStats;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.security.Caller;
import io.govgraph.security.Role;
import io.govgraph.web.AsOf;

/** {@code resolutionCandidates}, {@code decideResolution}, {@code undoResolution} and {@code CrossAppointmentStats.pendingCandidates}. */
@Controller
class RosterController {

	private final ResolutionDecisions decisions;

	private final AsOf asOf;

	RosterController(ResolutionDecisions decisions, AsOf asOf) {
		this.decisions = decisions;
		this.asOf = asOf;
	}

	@QueryMapping
	Connection<ResolutionDecisions.Candidate> resolutionCandidates(@Argument String scopeId, @Argument Integer first,
			@Argument String after) {
		Page page = Page.of("resolutionCandidates", "after", first, after);
		List<ResolutionDecisions.Candidate> rows = this.decisions.open(scopeId, page.after(0, String.class), page.limit());
		return page.connection(rows, c -> List.of(c.id()), c -> c,
				() -> this.decisions.open(scopeId, null, Integer.MAX_VALUE).size());
	}

	@MutationMapping
	ResolutionDecisions.Decided decideResolution(@Argument String candidateId,
			@Argument ResolutionDecisions.Decision decision, @Argument String reason) {
		return this.decisions.decide(candidateId, decision, reason, reviewer().name());
	}

	@MutationMapping
	ResolutionDecisions.Decided undoResolution(@Argument String candidateId, @Argument String reason) {
		return this.decisions.undo(candidateId, reason, reviewer().name());
	}

	/**
	 * Under {@code crossAppointmentStats}, over its scope and day; under a {@code Rollup}, over the
	 * scope and day the rollup was asked for.
	 */
	@SchemaMapping(typeName = "CrossAppointmentStats", field = "pendingCandidates")
	int pendingCandidates(CrossAppointmentStats stats, DataFetchingEnvironment env) {
		String scopeId = null;
		LocalDate day = null;
		for (ExecutionStepInfo step = env.getExecutionStepInfo().getParent(); step != null; step = step.getParent()) {
			Map<String, Object> arguments = step.getArguments();
			if (arguments.get("scopeId") instanceof String s && scopeId == null) {
				scopeId = s;
			}
			if (arguments.get("unitId") instanceof String s && scopeId == null) {
				scopeId = s;
			}
			if (arguments.get("asOf") instanceof LocalDate d && day == null) {
				day = d;
			}
		}
		return this.decisions.pendingCompounds(scopeId, this.asOf.orToday(day));
	}

	/** Review is for auditors and editors. */
	private static Caller reviewer() {
		Caller caller = Caller.current();
		if (!caller.has(Role.AUDITOR) && !caller.has(Role.EDITOR)) {
			throw new AccessDeniedException("the review queue is for auditors and editors");
		}
		return caller;
	}

}
