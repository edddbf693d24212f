package io.govgraph.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.govgraph.events.ChangeEvents;
import io.govgraph.linkage.ScopeService;
import io.govgraph.model.ProgressLine;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * Runs the audit rules over a scope and keeps their findings: a run records what it finds (new
 * findings open, closed ones found again reopen) and closes what it no longer finds; auditors
 * confirm or dismiss findings with a reason. Every change of status is appended to the finding's
 * decision log ({@code (:AuditDecision)-[:ON]->(:Finding)}); nothing here edits or deletes an entry.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('AUDITOR')")
public class AuditService {

	/** The scope name of a run over everywhere. */
	static final String EVERYWHERE = "*";

	static final int DEFAULT_PAGE = 50;

	static final int MAX_PAGE = 1000;

	private final Neo4jClient client;

	private final ChangeEvents events;

	private final ScopeService scopes;

	private final AuditRules rules;

	private final Clock clock;

	private final String recordFindingsQuery;

	private final String closeFindingsQuery;

	private final String decideQuery;

	private final String findingsQuery;

	private final String findingsCountQuery;

	private final String findingsByKeyQuery;

	private final String decisionLogQuery;

	private final String ruleSettingsQuery;

	private final String setRuleSettingQuery;

	private final String namesQuery;

	public AuditService(Neo4jClient client, ScopeService scopes, AuditRules rules, Clock clock, CypherQueries queries,
			ChangeEvents events) {
		this.client = client;
		this.events = events;
		this.scopes = scopes;
		this.rules = rules;
		this.clock = clock;
		this.recordFindingsQuery = queries.get("audit/record_findings");
		this.closeFindingsQuery = queries.get("audit/close_findings");
		this.decideQuery = queries.get("audit/decide");
		this.findingsQuery = queries.get("audit/findings");
		this.findingsCountQuery = queries.get("audit/findings_count");
		this.findingsByKeyQuery = queries.get("audit/findings_by_key");
		this.decisionLogQuery = queries.get("audit/decision_log");
		this.ruleSettingsQuery = queries.get("audit/rule_settings");
		this.setRuleSettingQuery = queries.get("audit/set_rule_setting");
		this.namesQuery = queries.get("audit/names");
	}

	/** What one rule found about one subject on one run: its rows merged (evidence of each, messages joined). */
	public record Hit(AuditRule rule, String subject, List<String> evidence, String message) {

		public String key() {
			return Finding.key(this.rule.id(), this.subject);
		}

	}

	/** What a run did. */
	public record AuditRun(String scopeId, LocalDate asOf, List<String> rules, List<Hit> hits, int opened,
			int reopened, int closed) {
	}

	/** A rule and whether it runs for a scope. */
	public record RuleStatus(AuditRule rule, boolean enabled) {
	}

	/** Filters of {@link #findings}; a null filter matches everything. */
	public record FindingFilter(String scopeId, List<FindingStatus> statuses, String ruleId,
			List<Severity> severities) {
	}

	/** The units of a scope on a day, or null for everywhere; checks the id. */
	List<String> scopeUnitIds(String scopeId, LocalDate asOf) {
		return scopeId == null ? null
				: this.scopes.units(scopeId, asOf).stream().map(ScopeService.ScopeUnit::id).toList();
	}

	/** Every rule, with whether it runs for the scope (null: everywhere). */
	public List<RuleStatus> rules(String scopeId) {
		if (scopeId != null) {
			scopeUnitIds(scopeId, LocalDate.now(this.clock));
		}
		return ruleStatuses(scopeId);
	}

	private List<RuleStatus> ruleStatuses(String scopeId) {
		Map<String, Boolean> settings = new HashMap<>();
		Map<String, Object> params = new HashMap<>();
		params.put("scopeId", scopeId);
		this.client.query(this.ruleSettingsQuery)
			.bindAll(params)
			.fetch()
			.all()
			.forEach(r -> settings.put((String) r.get("ruleId"), (Boolean) r.get("enabled")));
		return this.rules.all()
			.stream()
			.map(r -> new RuleStatus(r, settings.getOrDefault(r.id(), r.enabledByDefault())))
			.toList();
	}

	/** Enables or disables a rule for a scope unit and everything beneath it (null: everywhere). */
	@Transactional
	public RuleStatus setRuleEnabled(String scopeId, String ruleId, boolean enabled, String actor) {
		AuditRule rule = rule(ruleId);
		if (scopeId != null) {
			scopeUnitIds(scopeId, LocalDate.now(this.clock));
		}
		this.client.query(this.setRuleSettingQuery)
			.bindAll(Map.of("scopeId", scopeId == null ? EVERYWHERE : scopeId, "ruleId", ruleId, "enabled", enabled,
					"actor", actor, "now", now()))
			.run();
		return new RuleStatus(rule, enabled);
	}

	private AuditRule rule(String ruleId) {
		AuditRule rule = this.rules.get(ruleId);
		if (rule == null) {
			throw new UserInputException("ruleId: no audit rule \"" + ruleId + "\" (rules: "
					+ String.join(", ", this.rules.all().stream().map(AuditRule::id).toList()) + ")");
		}
		return rule;
	}

