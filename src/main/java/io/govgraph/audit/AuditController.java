package io.govgraph.audit;

import java.time.LocalDate;
import java.util.Comparator;
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
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.security.Caller;
import io.govgraph.security.PersonalData;
import io.govgraph.web.AsOf;

/** The GraphQL fields of graphql/audit.graphqls. */
@Controller
class AuditController {

	private static final Comparator<CrossAppointment> BY_COMPOUND_AND_PERSON = Comparator
		.comparing(CrossAppointment::compoundId)
		.thenComparing(CrossAppointment::personId);

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

	/** The cross-appointments of the scope by compound then person (the position of each: both ids). */
	@QueryMapping
	Connection<CrossAppointmentNode> crossAppointments(@Argument String scopeId, @Argument LocalDate asOf,
			@Argument Integer first, @Argument String after) {
		Page page = Page.of("crossAppointments", "crossAppointments", first, after, AuditService.DEFAULT_PAGE,
				AuditService.MAX_PAGE);
		List<CrossAppointment> all = this.crossAppointments.list(scopeId, this.asOf.orToday(asOf))
			.stream()
			.sorted(BY_COMPOUND_AND_PERSON)
			.toList();
		String afterCompound = page.after(0, String.class);
		String afterPerson = page.after(1, String.class);
		List<CrossAppointment> rows = all.stream()
			.filter(ca -> afterCompound == null || ca.compoundId().compareTo(afterCompound) > 0
					|| ca.compoundId().equals(afterCompound) && ca.personId().compareTo(afterPerson) > 0)
			.limit(page.limit())
			.toList();
		Map<String, String> names = this.audit.names(rows.stream()
			.flatMap(ca -> Stream.of(ca.compoundId(), ca.personId()))
			.distinct()
			.toList());
		return page.connection(rows, ca -> List.of(ca.compoundId(), ca.personId()),
				ca -> new CrossAppointmentNode(ca.compoundId(), names.get(ca.compoundId()), ca.personId(),
						names.get(ca.personId()), ca.sides(),
						ca.posts()
							.stream()
							.map(p -> new SidePostNode(p.side(), new Post(ca.personId(), p.unitId(), p.role(), p.title(),
									p.since(), p.until(), p.source())))
							.toList()),
				() -> all.size());
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
		return this.audit.findings(new AuditService.FindingFilter(scopeId, status, ruleId, severity), first, after);
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

}
