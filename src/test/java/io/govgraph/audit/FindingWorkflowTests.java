package io.govgraph.audit;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.web.UserInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Findings across runs (datasets/audit-workflow, ids under {@code aw.}): opening, an auditor's
 * decisions, closing when the data change, reopening; and a decision log that only grows.
 */
@IntegrationTest
class FindingWorkflowTests {

	static final String NO_PARTY = "owners_committee_without_party_member";

	@Autowired
	AuditService audit;

	@Autowired
	DataSetImporter store;

	@Autowired
	GraphQlTester graphQl;

	@LocalServerPort
	int port;

	@BeforeEach
	void importWorkflowDistrict() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/audit-workflow"), false);
	}

	private Finding finding(String id) {
		return this.audit.findings(List.of(id)).get(id);
	}

	private List<String> actions(String id) {
		return this.audit.log(List.of(id)).get(id).stream().map(d -> d.action() + " by " + d.actor()).toList();
	}

	@Test
	void aFindingOpensIsDecidedClosesWhenTheDataChangeAndReopensWhenItComesBack() {
		String id = NO_PARTY + "/aw.c.k1.oc";
		AuditService.AuditRun first = this.audit.run("aw.c.k1", LocalDate.parse("2025-06-01"));
		assertThat(first.hits()).extracting(AuditService.Hit::key).contains(id);
		assertThat(finding(id).status()).isEqualTo(FindingStatus.OPEN);
		assertThat(finding(id).firstSeenAsOf()).isEqualTo("2025-06-01");
		assertThat(actions(id)).containsExactly("OPENED by system");

		this.audit.decide(id, FindingStatus.DISMISSED, "换届选举在即，新一届将有党员委员", "张审计");
		// found again: a dismissed finding stays dismissed, and nothing is logged
		this.audit.run("aw.c.k1", LocalDate.parse("2025-06-01"));
		assertThat(finding(id).status()).isEqualTo(FindingStatus.DISMISSED);
		assertThat(actions(id)).containsExactly("OPENED by system", "DISMISSED by 张审计");

		// the data change: a party member joins the committee for 2025
		this.store.importDataSet(Path.of("src/test/resources/datasets/audit-workflow-fix"), false);
		AuditService.AuditRun fixed = this.audit.run("aw.c.k1", LocalDate.parse("2025-06-01"));
		assertThat(fixed.closed()).isEqualTo(1);
		assertThat(finding(id).status()).isEqualTo(FindingStatus.CLOSED);
		assertThat(actions(id)).containsExactly("OPENED by system", "DISMISSED by 张审计", "CLOSED by system");
		assertThat(this.audit.log(List.of(id)).get(id).get(2).reason())
			.isEqualTo("no longer found by " + NO_PARTY + " on 2025-06-01 in scope aw.c.k1");
		assertThatThrownBy(() -> this.audit.decide(id, FindingStatus.CONFIRMED, "迟到的确认", "张审计"))
			.isInstanceOf(UserInputException.class)
			.hasMessageContaining("is closed");

		// an audit of an earlier day does not undo the present
		this.audit.run("aw.c.k1", LocalDate.parse("2024-06-01"));
		assertThat(finding(id).status()).isEqualTo(FindingStatus.OPEN);
		assertThat(actions(id)).last().isEqualTo("REOPENED by system");
		this.audit.run("aw.c.k1", LocalDate.parse("2025-06-01"));
		assertThat(finding(id).status()).isEqualTo(FindingStatus.CLOSED);

		// the member's term ends with 2025: the finding comes back
		AuditService.AuditRun later = this.audit.run("aw.c.k1", LocalDate.parse("2026-03-01"));
		assertThat(later.reopened()).isEqualTo(1);
		assertThat(finding(id).status()).isEqualTo(FindingStatus.OPEN);
		assertThat(finding(id).lastSeenAsOf()).isEqualTo("2026-03-01");
		assertThat(actions(id)).containsExactly("OPENED by system", "DISMISSED by 张审计", "CLOSED by system",
				"REOPENED by system", "CLOSED by system", "REOPENED by system");
		assertThat(this.audit.log(List.of(id)).get(id)).extracting(AuditDecision::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
	}

	@Test
	void theDecisionLogOnlyGrowsWhateverTheApiIsAsked() throws Exception {
		// Every mutation there is; a new one must be added here, and shown not to touch the log.
		// (recordCentrality, of the analysis feature, writes only an AnalysisRun node; the editing
		// mutations write units, people, posts, links, the v1.1 agreements, parties, items, events and
		// attendance, and Edit records; the jobs' startCentralityJob
		// and cancelJob write nothing to the store: jobs live in memory; issueApiToken and
		// revokeApiToken write only the token's node; decideResolution and undoResolution write
		// people, their posts, the roster's candidates and Edit records; registerWebhook,
		// removeWebhook and resumeWebhook write only webhooks and their delivery logs.)
		this.graphQl.documentName("mutationFields")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).containsExactlyInAnyOrder("recordCentrality", "runAudit", "decideFinding",
					"setAuditRuleEnabled", "createUnit", "updateUnit", "createPerson", "updatePerson", "createPost",
					"updatePost", "endPost", "createLink", "updateLink", "endLink", "startCentralityJob", "cancelJob",
					"issueApiToken", "revokeApiToken", "decideResolution", "undoResolution", "registerWebhook",
					"removeWebhook", "resumeWebhook", "createAgreement",
					"updateAgreement", "endAgreement", "addAgreementParty", "updateAgreementParty", "removeAgreementParty",
					"createItem", "updateItem", "claimItem", "deliverItem", "createEvent", "updateEvent", "deleteEvent",
					"addAttendance", "updateAttendance", "removeAttendance"));
		String id = NO_PARTY + "/aw.c.k2.oc";
		this.graphQl.documentName("runAudit")
			.variable("scopeId", "aw.c.k2")
			.variable("asOf", "2025-06-01")
			.execute()
			.path("runAudit.findings[*].id")
			.entityList(String.class)
			.contains(id);
		List<AuditDecision> log = this.audit.log(List.of(id)).get(id);

		signInAs("李审计");
		this.graphQl.documentName("decideFinding")
			.variable("id", id)
			.variable("decision", "CONFIRMED")
			.variable("reason", "业委会无党员，需在换届时推荐党员候选人")
			.execute()
			.path("decideFinding.status")
			.entity(String.class)
			.isEqualTo("CONFIRMED");
		log = assertGrewFrom(log, id, 1);
		assertThat(log.get(log.size() - 1)).extracting(AuditDecision::actor, AuditDecision::action, AuditDecision::reason,
				AuditDecision::fromStatus, AuditDecision::toStatus)
			.containsExactly("李审计", "CONFIRMED", "业委会无党员，需在换届时推荐党员候选人", FindingStatus.OPEN,
					FindingStatus.CONFIRMED);

		// refused decisions change nothing
		this.graphQl.documentName("decideFinding")
			.variable("id", id)
			.variable("decision", "DISMISSED")
			.variable("reason", "   ")
			.execute()
			.errors()
			.expect(e -> e.getMessage().startsWith("reason:"))
			.verify();
		log = assertGrewFrom(log, id, 0);

		// the other mutations leave past entries as they were
		this.graphQl.documentName("setAuditRuleEnabled")
			.variable("scopeId", "aw.c.k2")
			.variable("ruleId", "too_many_posts")
			.variable("enabled", false)
			.execute()
			.path("setAuditRuleEnabled.enabled")
			.entity(Boolean.class)
			.isEqualTo(false);
		this.graphQl.documentName("runAudit").variable("scopeId", "aw.c.k2").variable("asOf", "2025-06-01").execute();
		log = assertGrewFrom(log, id, 0);
		// the decision is the signed-in account's, whoever the old auditor argument names
		signInAs("王审计");
		this.graphQl.documentName("decideFinding")
			.variable("id", id)
			.variable("decision", "DISMISSED")
			.variable("reason", "街道已安排党员进入业委会")
			.variable("auditor", "冒名者")
			.execute();
		log = assertGrewFrom(log, id, 1);

		// and so does HTTP: the report is read-only
		for (String method : List.of("POST", "PUT", "DELETE")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(TestAccounts.request(this.port, "/audit/report?scopeId=aw.c.k2", TestAccounts.AUDITOR)
					.method(method, HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
			// refused: by the CSRF check (no token) or, were it passed, as a method not allowed
			assertThat(response.statusCode()).isIn(403, 405);
		}
		assertGrewFrom(log, id, 0);
		// a log entry has no field that could name it for a change
		this.graphQl.documentName("decisionFields")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.containsExactly("seq", "at", "actor", "action", "reason", "fromStatus", "toStatus");
		this.graphQl.documentName("finding")
			.variable("id", id)
			.execute()
			.path("finding.log[*].actor")
			.entityList(String.class)
			.containsExactly("system", "李审计", "王审计");
	}

	/** Signs the rest of the test in as an auditor of this name (the actor of the decisions). */
	private static void signInAs(String auditor) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated(auditor, null, List.of(io.govgraph.security.Role.AUDITOR.authority())));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
	}

	/** The log now is the log before, entry for entry, plus {@code added} entries. */
	private List<AuditDecision> assertGrewFrom(List<AuditDecision> before, String id, int added) {
		List<AuditDecision> now = this.audit.log(List.of(id)).get(id);
		assertThat(now).hasSize(before.size() + added);
		assertThat(now.subList(0, before.size())).isEqualTo(before);
		return now;
	}

	@Test
	void findingsArePagedOneByOneInTheOrderOfOnePage() {
		this.audit.run("aw", LocalDate.parse("2025-06-01"));
		var whole = this.graphQl.documentName("findings").variable("scopeId", "aw").variable("first", 1000).execute();
		List<String> all = whole.path("findings.edges[*].node.id").entityList(String.class).get();
		whole.path("findings.totalCount").entity(Integer.class).isEqualTo(all.size());
		assertThat(all).hasSizeGreaterThan(1);
		List<String> walked = new java.util.ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.documentName("findings")
				.variable("scopeId", "aw")
				.variable("first", 1)
				.variable("after", after)
				.execute();
			walked.addAll(page.path("findings.edges[*].node.id").entityList(String.class).get());
			more = page.path("findings.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("findings.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(walked).isEqualTo(all);
	}

	@Test
	void findingsAreListedByScopeAndStatus() {
		// 流程社区 has no legal advisor and 流程二小区's committee no party member
		this.audit.run("aw", LocalDate.parse("2025-06-01"));
		this.graphQl.documentName("findings")
			.variable("scopeId", "aw.c.k2")
			.variable("ruleId", NO_PARTY)
			.execute()
			.path("findings.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(NO_PARTY + "/aw.c.k2.oc");
		this.graphQl.documentName("findings")
			.variable("scopeId", "aw")
			.variable("first", 1)
			.execute()
			.path("findings.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(this.audit.findings(new AuditService.FindingFilter("aw.c.k2", List.of(FindingStatus.CLOSED), null, null), 10, null)
			.nodes()).noneMatch(f -> f.subjectId().equals("aw.c.k2.oc"));
	}

}