	/**
	 * Runs the rules enabled for the scope on the day, without recording anything: one hit per rule
	 * and subject, most severe first, then by rule and subject.
	 */
	public List<Hit> evaluate(String scopeId, LocalDate asOf) {
		List<String> scopeUnitIds = scopeUnitIds(scopeId, asOf);
		List<Hit> hits = new ArrayList<>();
		List<RuleStatus> enabled = ruleStatuses(scopeId).stream().filter(RuleStatus::enabled).toList();
		try (ProgressLine progress = ProgressLine.start("audit " + (scopeId == null ? "everywhere" : scopeId), enabled.size(),
				"rules")) {
			for (RuleStatus status : enabled) {
				evaluate(status.rule(), asOf, scopeUnitIds, hits);
				progress.advance(1);
			}
		}
		hits.sort(Comparator.comparing((Hit h) -> h.rule().severity())
			.thenComparing(h -> h.rule().id())
			.thenComparing(Hit::subject));
		return hits;
	}

	private void evaluate(AuditRule rule, LocalDate asOf, List<String> scopeUnitIds, List<Hit> hits) {
		Map<String, List<String>> evidence = new LinkedHashMap<>();
		Map<String, List<String>> messages = new LinkedHashMap<>();
		for (Map<String, Object> row : this.client.query(rule.query())
			.bindAll(AuditRules.parameters(rule, asOf, scopeUnitIds))
			.fetch()
			.all()) {
			String subject = (String) row.get("subject");
			for (Object e : (List<?>) row.get("evidence")) {
				List<String> list = evidence.computeIfAbsent(subject, s -> new ArrayList<>());
				if (!list.contains(String.valueOf(e))) {
					list.add(String.valueOf(e));
				}
			}
			messages.computeIfAbsent(subject, s -> new ArrayList<>()).add((String) row.get("message"));
		}
		messages.forEach((subject, texts) -> hits.add(new Hit(rule, subject,
				List.copyOf(evidence.getOrDefault(subject, List.of())), String.join("\n", texts))));
	}

	/**
	 * Runs the audit of the scope on the day and records it: see {@code record_findings.cypher}
	 * and {@code close_findings.cypher} for what opens, reopens and closes.
	 */
	@Transactional
	public AuditRun run(String scopeId, LocalDate asOf) {
		List<Hit> hits = evaluate(scopeId, asOf);
		List<String> ruleIds = ruleStatuses(scopeId).stream().filter(RuleStatus::enabled).map(s -> s.rule().id()).toList();
		OffsetDateTime now = now();
		String scope = scopeId == null ? EVERYWHERE : scopeId;
		List<Map<String, Object>> rows = hits.stream()
			.map(h -> Map.<String, Object>of("key", h.key(), "ruleId", h.rule().id(), "subject", h.subject(), "severity",
					h.rule().severity().name(), "message", h.message(), "evidence", h.evidence()))
			.toList();
		Map<String, Object> recorded = this.client.query(this.recordFindingsQuery)
			.bindAll(Map.of("findings", rows, "now", now, "asOf", asOf, "scope", scope))
			.fetch()
			.one()
			.orElseThrow();
		Map<String, Object> closed = this.client.query(this.closeFindingsQuery)
			.bindAll(Map.of("ruleIds", ruleIds, "seen", hits.stream().map(Hit::key).toList(), "now", now, "asOf", asOf,
					"scope", scope))
			.fetch()
			.one()
			.orElseThrow();
		this.events.findingsChanged(this.client, now);
		return new AuditRun(scopeId, asOf, ruleIds, hits, count(recorded.get("opened")), count(recorded.get("reopened")),
				count(closed.get("closed")));
	}

	/**
	 * Findings matching the filter, most severe first, then by rule and subject: one page of
	 * {@code first} (default 50, at most 1000) after the cursor {@code after}.
	 */
	public Connection<Finding> findings(FindingFilter filter, Integer first, String after) {
		Page page = Page.of("findings", "findings", first, after, DEFAULT_PAGE, MAX_PAGE);
		if (filter.ruleId() != null) {
			rule(filter.ruleId());
		}
		Map<String, Object> params = new HashMap<>();
		params.put("scope", filter.scopeId());
		params.put("scopeUnitIds", filter.scopeId() == null ? null : scopeUnitIds(filter.scopeId(), LocalDate.now(this.clock)));
		params.put("statuses", filter.statuses() == null ? null : filter.statuses().stream().map(Enum::name).toList());
		params.put("severities", filter.severities() == null ? null : filter.severities().stream().map(Enum::name).toList());
		params.put("ruleId", filter.ruleId());
		Map<String, Object> pageParams = new HashMap<>(params);
		pageParams.put("afterRank", page.after(0, Long.class));
		pageParams.put("afterRule", page.after(1, String.class));
		pageParams.put("afterSubject", page.after(2, String.class));
		pageParams.put("limit", page.limit());
		List<Map.Entry<Long, Finding>> rows = this.client.query(this.findingsQuery)
			.bindAll(pageParams)
			.fetch()
			.all()
			.stream()
			.map(row -> Map.entry((Long) row.get("rank"), finding(row)))
			.toList();
		return page.connection(rows, r -> List.of(r.getKey(), r.getValue().ruleId(), r.getValue().subjectId()),
				Map.Entry::getValue, () -> this.client.query(this.findingsCountQuery)
					.bindAll(params)
					.fetchAs(Long.class)
					.one()
					.orElse(0L));
	}

