package io.govgraph.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.scalars.ExtendedScalars;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

import io.govgraph.crossappointment.CrossAppointment;
import io.govgraph.directory.Post;
import io.govgraph.security.Caller;
import io.govgraph.security.PersonalData;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/** The GraphQL fields of graphql/audit.graphqls. */
@Controller
class AuditController {

	private final AuditService audit;

	private final CrossAppointmentAudit crossAppointments;

	private final AuditRules rules;

	private final AsOf asOf;

	AuditController(AuditService audit, CrossAppointmentAudit crossAppointments, AuditRules rules, AsOf asOf) {
		this.audit = audit;
		this.crossAppointments = crossAppointments;
		this.rules = rules;
		this.asOf = asOf;
	}

	@Bean
	static RuntimeWiringConfigurer auditScalars() {
		return wiring -> wiring.scalar(ExtendedScalars.DateTime);
	}

	/** A cross-appointment as the GraphQL type shows it. */
	record CrossAppointmentNode(String compoundId, String compoundName, String personId, String personName,
			List<String> sides, List<SidePostNode> posts) implements PersonalData {
	}

	record SidePostNode(String side, Post post) {
	}

	record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {
	}

	record Edge<T>(String cursor, T node) {
	}

	record PageInfo(boolean hasNextPage, String endCursor) {
	}

	/** An audit rule as the GraphQL type shows it: with whether it runs for the scope asked about. */
	record AuditRuleNode(String id, String title, String titleZh, Severity severity, String rationale, boolean enabled,
			List<Map<String, Object>> parameters) {

		static AuditRuleNode of(AuditService.RuleStatus status) {
			AuditRule r = status.rule();
			return new AuditRuleNode(r.id(), r.title(), r.titleZh(), r.severity(), r.rationale(), status.enabled(),
					r.parameters().entrySet().stream().map(e -> Map.<String, Object>of("name", e.getKey(), "value", e.getValue())).toList());
		}

	}

	record AuditRunNode(String scopeId, LocalDate asOf, List<String> rules, List<Finding> findings, int opened,
			int reopened, int closed) {
	}

	@QueryMapping
	Connection<CrossAppointmentNode> crossAppointments(@Argument String scopeId, @Argument LocalDate asOf,
			@Argument Integer first, @Argument String after) {
		List<CrossAppointment> all = this.crossAppointments.list(scopeId, this.asOf.orToday(asOf));
		int offset = offset(after);
		int limit = limit(first);
		List<CrossAppointment> page = all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
		Map<String, String> names = this.audit.names(page.stream()
			.flatMap(ca -> Stream.of(ca.compoundId(), ca.personId()))
			.distinct()
			.toList());
		return connection(page.stream()
			.map(ca -> new CrossAppointmentNode(ca.compoundId(), names.get(ca.compoundId()), ca.personId(),
					names.get(ca.personId()), ca.sides(),
					ca.posts()
						.stream()
						.map(p -> new SidePostNode(p.side(), new Post(ca.personId(), p.unitId(), p.role(), p.title(),
								p.since(), p.until(), p.source())))
						.toList()))
			.toList(), offset, all.size());
	}

	@QueryMapping
	List<Rollup> auditRollup(@Argument String scopeId, @Argument LocalDate asOf) {
		return this.crossAppointments.rollup(scopeId, this.asOf.orToday(asOf));
	}

	@QueryMapping
	List<AuditRuleNode> auditRules(@Argument String scopeId) {
		return this.audit.rules(scopeId).stream().map(AuditRuleNode::of).toList();
	}

	@QueryMapping
	Connection<Finding> findings(@Argument String scopeId, @Argument List<FindingStatus> status,
			@Argument String ruleId, @Argument List<Severity> severity, @Argument Integer first, @Argument String after) {
		int offset = offset(after);
		AuditService.FindingPage page = this.audit.findings(new AuditService.FindingFilter(scopeId, status, ruleId, severity),
				offset, limit(first));
		return connection(page.findings(), offset, page.total());
	}

	@QueryMapping
	Finding finding(@Argument String id) {
		return this.audit.findings(List.of(id)).get(id);
	}

	@MutationMapping
	AuditRunNode runAudit(@Argument String scopeId, @Argument LocalDate asOf) {
		AuditService.AuditRun run = this.audit.run(scopeId, this.asOf.orToday(asOf));
		Map<String, Finding> findings = this.audit.findings(run.hits().stream().map(AuditService.Hit::key).toList());
		return new AuditRunNode(run.scopeId(), run.asOf(), run.rules(),
				run.hits().stream().map(h -> findings.get(h.key())).toList(), run.opened(), run.reopened(), run.closed());
	}

	@MutationMapping
	Finding decideFinding(@Argument String id, @Argument FindingStatus decision, @Argument String reason,
			@Argument String auditor) {
		return this.audit.decide(id, decision, reason, actor(auditor));
	}

	@MutationMapping
	AuditRuleNode setAuditRuleEnabled(@Argument String scopeId, @Argument String ruleId, @Argument boolean enabled,
			@Argument String auditor) {
		return AuditRuleNode.of(this.audit.setRuleEnabled(scopeId, ruleId, enabled, actor(auditor)));
	}

	@SchemaMapping(typeName = "Finding")
	AuditRuleNode rule(Finding finding) {
		return AuditRuleNode.of(new AuditService.RuleStatus(this.rules.get(finding.ruleId()),
				this.rules.get(finding.ruleId()).enabledByDefault()));
	}

	@BatchMapping(typeName = "Finding")
	Map<Finding, List<AuditDecision>> log(List<Finding> findings) {
		Map<String, List<AuditDecision>> logs = this.audit.log(findings.stream().map(Finding::id).distinct().toList());
		return findings.stream().collect(Collectors.toMap(Function.identity(), f -> logs.get(f.id()), (a, b) -> a));
	}

	/** Who decides: the signed-in account (the old {@code auditor} argument is ignored). */
	private static String actor(String ignored) {
		return Caller.current().name();
	}

	private static <T> Connection<T> connection(List<T> page, int offset, int total) {
		List<Edge<T>> edges = new ArrayList<>();
		for (int i = 0; i < page.size(); i++) {
			edges.add(new Edge<>(cursor(offset + i), page.get(i)));
		}
		return new Connection<>(edges, new PageInfo(offset + page.size() < total,
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), total);
	}

	private static String cursor(int index) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("audit:" + index).getBytes(StandardCharsets.UTF_8));
	}

	/** The offset after a cursor (0 without one). */
	private static int offset(String after) {
		if (after == null) {
			return 0;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
			if (text.startsWith("audit:")) {
				return Integer.parseInt(text.substring("audit:".length())) + 1;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new UserInputException("after: \"" + after + "\" is not a cursor of this list");
	}

	private static int limit(Integer first) {
		int n = first == null ? AuditService.DEFAULT_PAGE : first;
		if (n < 0 || n > AuditService.MAX_PAGE) {
			throw new UserInputException("first: must be between 0 and " + AuditService.MAX_PAGE + ", not " + n);
		}
		return n;
	}

}
