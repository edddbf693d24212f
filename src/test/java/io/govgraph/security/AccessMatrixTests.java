package io.govgraph.security;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, over real HTTP with HTTP Basic: anonymous, planner, auditor, editor and admin
 * against every query, mutation, filter on personal data, export, report and page. Allowed means
 * answered without an authorization error; denied means HTTP 401 (anonymous) or a FORBIDDEN
 * GraphQL error / HTTP 403 — never a quietly filtered answer.
 */
@IntegrationTest
class AccessMatrixTests {

	/** The least role an operation needs; null: any account; ANONYMOUS_OK: no account needed. */
	enum Needs {
		ANY_ACCOUNT, PLANNER, AUDITOR, EDITOR, ADMIN, NOBODY_NEEDED
	}

	record Operation(String name, Needs needs, String graphql, String httpPath) {

		static Operation query(String name, Needs needs, String graphql) {
			return new Operation(name, needs, graphql, null);
		}

		static Operation page(String name, Needs needs, String path) {
			return new Operation(name, needs, null, path);
		}

		boolean allows(String account) {
			if (this.needs == Needs.NOBODY_NEEDED) {
				return true;
			}
			if (account == null) {
				return false;
			}
			return switch (this.needs) {
				case ANY_ACCOUNT, PLANNER -> true;
				case AUDITOR -> account.equals(TestAccounts.AUDITOR) || account.equals(TestAccounts.ADMIN);
				case EDITOR -> account.equals(TestAccounts.EDITOR) || account.equals(TestAccounts.ADMIN);
				case ADMIN -> account.equals(TestAccounts.ADMIN);
				case NOBODY_NEEDED -> true;
			};
		}

	}