	/** The findings with these ids, by id; unknown ids are left out. */
	public Map<String, Finding> findings(Collection<String> ids) {
		Map<String, Finding> result = new LinkedHashMap<>();
		this.client.query(this.findingsByKeyQuery)
			.bindAll(Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(row -> {
				Finding f = finding(row);
				result.put(f.id(), f);
			});
		return result;
	}

	/** The decision log of each finding, oldest entry first. */
	public Map<String, List<AuditDecision>> log(Collection<String> findingIds) {
		Map<String, List<AuditDecision>> result = new HashMap<>();
		findingIds.forEach(id -> result.put(id, new ArrayList<>()));
		for (Map<String, Object> row : this.client.query(this.decisionLogQuery)
			.bindAll(Map.of("ids", List.copyOf(findingIds)))
			.fetch()
			.all()) {
			@SuppressWarnings("unchecked")
			Map<String, Object> d = (Map<String, Object>) row.get("decision");
			String id = (String) row.get("id");
			result.get(id)
				.add(new AuditDecision(id, ((Number) d.get("seq")).longValue(), time(d.get("at")), (String) d.get("actor"),
						(String) d.get("action"), (String) d.get("reason"), status(d.get("fromStatus")),
						status(d.get("toStatus"))));
		}
		return result;
	}

	/**
	 * An auditor confirms or dismisses a finding, with a reason; appended to its log.
	 * @throws UserInputException if the finding is unknown or closed, the reason or actor blank
	 */
	@Transactional
	public Finding decide(String findingId, FindingStatus decision, String reason, String actor) {
		if (decision != FindingStatus.CONFIRMED && decision != FindingStatus.DISMISSED) {
			throw new UserInputException("decision: an auditor confirms or dismisses a finding, not " + decision);
		}
		if (reason == null || reason.isBlank()) {
			throw new UserInputException("reason: say why the finding is " + decision.name().toLowerCase());
		}
		if (actor == null || actor.isBlank()) {
			throw new UserInputException("auditor: name who decides (required until accounts exist)");
		}
		Finding finding = findings(List.of(findingId)).get(findingId);
		if (finding == null) {
			throw new UserInputException("id: no finding \"" + findingId + "\"");
		}
		if (finding.status() == FindingStatus.CLOSED) {
			throw new UserInputException("id: finding \"" + findingId + "\" is closed (no longer found); nothing to decide");
		}
		OffsetDateTime now = now();
		this.client.query(this.decideQuery)
			.bindAll(Map.of("id", findingId, "to", decision.name(), "reason", reason.strip(), "actor", actor.strip(), "now",
					now))
			.run();
		this.events.findingsChanged(this.client, now);
		return findings(List.of(findingId)).get(findingId);
	}

	/** The names of the units and people with these ids. */
	public Map<String, String> names(Collection<String> ids) {
		Map<String, String> names = new HashMap<>();
		named(ids).forEach((id, named) -> names.put(id, named.name()));
		return names;
	}

	/** A name, and whether it is a person's (personal data) or a unit's. */
	public record Named(String name, boolean person) {
	}

	/** The names of the units and people with these ids, each saying whether it is a person's. */
	public Map<String, Named> named(Collection<String> ids) {
		Map<String, Named> names = new HashMap<>();
		this.client.query(this.namesQuery)
			.bindAll(Map.of("ids", List.copyOf(ids)))
			.fetch()
			.all()
			.forEach(r -> names.put((String) r.get("id"), new Named((String) r.get("name"), (Boolean) r.get("person"))));
		return names;
	}

	private OffsetDateTime now() {
		// Milliseconds are enough for a log and survive every round trip exactly.
		return OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	@SuppressWarnings("unchecked")
	private static Finding finding(Map<String, Object> row) {
		Map<String, Object> f = (Map<String, Object>) row.get("finding");
		return new Finding((String) f.get("key"), (String) f.get("ruleId"), (String) f.get("subject"),
				(String) row.get("subjectName"), Severity.valueOf((String) f.get("severity")), (String) f.get("message"),
				((List<Object>) f.get("evidence")).stream().map(String::valueOf).toList(), status(f.get("status")),
				time(f.get("firstSeen")), time(f.get("lastSeen")), (LocalDate) f.get("firstSeenAsOf"),
				(LocalDate) f.get("lastSeenAsOf"), Boolean.TRUE.equals(row.get("personSubject")));
	}

	private static OffsetDateTime time(Object value) {
		return value instanceof ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) value;
	}

	private static FindingStatus status(Object value) {
		return value == null ? null : FindingStatus.valueOf((String) value);
	}

	private static int count(Object value) {
		return ((Number) value).intValue();
	}

}
