package io.govgraph.security;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data: planners (and editors) see a person as surname + 某 with no phone and no
 * party-join date wherever a person's name appears; auditors see it in full, and each such read
 * is in the access log, which only admins can read.
 */
@IntegrationTest
class PersonalDataTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	DataSetImporter store;

	@Autowired
	AccessLog accessLog;

	@LocalServerPort
	int port;

	@BeforeEach
	void securityDataSet() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/security"), false);
	}

	static final String PERSON = "{ person(id: \"sx.p1\") { id name phone partySince partyMember gender birthYear birthDecade } }";

	@Test
	@WithMockUser(username = "plan", roles = "PLANNER")
	void aPlannerSeesTheSurnameAndBirthDecadeOnlyAndNoPhonePartyJoinDateGenderOrBirthYear() {
		this.graphQl.document(PERSON)
			.execute()
			.path("person.name")
			.entity(String.class)
			.isEqualTo("欧阳某")
			.path("person.partyMember")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("person.birthDecade")
			.entity(Integer.class)
			.isEqualTo(1970)
			.path("person.birthYear")
			.valueIsNull()
			.path("person.gender")
			.valueIsNull()
			.path("person.phone")
			.valueIsNull()
			.path("person.partySince")
			.valueIsNull();
	}

	@Test
	@WithMockUser(username = "edit", roles = "EDITOR")
	void anEditorSeesWhatAPlannerSees() {
		this.graphQl.document(PERSON).execute().path("person.name").entity(String.class).isEqualTo("欧阳某");
	}

	@Test
	@WithMockUser(username = "audit-full", roles = "AUDITOR")
	void anAuditorSeesEverythingAndTheReadIsLogged() {
		long before = logged("audit-full", "sx.p1");
		this.graphQl.document(PERSON)
			.execute()
			.path("person.name")
			.entity(String.class)
			.isEqualTo("欧阳明")
			.path("person.phone")
			.entity(String.class)
			.isEqualTo("13911110001")
			.path("person.partySince")
			.entity(String.class)
			.isEqualTo("2001-07-01");
		assertThat(logged("audit-full", "sx.p1")).isEqualTo(before + 1);
		AccessLog.Entry entry = asAdmin(() -> this.accessLog.page("sx.p1", "audit-full", null, null, 1, null))
			.nodes()
			.get(0);
		assertThat(entry.channel()).isEqualTo("graphql");
		assertThat(entry.personIds()).containsExactly("sx.p1");
		// what was asked is kept, not the literals it was asked with
		assertThat(entry.query()).contains("person(id:\"\")").contains("partySince").doesNotContain("sx.p1");
	}

	@Test
	@WithMockUser(username = "audit-search", roles = "AUDITOR")
	void theLogKeepsWhatAnAuditorAskedButNotTheNamesTheySearchedFor() {
		this.graphQl.document("query findOuyang { people(where: { id: { startsWith: \"sx.\" }, name: { contains: \"欧阳\" } }, first: 5) "
				+ "{ edges { node { id name } } } }").execute().path("people.edges[0].node.name").entity(String.class)
			.isEqualTo("欧阳明");
		AccessLog.Entry entry = asAdmin(() -> this.accessLog.page("sx.p1", "audit-search", null, null, 1, null))
			.nodes()
			.get(0);
		// the signature of the operation: literals and input objects emptied, aliases dropped
		assertThat(entry.query()).isEqualTo("query findOuyang{people(first:0,where:{}){edges{node{id name}}}}");
	}

	@Test
	@WithMockUser(username = "plan-nolog", roles = "PLANNER")
	void aPlannersMaskedReadIsNotLogged() {
		this.graphQl.document(PERSON).execute().path("person.name").entity(String.class).isEqualTo("欧阳某");
		assertThat(logged("plan-nolog", null)).isZero();
	}

	@Test
	@WithMockUser(username = "plan", roles = "PLANNER")
	void namesAreMaskedEverywhereAPersonAppears() {
		this.graphQl.document("""
				{ unit(id: "sx.oc") { posts { person { name } } }
				  neighborhood(ids: ["sx.oc"]) { vertices { id name } }
				  paths(fromId: "sx.p2", toId: "sx.c") { vertices { id name } }
				  changes(scopeId: "sx.s", from: "2020-01-01", to: "2020-01-01") { edges { node { sourceName targetName } } }
				  centrality(measure: DEGREE, scopeId: "sx.s", top: 20) { scores { vertex { id name } } } }
				""")
			.execute()
			.path("unit.posts[*].person.name")
			.entityList(String.class)
			.contains("欧阳某", "周某")
			.hasSize(2)
			.path("neighborhood.vertices[?(@.id == 'sx.p2')].name")
			.entityList(String.class)
			.containsExactly("周某")
			.path("neighborhood.vertices[?(@.id == 'sx.oc')].name")
			.entityList(String.class)
			.containsExactly("安全测试小区业主委员会")
			.path("paths[0].vertices[0].name")
			.entity(String.class)
			.isEqualTo("周某")
			.path("changes.edges[*].node.sourceName")
			.entityList(String.class)
			.contains("欧阳某", "周某")
			.hasSize(2)
			.path("centrality.scores[?(@.vertex.id == 'sx.p1')].vertex.name")
			.entityList(String.class)
			.containsExactly("欧阳某");
	}

	@Test
	@WithMockUser(username = "plan", roles = "PLANNER")
	void aPlannerCannotFindPeopleByNameInSearch() {
		this.graphQl.document("{ search(text: \"欧阳明\", first: 10) { __typename id } }")
			.execute()
			.path("search[*].__typename")
			.entityList(String.class)
			.doesNotContain("Person");
	}

	@Test
	@WithMockUser(username = "plan", roles = "PLANNER")
	void aPlannersSearchIsNotCrowdedOutByPeopleWithTheName() {
		// five people named 周敏 outrank the unit 周敏工作室 in the index of units and people
		this.graphQl.document("{ search(text: \"周敏\", first: 1) { __typename id } }")
			.execute()
			.path("search[*].id")
			.entityList(String.class)
			.containsExactly("sx.zm");
	}

	@Test
	@WithMockUser(username = "audit-search", roles = "AUDITOR")
	void anAuditorFindsPeopleByNameInSearch() {
		this.graphQl.document("{ search(text: \"欧阳明\", first: 10) { id name } }")
			.execute()
			.path("search[0].id")
			.entity(String.class)
			.isEqualTo("sx.p1");
	}

	@Test
	void graphExportsMaskNamesForPlannersAndLogThemForAuditors() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String path = "/export/graphml?scope=sx.s";
		String planner = http.send(TestAccounts.request(this.port, path, TestAccounts.PLANNER).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(planner).contains("欧阳某", "周某").doesNotContain("欧阳明", "周敏");
		long before = logged(TestAccounts.AUDITOR, "sx.p2");
		String auditor = http.send(TestAccounts.request(this.port, path, TestAccounts.AUDITOR).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(auditor).contains("欧阳明", "周敏");
		assertThat(logged(TestAccounts.AUDITOR, "sx.p2")).isEqualTo(before + 1);
	}

	@Test
	@WithMockUser(username = "plan", roles = "PLANNER")
	void onlyAdminsReadTheAccessLog() {
		this.graphQl.document("{ accessLog { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("needs the role ADMIN")));
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void adminsPageTheAccessLogNewestFirstFilteredByPersonAndAccount() {
		for (int i = 0; i < 3; i++) {
			asAuditor("paging-auditor", () -> {
				this.accessLog.record("paging-auditor", "graphql", "op" + System.nanoTime(), "{ q }",
						List.of("sx.p2"));
				return null;
			});
		}
		var first = this.graphQl.document(
				"{ accessLog(personId: \"sx.p2\", account: \"paging-auditor\", first: 2) { totalCount edges { cursor node { account personIds } } pageInfo { hasNextPage endCursor } } }")
			.execute()
			.path("accessLog.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("accessLog.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("accessLog.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQl
			.document("{ accessLog(personId: \"sx.p2\", account: \"paging-auditor\", first: 2, after: \"" + first
					+ "\") { edges { node { account personIds } } pageInfo { hasNextPage } } }")
			.execute()
			.path("accessLog.edges[*].node.account")
			.entityList(String.class)
			.containsExactly("paging-auditor")
			.path("accessLog.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	private long logged(String account, String personId) {
		return asAdmin(() -> this.accessLog.page(personId, account, null, null, 500, null)).totalCount();
	}

	private static <T> T asAdmin(java.util.concurrent.Callable<T> call) {
		return TestAccounts.signedIn("log-reader", Role.ADMIN, call);
	}

	private static <T> T asAuditor(String name, java.util.concurrent.Callable<T> call) {
		return TestAccounts.signedIn(name, Role.AUDITOR, call);
	}

}