	static final List<String> ACCOUNTS = Arrays.asList(null, TestAccounts.PLANNER, TestAccounts.AUDITOR,
			TestAccounts.EDITOR, TestAccounts.ADMIN);

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void securityDataSet() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/security"), false);
	}

	static List<Operation> operations(String as) {
		String tag = as == null ? "anonymous" : as;
		List<Operation> ops = new ArrayList<>(List.of(
				// reading structure and analysis: every account
				Operation.query("unit", Needs.PLANNER, "{ unit(id: \"yz.minglou\") { id name } }"),
				Operation.query("person", Needs.PLANNER, "{ person(id: \"p00001\") { id name } }"),
				Operation.query("search", Needs.PLANNER, "{ search(text: \"明楼\") { id } }"),
				Operation.query("units", Needs.PLANNER, "{ units(first: 2) { totalCount } }"),
				Operation.query("people", Needs.PLANNER, "{ people(first: 2) { totalCount edges { node { name } } } }"),
				Operation.query("posts", Needs.PLANNER, "{ posts(first: 2) { totalCount } }"),
				Operation.query("crossAppointmentStats", Needs.PLANNER,
						"{ crossAppointmentStats(scopeId: \"yz.minglou\") { compounds } }"),
				Operation.query("ownersCommitteeComposition", Needs.PLANNER,
						"{ ownersCommitteeComposition(id: \"sx.oc\") { members } }"),
				Operation.query("centrality", Needs.PLANNER,
						"{ centrality(measure: DEGREE, scopeId: \"sx.s\", top: 1) { vertexCount } }"),
				Operation.query("axisReport", Needs.PLANNER, "{ axisReport(streetId: \"sx.s\") { axisRank } }"),
				Operation.query("betweennessExplanation", Needs.PLANNER,
						"{ betweennessExplanation(vertexId: \"sx.c\", scopeId: \"sx.s\") { __typename } }"),
				Operation.query("analysisRuns", Needs.PLANNER, "{ analysisRuns(first: 1) { id } }"),
				Operation.query("analysisRun", Needs.PLANNER, "{ analysisRun(id: \"none\") { id } }"),
				Operation.query("neighborhood", Needs.PLANNER,
						"{ neighborhood(ids: [\"sx.c\"]) { vertices { name } } }"),
				Operation.query("paths", Needs.PLANNER, "{ paths(fromId: \"sx.s\", toId: \"sx.p2\") { length } }"),
				Operation.query("changes", Needs.PLANNER,
						"{ changes(scopeId: \"sx.s\", from: \"2019-01-01\", to: \"2021-12-31\") { totalCount } }"),
				Operation.query("aggregates", Needs.PLANNER,
						"{ unitsAggregate { count } peopleAggregate { count } postsAggregate { count } }"),
				Operation.query("subtreeCounts", Needs.PLANNER,
						"{ unit(id: \"sx.s\") { subtreeCounts { posts } } }"),
				Operation.query("history", Needs.PLANNER, "{ history(id: \"sx.c\") { id } }"),
				Operation.query("agreements", Needs.PLANNER, "{ agreements(first: 2) { totalCount } }"),
				Operation.query("items", Needs.PLANNER, "{ items(first: 2) { totalCount } }"),
				Operation.query("events", Needs.PLANNER,
						"{ events(first: 2) { totalCount edges { node { attendance { person { name } } } } } }"),
				Operation.query("activity aggregates", Needs.PLANNER,
						"{ itemsByListAndStatus(scopeId: \"sx.s\") { items } moneyByProvider(scopeId: \"sx.s\") { items } "
								+ "meetingsHeld(scopeId: \"sx.s\") { year } attendanceRates(scopeId: \"sx.s\") { events } }"),
				Operation.query("events by an attendee's name", Needs.AUDITOR,
						"{ events(where: { attendance: { some: { person: { name: { eq: \"杨雪\" } } } } }) { totalCount } }"),
				Operation.query("me", Needs.PLANNER, "{ me { name roles } }"),
				Operation.query("recordCentrality", Needs.PLANNER,
						"mutation { recordCentrality(measure: DEGREE, scopeId: \"sx.s\", top: 1) { id } }"),
				// personal data through filters and sorts: auditors only, refused for the others
				Operation.query("people by name", Needs.AUDITOR,
						"{ people(where: { name: { eq: \"杨雪\" } }) { totalCount } }"),
				Operation.query("people by party-join date", Needs.AUDITOR,
						"{ people(where: { partySince: { lt: \"2005-01-01\" } }) { totalCount } }"),
				Operation.query("people by phone", Needs.AUDITOR,
						"{ people(where: { phone: { startsWith: \"139\" } }) { totalCount } }"),
				Operation.query("people ordered by name", Needs.AUDITOR,
						"{ people(orderBy: { field: NAME }, first: 1) { totalCount } }"),
				Operation.query("people ordered by party-join date", Needs.AUDITOR,
						"{ people(orderBy: { field: PARTY_SINCE }, first: 1) { totalCount } }"),
				Operation.query("units by a holder's phone", Needs.AUDITOR,
						"{ units(where: { posts: { some: { person: { phone: { eq: \"13900009031\" } } } } }) { totalCount } }"),
				Operation.query("posts by a holder's name (in NOT)", Needs.AUDITOR,
						"{ posts(where: { NOT: { person: { name: { contains: \"杨\" } } } }) { totalCount } }"),
				Operation.query("people counted by party-join date", Needs.AUDITOR,
						"{ peopleAggregate(where: { partySince: { isNull: false } }) { count } }"),
				Operation.query("units counted by a holder's name (in OR)", Needs.AUDITOR,
						"{ unitsAggregate(where: { OR: [{ posts: { none: { person: { name: { eq: \"杨雪\" } } } } }] }) { count } }"),
				// the audit
				Operation.query("crossAppointments", Needs.AUDITOR,
						"{ crossAppointments(scopeId: \"sx.s\") { totalCount } }"),
				Operation.query("auditRollup", Needs.AUDITOR, "{ auditRollup(scopeId: \"sx.s\") { unitId } }"),
				Operation.query("auditRules", Needs.AUDITOR, "{ auditRules { id } }"),
				Operation.query("findings", Needs.AUDITOR, "{ findings(scopeId: \"sx.s\") { totalCount } }"),
				Operation.query("finding", Needs.AUDITOR, "{ finding(id: \"none\") { id } }"),
				Operation.query("runAudit", Needs.AUDITOR, "mutation { runAudit(scopeId: \"sx.s\") { opened } }"),
				Operation.query("decideFinding", Needs.AUDITOR,
						"mutation { decideFinding(id: \"none\", decision: CONFIRMED, reason: \"r\") { id } }"),
				Operation.query("setAuditRuleEnabled", Needs.AUDITOR,
						"mutation { setAuditRuleEnabled(scopeId: \"sx.s\", ruleId: \"too_many_posts\", enabled: true) { id } }"),
				// editing
				Operation.query("createUnit", Needs.EDITOR, "mutation { createUnit(input: { id: \"sx.m." + tag
						+ "\", type: \"TEAM\", name: \"矩阵小分队\", parentId: \"sx.c\" }) { errors { field message } } }"),
				Operation.query("updateUnit", Needs.EDITOR, "mutation { updateUnit(id: \"sx.m." + tag
						+ "\", changes: { note: \"更新\" }) { errors { field message } } }"),
				Operation.query("createPerson", Needs.EDITOR, "mutation { createPerson(input: { id: \"sx.mp." + tag
						+ "\", name: \"矩阵人\" }) { errors { field message } } }"),
				Operation.query("updatePerson", Needs.EDITOR, "mutation { updatePerson(id: \"sx.mp." + tag
						+ "\", changes: { gender: \"女\" }) { errors { field message } } }"),
				Operation.query("createPost", Needs.EDITOR, "mutation { createPost(input: { personId: \"sx.mp." + tag
						+ "\", unitId: \"sx.m." + tag + "\", role: \"VOLUNTEER\", since: \"2024\" }) { errors { field message } } }"),
				Operation.query("updatePost", Needs.EDITOR, "mutation { updatePost(key: { personId: \"sx.mp." + tag
						+ "\", unitId: \"sx.m." + tag + "\", role: \"VOLUNTEER\", since: \"2024\" }, changes: { title: \"队员\" }) { errors { field message } } }"),
				Operation.query("endPost", Needs.EDITOR, "mutation { endPost(key: { personId: \"sx.mp." + tag
						+ "\", unitId: \"sx.m." + tag + "\", role: \"VOLUNTEER\", since: \"2024\" }, until: \"2025-06-30\") { errors { field message } } }"),
				Operation.query("createLink", Needs.EDITOR, "mutation { createLink(input: { fromId: \"sx.m." + tag
						+ "\", toId: \"sx.c\", type: \"PAIRED_WITH\", since: \"2024-05\" }) { errors { field message } } }"),
				Operation.query("updateLink", Needs.EDITOR, "mutation { updateLink(key: { fromId: \"sx.m." + tag
						+ "\", toId: \"sx.c\", type: \"PAIRED_WITH\", since: \"2024-05\" }, changes: { note: \"结对\" }) { errors { field message } } }"),
				Operation.query("endLink", Needs.EDITOR, "mutation { endLink(key: { fromId: \"sx.m." + tag
						+ "\", toId: \"sx.c\", type: \"PAIRED_WITH\", since: \"2024-05\" }, until: \"2025\") { errors { field message } } }"),
				// accounts and the access log
				Operation.query("accounts", Needs.ADMIN, "{ accounts { name roles } }"),
				Operation.query("accessLog", Needs.ADMIN, "{ accessLog(first: 1) { totalCount } }"),
				Operation.query("apiTokens", Needs.ADMIN, "{ apiTokens { id } }"),
				Operation.query("revokeApiToken", Needs.ADMIN, "mutation { revokeApiToken(id: \"none\") { id } }"),
				// pages, exports and reports
				Operation.page("explorer page", Needs.ANY_ACCOUNT, "/"),
				Operation.page("GraphiQL", Needs.ANY_ACCOUNT, "/graphiql?path=/graphql"),
				Operation.page("graph export", Needs.PLANNER, "/export/graphml?scope=sx.s"),
				Operation.page("audit report", Needs.AUDITOR, "/audit/report?scopeId=sx.s&format=csv"),
				Operation.page("health", Needs.NOBODY_NEEDED, "/actuator/health"),
				Operation.page("login page", Needs.NOBODY_NEEDED, "/login")));
		return ops;
	}

	@TestFactory
	Stream<DynamicTest> everyAccountAgainstEveryOperation() {
		List<DynamicTest> tests = new ArrayList<>();
		for (String account : ACCOUNTS) {
			for (Operation op : operations(account)) {
				boolean allowed = op.allows(account);
				tests.add(DynamicTest.dynamicTest((account == null ? "anonymous" : account) + " × " + op.name() + " → "
						+ (allowed ? "allowed" : "denied"), () -> check(account, op, allowed)));
			}
		}
		return tests.stream();
	}

	private void check(String account, Operation op, boolean allowed) throws Exception {
		if (op.httpPath() != null) {
			HttpResponse<String> response = this.http.send(TestAccounts.request(this.port, op.httpPath(), account).build(),
					HttpResponse.BodyHandlers.ofString());
			if (allowed) {
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			}
			else if (account == null) {
				// Scripts get 401; a browser is sent to the login form.
				assertThat(response.statusCode()).isIn(401, 302);
				if (response.statusCode() == 302) {
					assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
							l -> assertThat(l).endsWith("/login"));
				}
			}
			else {
				assertThat(response.statusCode()).isEqualTo(403);
			}
			return;
		}
		String body = JsonMapper.builder().build().writeValueAsString(java.util.Map.of("query", op.graphql()));
		HttpResponse<String> response = this.http.send(TestAccounts.request(this.port, "/graphql", account)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (account == null) {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).doesNotContain("\"data\"");
			return;
		}
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = JsonMapper.builder().build().readTree(response.body());
		List<String> classifications = new ArrayList<>();
		json.path("errors").forEach(e -> classifications.add(e.path("extensions").path("classification").asString()));
		if (allowed) {
			// allowed: answered, or refused for the input only (e.g. decideFinding of an unknown finding)
			assertThat(classifications).as(response.body()).allMatch("BAD_REQUEST"::equals);
			if (classifications.isEmpty()) {
				assertThat(json.path("data").isNull() || json.path("data").isMissingNode()).as(response.body()).isFalse();
			}
			json.path("data").forEach(field -> field.path("errors").forEach(e -> {
				throw new AssertionError("mutation rejected: " + e);
			}));
		}
		else {
			assertThat(classifications).as(response.body()).containsOnly("FORBIDDEN");
			assertThat(json.path("errors").get(0).path("message").asString()).contains("needs the role");
			String data = json.path("data").toString();
			assertThat(data).doesNotContainPattern("\"(totalCount|count|compounds)\":\\s*[0-9]");
		}
	}

}
