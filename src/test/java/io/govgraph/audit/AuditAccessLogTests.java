package io.govgraph.audit;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.security.AccessLog;
import io.govgraph.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every audit route that shows people's names in full writes the access log (datasets/access-log,
 * ids under {@code al.}): the findings (a person's name is in a finding's subjectName and
 * message), an audit run, a decision, the cross-appointment list and the report; each entry names
 * the account, the people shown and the request without its literal values. A route that shows
 * no name logs nothing, and a planner gets no names and no entry.
 */
@IntegrationTest
class AuditAccessLogTests {

	static final LocalDate DAY = LocalDate.parse("2026-07-01");

	/** al.p1 (司马懿) manages the company serving al.cp and sits on its owners committee. */
	static final String FINDING = "property_staff_on_owners_committee/al.p1";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	DataSetImporter store;

	@Autowired
	AccessLog accessLog;

	@Autowired
	AuditService audit;

	@Autowired
	CrossAppointmentAudit crossAppointments;

	@LocalServerPort
	int port;

	@BeforeEach
	void accessLogDistrict() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/access-log"), false);
		TestAccounts.signedIn("al-setup", Role.AUDITOR, () -> this.audit.run("al.s", DAY));
	}

	@Test
	@WithMockUser(username = "al-run", roles = "AUDITOR")
	void anAuditRunShowingNamesIsLogged() {
		this.graphQl.document("mutation audit { runAudit(scopeId: \"al.s\", asOf: \"2026-07-01\") "
				+ "{ findings { subjectId subjectName message } } }")
			.execute()
			.path("runAudit.findings[?(@.subjectId == 'al.p1')].subjectName")
			.entityList(String.class)
			.containsExactly("司马懿");
		AccessLog.Entry entry = newest("al-run");
		assertThat(entry.channel()).isEqualTo("graphql");
		assertThat(entry.personIds()).containsExactly("al.p1");
		assertThat(entry.query())
			.isEqualTo("mutation audit{runAudit(asOf:\"\",scopeId:\"\"){findings{message subjectId subjectName}}}");
	}

	@Test
	@WithMockUser(username = "al-findings", roles = "AUDITOR")
	void findingsShowingANameOrAMessageAreLogged() {
		this.graphQl.document("{ findings(scopeId: \"al.s\", first: 100) { edges { node { subjectId subjectName } } } }")
			.execute()
			.path("findings.edges[?(@.node.subjectId == 'al.p1')].node.subjectName")
			.entityList(String.class)
			.containsExactly("司马懿");
		assertThat(newest("al-findings").personIds()).containsExactly("al.p1");
		long before = logged("al-findings");
		// the message names the person too
		this.graphQl.document("{ finding(id: \"" + FINDING + "\") { message } }")
			.execute()
			.path("finding.message")
			.entity(String.class)
			.satisfies(m -> assertThat(m).startsWith("司马懿 任 访问日志测试物业"));
		assertThat(logged("al-findings")).isEqualTo(before + 1);
		assertThat(newest("al-findings").personIds()).containsExactly("al.p1");
		assertThat(newest("al-findings").query()).contains("finding(id:\"\"){message}").doesNotContain("al.p1");
	}

	@Test
	@WithMockUser(username = "al-ids", roles = "AUDITOR")
	void findingsShowingNoNameAreNotLogged() {
		this.graphQl.document("{ findings(scopeId: \"al.s\", first: 100) { totalCount edges { node { id subjectId evidence } } } }")
			.execute()
			.path("findings.totalCount")
			.entity(Integer.class)
			.satisfies(n -> assertThat(n).isPositive());
		assertThat(logged("al-ids")).isZero();
	}

	@Test
	@WithMockUser(username = "al-decide", roles = "AUDITOR")
	void aDecisionShowingTheNameIsLogged() {
		this.graphQl.document("mutation { decideFinding(id: \"" + FINDING
				+ "\", decision: CONFIRMED, reason: \"物业经理不得兼任业委会委员\") { status subjectName } }")
			.execute()
			.path("decideFinding.subjectName")
			.entity(String.class)
			.isEqualTo("司马懿");
		assertThat(newest("al-decide").personIds()).containsExactly("al.p1");
	}

	@Test
	@WithMockUser(username = "al-cross", roles = "AUDITOR")
	void theCrossAppointmentListIsLogged() {
		this.graphQl.document("{ crossAppointments(scopeId: \"al.s\", asOf: \"2026-07-01\") { edges { node { personId personName sides } } } }")
			.execute()
			.path("crossAppointments.edges[*].node.personName")
			.entityList(String.class)
			.containsExactly("司马懿");
		AccessLog.Entry entry = newest("al-cross");
		assertThat(entry.personIds()).containsExactly("al.p1");
		assertThat(entry.query()).doesNotContain("al.s").doesNotContain("2026");
	}

	@Test
	@WithMockUser(username = "al-planner", roles = "PLANNER")
	void aPlannerGetsNoFindingNoRunAndNoEntry() {
		this.graphQl.document("{ findings(scopeId: \"al.s\") { edges { node { subjectName message } } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("needs the role AUDITOR")));
		this.graphQl.document("mutation { runAudit(scopeId: \"al.s\") { findings { subjectName } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("needs the role AUDITOR")));
		assertThat(logged("al-planner")).isZero();
	}

	@Test
	void theReportOverHttpIsLoggedWithTheRequestWithoutItsValues() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String path = "/audit/report?scopeId=al.s&asOf=2026-07-01&format=csv";
		long before = logged(TestAccounts.AUDITOR);
		HttpResponse<String> report = http.send(TestAccounts.request(this.port, path, TestAccounts.AUDITOR).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(report.body()).contains("司马懿");
		assertThat(logged(TestAccounts.AUDITOR)).isEqualTo(before + 1);
		AccessLog.Entry entry = newest(TestAccounts.AUDITOR);
		assertThat(entry.channel()).isEqualTo("report");
		assertThat(entry.personIds()).contains("al.p1");
		assertThat(entry.query()).isEqualTo("GET /audit/report?asOf=&format=&scopeId=");

		long planner = logged(TestAccounts.PLANNER);
		HttpResponse<String> refused = http.send(TestAccounts.request(this.port, path, TestAccounts.PLANNER).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("司马懿");
		assertThat(logged(TestAccounts.PLANNER)).isEqualTo(planner);
	}

	@Test
	void theXlsxReportIsLoggedWithThePeopleOfItsCrossAppointmentList() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String path = "/audit/report?scopeId=al.s&asOf=2026-07-01&format=xlsx";
		long before = logged(TestAccounts.AUDITOR);
		HttpResponse<byte[]> report = http.send(TestAccounts.request(this.port, path, TestAccounts.AUDITOR).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(report.statusCode()).isEqualTo(200);
		assertThat(logged(TestAccounts.AUDITOR)).isEqualTo(before + 1);
		AccessLog.Entry entry = newest(TestAccounts.AUDITOR);
		assertThat(entry.channel()).isEqualTo("report");
		List<String> crossAppointed = this.crossAppointments.list("al.s", DAY)
			.stream()
			.map(io.govgraph.crossappointment.CrossAppointment::personId)
			.toList();
		assertThat(crossAppointed).isNotEmpty();
		assertThat(entry.personIds()).contains("al.p1").containsAll(crossAppointed);
		assertThat(entry.query()).isEqualTo("GET /audit/report?asOf=&format=&scopeId=");

		long planner = logged(TestAccounts.PLANNER);
		assertThat(http.send(TestAccounts.request(this.port, path, TestAccounts.PLANNER).build(),
				HttpResponse.BodyHandlers.ofByteArray())
			.statusCode()).isEqualTo(403);
		assertThat(logged(TestAccounts.PLANNER)).isEqualTo(planner);
	}

	@Test
	void aGraphExportIsLoggedWithTheRequestAndAPlannersIsNot() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String path = "/export/cytoscape?scope=al.s&asOf=2026-07-01";
		long before = logged(TestAccounts.AUDITOR);
		String full = http.send(TestAccounts.request(this.port, path, TestAccounts.AUDITOR).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(full).contains("司马懿", "诸葛亮");
		assertThat(logged(TestAccounts.AUDITOR)).isEqualTo(before + 1);
		AccessLog.Entry entry = newest(TestAccounts.AUDITOR);
		assertThat(entry.channel()).isEqualTo("export");
		assertThat(entry.personIds()).containsExactly("al.p1", "al.p2");
		assertThat(entry.query()).isEqualTo("GET /export/cytoscape?asOf=&scope=");

		long planner = logged(TestAccounts.PLANNER);
		String masked = http.send(TestAccounts.request(this.port, path, TestAccounts.PLANNER).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(masked).contains("司马某", "诸葛某").doesNotContain("司马懿", "诸葛亮");
		assertThat(logged(TestAccounts.PLANNER)).isEqualTo(planner);
	}

	private long logged(String account) {
		return TestAccounts.signedIn("al-log-reader", Role.ADMIN, () -> this.accessLog.page(null, account, null, null, 1, null))
			.totalCount();
	}

	private AccessLog.Entry newest(String account) {
		List<AccessLog.Entry> entries = TestAccounts.signedIn("al-log-reader", Role.ADMIN,
				() -> this.accessLog.page(null, account, null, null, 1, null))
			.nodes();
		assertThat(entries).as("access log entries of " + account).isNotEmpty();
		return entries.get(0);
	}

}
