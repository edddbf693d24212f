package io.govgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer a planner or an editor can get is invariant to the values they may not see: each
 * query field of the schema (with representative arguments, including the orders, defaults,
 * filters and asOf days a planner may give), each example of graphql/examples/ and some graph
 * exports are asked over HTTP as the planner and as the editor; then every person's hidden values are changed in the store
 * — the name keeping what its mask shows, the phone, the party-join date, the gender and the birth
 * year within its decade — and the same questions must get the same bytes back. The store is put
 * back as it was afterwards.
 */
@IntegrationTest
class InvarianceTests {

	static final Path EXAMPLES = Path.of("graphql/examples");

	static final String STREET = "yz.dongliu";

	static final String COMMUNITY = "yz.minglou.changqingteng";

	static final String COMPOUND = "yz.minglou.changqingteng.yongjiangxincun";

	/** Its members joined the party in 2004, 2020, 2018 and 2004 and took office on 2023-02-01. */
	static final String OWNERS_COMMITTEE = COMPOUND + ".oc";

	static final String PERSON = "p00362";

	/** Every field of a person, and of a unit, a planner may ask for; L: a person's own fields, for lists. */
	static final Map<String, String> FRAGMENTS = Map.of("P", """
			fragment P on Person { id name partyMember partySince gender birthYear birthDecade phone source
			  posts { role title since until source unit { id name } } }
			""", "L", """
			fragment L on Person { id name partyMember partySince gender birthYear birthDecade phone source }
			""", "U", """
			fragment U on Unit { id name type aliases sector founded dissolved note source existsOn parent { id }
			  children { id type } links { type direction other { id } since until note source }
			  posts { role title since until source person { ...P } }
			  subtreeCounts { byType { type count } peopleWithPosts partyMembersWithPosts posts } }
			""");

	/**
	 * What a planner may ask, by query field: each field of the schema's Query type needs at least
	 * one entry (everyExistingQueryFieldIsAskedHere), so a new field cannot be forgotten. Entries
	 * whose name ends in "!" are refused to planners and editors (the refusal must not vary either).
	 */
	static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

	static {
		q("unit", "{ oc: unit(id: \"" + OWNERS_COMMITTEE + "\") { ...U } compound: unit(id: \"" + COMPOUND
				+ "\") { ...U } past: unit(id: \"" + STREET + "\") { id subtreeCounts(asOf: \"2015-01-01\") "
				+ "{ peopleWithPosts partyMembersWithPosts posts } } }");
		q("person", "{ person(id: \"" + PERSON + "\") { ...P } }");
		q("units", "{ units(where: { within: \"" + COMMUNITY + "\", posts: { some: { person: { partyMember: true } } } }, "
				+ "orderBy: { field: NAME }, first: 50) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }",
				"{ units(where: { posts: { some: { person: { birthDecade: { gte: 1990 } } } } }, first: 100) "
						+ "{ totalCount edges { node { id } } } }",
				"{ units(where: { posts: { some: { person: { gender: { eq: \"女\" } } } } }) { totalCount } }!",
				"{ units(where: { posts: { all: { person: { partySince: { lt: \"2000-01-01\" } } } } }) { totalCount } }!");
		q("people", "{ people { totalCount edges { cursor node { ...L } } pageInfo { hasNextPage endCursor } } }",
				"{ people(orderBy: { field: BIRTH_DECADE, direction: DESC }, first: 100) { edges { node { id birthDecade } } } }",
				"{ people(where: { partyMember: true, birthDecade: { gte: 1980, lt: 2000 }, "
						+ "posts: { some: { unit: { within: \"" + STREET + "\" } } } }, orderBy: { field: BIRTH_DECADE }, first: 100) "
						+ "{ totalCount edges { node { ...L } } } }",
				"{ people(where: { posts: { some: { unit: { id: { eq: \"" + OWNERS_COMMITTEE + "\" } } } } }, asOf: \"2023-06-01\") "
						+ "{ totalCount edges { node { ...P } } } }",
				"{ people(orderBy: { field: BIRTH_YEAR }, first: 50) { edges { node { id } } } }!",
				"{ people(orderBy: { field: NAME }, first: 50) { edges { node { id } } } }!",
				"{ people(orderBy: { field: PARTY_SINCE }, first: 50) { edges { node { id } } } }!",
				"{ people(where: { gender: { eq: \"女\" } }) { totalCount } }!",
				"{ people(where: { birthYear: { eq: 1980 } }) { totalCount } }!",
				"{ people(where: { name: { contains: \"王\" } }) { totalCount } }!",
				"{ people(where: { phone: { startsWith: \"139\" } }) { totalCount } }!",
				"{ people(where: { NOT: { partySince: { isNull: true } } }) { totalCount } }!");
		q("posts", "{ posts(where: { unit: { within: \"" + COMMUNITY + "\" } }, first: 100) { totalCount edges { cursor node "
				+ "{ role since until person { ...L } unit { id } } } } }",
				"{ posts(where: { unit: { within: \"" + STREET + "\" } }, orderBy: { field: PERSON }, first: 100) "
						+ "{ edges { node { role person { id } unit { id } } } } }",
				"{ posts(where: { person: { partyMember: true } }, orderBy: { field: SINCE, direction: DESC }, first: 100) "
						+ "{ totalCount edges { node { role since person { id } unit { id } } } } }",
				"{ posts(orderBy: { field: ROLE }, first: 100, asOf: \"2021-01-01\") { edges { node { role person { id } unit { id } } } } }",
				"{ posts(where: { person: { birthYear: { gte: 1990 } } }) { totalCount } }!");
		q("search", "{ a: search(text: \"周敏\", first: 10) { __typename id name } b: search(text: \"社区\", first: 20) "
				+ "{ __typename id name } c: search(text: \"王\") { __typename id name } }");
		q("unitsAggregate", "{ unitsAggregate(where: { posts: { some: { person: { partyMember: true } } } }) "
				+ "{ count byType { type count } } }");
		q("peopleAggregate", "{ a: peopleAggregate(where: { posts: { some: { unit: { within: \"" + STREET + "\" } } } }) "
				+ "{ count byParty { members nonMembers unknown } byRole { role count } } "
				+ "b: peopleAggregate(where: { birthDecade: { eq: 1970 } }, asOf: \"2010-01-01\") "
				+ "{ count byParty { members nonMembers unknown } byRole { role count } } }",
				"{ peopleAggregate(where: { gender: { eq: \"男\" } }) { count } }!");
		for (String day : List.of("2000-01-01", "2015-06-01", "2023-02-01")) {
			q("postsAggregate", "{ postsAggregate(where: { unit: { within: \"" + STREET + "\" } }, asOf: \"" + day + "\") "
					+ "{ count people byRole { role count } byUnitType { type count } byParty { members nonMembers unknown } } }");
		}
		q("postsAggregate", "{ postsAggregate { count people byParty { members nonMembers unknown } } }");
		q("centrality", "{ centrality(measure: BETWEENNESS, scopeId: \"" + STREET + "\", top: 30) "
				+ "{ measure approximate vertexCount edgeCount scores { score vertex { __typename id name } } } }",
				"{ centrality(measure: PAGERANK, top: 30) { vertexCount edgeCount scores { score vertex { id name } } } }");
		q("axisReport", "{ axisReport(streetId: \"" + STREET + "\", seed: 7) { axisRank axisShare fragmentationWithoutAxis "
				+ "drivers { type count } driverCoverage topDrivers { score vertex { id } } singlePointsOfFailure { id } "
				+ "bridges { a { id } b { id } } vertexCount edgeCount } }");
		q("betweennessExplanation", "{ betweennessExplanation(vertexId: \"" + COMMUNITY + "\", scopeId: \"yz.minglou\", seed: 7) "
				+ "{ betweenness pairs { from { id name } to { id name } shortestPaths throughVertex share } } }");
		q("paperLinks", "{ paperLinks(scopeId: \"yz\", asOf: \"2026-06-30\") { inForce active link { type from { id } to { id } since } "
				+ "evidence { kind id type title date until } last { kind id date } } }");
		q("interlocks", "{ interlocks(scopeId: \"" + STREET + "\", first: 50) { a { id } b { id } weight "
				+ "people { id name partyMember birthDecade } } }");
		q("analysisRuns", "{ analysisRuns { id measure vertexCount scores { score vertex { id name } } } }");
		q("analysisRun", "{ analysisRun(id: \"no-such-run\") { id } }");
		q("crossAppointmentStats", "{ a: crossAppointmentStats { compounds withOwnersCommittee withCrossAppointment crossAppointedPeople } "
				+ "b: crossAppointmentStats(scopeId: \"yz.minglou\", asOf: \"2021-06-01\") { compounds withCrossAppointment crossAppointedPeople } }");
		for (String day : List.of("2004-03-13", "2004-03-14", "2018-04-01", "2020-08-02", "2023-02-01", "2024-01-01")) {
			q("ownersCommitteeComposition", "{ ownersCommitteeComposition(id: \"" + OWNERS_COMMITTEE + "\", asOf: \"" + day
					+ "\") { members partyMembers reps partyReps memberPartyShare repPartyShare } }");
		}
		q("ownersCommitteeComposition", "{ ownersCommitteeComposition(id: \"" + COMPOUND + "\") { members partyMembers memberPartyShare } }");
		q("neighborhood", "{ neighborhood(ids: [\"" + OWNERS_COMMITTEE + "\", \"" + PERSON + "\"], depth: 2, limit: 300) "
				+ "{ truncated vertices { id kind type name parentId hiddenNeighbors } "
				+ "edges { id source target kind type role title since until } } }");
		q("paths", "{ paths(fromId: \"" + PERSON + "\", toId: \"yz.minglou\", first: 10) { length vertices { id kind name } "
				+ "edges { id kind type role } } }");
		q("changes", "{ changes(scopeId: \"yz.minglou\", from: \"2020-01-01\", to: \"2024-12-31\", first: 100) { totalCount "
				+ "edges { cursor node { date event sourceName targetName edge { id source target kind role since until } } } } }");
		q("job", "{ job(id: \"no-such-job\") { id } }");
		q("jobs", "{ jobs { id kind status } }");
		q("history", "{ p: history(id: \"" + PERSON + "\") { seq account operation entity entityId before { field value } "
				+ "after { field value } } u: history(id: \"" + OWNERS_COMMITTEE + "\") { seq operation after { field value } } }");
		q("agreements", "{ agreements(where: { parties: { some: { within: \"yz.zhonghe\" } } }, orderBy: { field: SINCE }) "
				+ "{ totalCount edges { cursor node { id type name since until amount note parties { role unit { id } } "
				+ "items { id list status provider { __typename id name } } } } } }");
		q("items", "{ items(orderBy: { field: STATUS, direction: DESC }, first: 100) { totalCount edges { cursor node "
				+ "{ id list title status since until amount hours agreement { id } owner { id } beneficiary { id } "
				+ "provider { __typename id name } } } } }",
				"{ items(where: { owner: { posts: { some: { person: { partyMember: true } } } } }) { totalCount } }");
		q("events", "{ events(where: { host: { within: \"yz.zhonghe.chengxing\" }, date: { gte: \"2025-01-01\" } }, first: 100) "
				+ "{ totalCount edges { cursor node { id type date title host { id } agreement { id } "
				+ "attendance { role note unit { id } person { ...L home { id } partyBranch { id } "
				+ "attended(from: \"2025-01-01\") { role event { id } } } } } } } }",
				"{ events(where: { attendance: { some: { person: { partyMember: true, birthDecade: { gte: 1980 } } } } }, "
						+ "orderBy: { field: TITLE }, first: 100) { totalCount edges { node { id } } } }",
				"{ events(where: { attendance: { some: { person: { name: { contains: \"王\" } } } } }) { totalCount } }!",
				"{ events(where: { attendance: { none: { person: { birthYear: { lt: 1970 } } } } }) { totalCount } }!");
		q("itemsByListAndStatus", "{ itemsByListAndStatus(scopeId: \"yz.minglou\") { list status items amount hours } }");
		q("moneyByProvider", "{ moneyByProvider(scopeId: \"yz\") { provider { __typename id name } items amount hours } }");
		q("meetingsHeld", "{ meetingsHeld(scopeId: \"yz.zhonghe\", from: \"2024-01-01\") { body { id name } year meetings } }");
		q("attendanceRates", "{ attendanceRates(scopeId: \"yz\", types: [\"JOINT_MEETING\", \"ELECTION\"]) "
				+ "{ body { id } events invited attended rate } }");
		q("timeline", "{ timeline(scopeId: \"yz.zhonghe.chengxing\", from: \"2025-01-01\", to: \"2025-12-31\", first: 100) "
				+ "{ totalCount edges { cursor node { date kind event { id attendance { role person { id name } } } "
				+ "post { role since until person { id name partySince birthYear } } link { type from { id } to { id } } } } } }");
		q("me", "{ me { name roles origin } }");
		q("accounts", "{ accounts { name } }!");
		q("accessLog", "{ accessLog { totalCount } }!");
		q("apiTokens", "{ apiTokens { id } }!");
		q("resolutionCandidates", "{ resolutionCandidates(scopeId: \"yz.minglou\", first: 5) { totalCount pageInfo { hasNextPage } "
				+ "edges { cursor node { id score mentions { personId file sheet row unitId name } evidence { rule agree differ } } } } }");
		q("crossAppointments", "{ crossAppointments { totalCount } }!");
		q("auditRollup", "{ auditRollup { level } }!");
		q("auditRules", "{ auditRules { id } }!");
		q("findings", "{ findings { totalCount } }!");
		q("finding", "{ finding(id: \"x\") { id } }!");
		q("changeEvents", "{ changeEvents(scopeId: \"" + STREET + "\", first: 100) { totalCount edges { cursor node { seq key type subject "
				+ "date scope units { id name type } people { id name } evidence { name value } } } "
				+ "pageInfo { hasNextPage endCursor } } }",
				"{ changeEvents(types: [POST_STARTED, POST_ENDED, CANDIDATE_RAISED], first: 100) { edges { node { key people { id name } "
						+ "evidence { name value } } } } }",
				"{ changeEvents(types: [CROSS_APPOINTMENT_STARTED]) { totalCount } }!",
				"{ changeEvents(types: [FINDING_OPENED, FINDING_DECIDED]) { totalCount } }!");
		q("webhooks", "{ webhooks { id url types role status cursor deliveries { seq key status attempts } } }!");
	}

	/** The graph exports a planner may download (GET), which show people too. */
	static final List<String> EXPORTS = List.of("/export/graphml?scope=yz.minglou",
			"/export/gexf?scope=yz.minglou&history=true", "/export/cytoscape?ids=" + OWNERS_COMMITTEE + "&depth=2",
			"/export/graphml?scope=" + COMMUNITY + "&asOf=2021-06-01");

	private static void q(String field, String... documents) {
		QUERIES.computeIfAbsent(field, f -> new ArrayList<>()).addAll(List.of(documents));
	}

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Neo4jClient client;

	@LocalServerPort
	int port;

	@Test
	void everyExistingQueryFieldIsAskedHere() {
		TreeSet<String> fields = new TreeSet<>();
		this.graphQlSource.schema().getQueryType().getFieldDefinitions().forEach(f -> fields.add(f.getName()));
		assertThat(QUERIES.keySet()).as("query fields with representative arguments in InvarianceTests.QUERIES")
			.containsExactlyInAnyOrderElementsOf(fields);
	}

	@Test
	void answersToPlannersAndEditorsDoNotDependOnWhatTheyMayNotSee() throws Exception {
		Map<String, String> operations = operations();
		Map<String, String> plannerBefore = answers(TestAccounts.PLANNER, operations);
		Map<String, String> editorBefore = answers(TestAccounts.EDITOR, operations);
		List<Map<String, Object>> saved = hiddenValues();
		try {
			changeHiddenValues(saved);
			Map<String, String> plannerAfter = answers(TestAccounts.PLANNER, operations);
			Map<String, String> editorAfter = answers(TestAccounts.EDITOR, operations);
			plannerBefore.keySet().forEach(name -> {
				assertThat(plannerAfter.get(name)).as("the planner's answer to %s", name).isEqualTo(plannerBefore.get(name));
				assertThat(editorAfter.get(name)).as("the editor's answer to %s", name).isEqualTo(editorBefore.get(name));
			});
		}
		finally {
			restore(saved);
		}
		assertThat(hiddenValues()).as("the store as it was").isEqualTo(saved);
	}

	/** The examples and the queries by name; every one asked, with or without its "!" expectation checked. */
	private static Map<String, String> operations() throws IOException {
		Map<String, String> operations = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			for (Path file : files.sorted().toList()) {
				operations.put("example " + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8));
			}
		}
		QUERIES.forEach((field, documents) -> {
			for (int i = 0; i < documents.size(); i++) {
				operations.put(field + "#" + i, documents.get(i));
			}
		});
		assertThat(operations).hasSizeGreaterThan(60);
		return operations;
	}

	/** The raw body of each answer, after checking that exactly the "!" operations are refused. */
	private Map<String, String> answers(String account, Map<String, String> operations) throws Exception {
		GovGraphHttp http = GovGraphHttp.as(this.port, account);
		Map<String, String> bodies = new LinkedHashMap<>();
		for (Map.Entry<String, String> op : operations.entrySet()) {
			boolean refused = op.getValue().endsWith("!");
			String document = refused ? op.getValue().substring(0, op.getValue().length() - 1) : op.getValue();
			for (String fragment : List.of("U", "P", "L")) {
				if (document.contains("..." + fragment + " ") || document.contains("..." + fragment + "}")
						|| ("P".equals(fragment) && document.contains("...U "))) {
					document = document + "\n" + FRAGMENTS.get(fragment);
				}
			}
			var response = http.graphQl(document, Map.of());
			assertThat(response.statusCode()).as("%s as %s", op.getKey(), account).isEqualTo(200);
			String body = response.body();
			Map<String, Object> json = GovGraphHttp.json(body);
			if (refused) {
				assertThat(String.valueOf(json.get("errors"))).as("%s as %s: %s", op.getKey(), account, body).contains("FORBIDDEN");
			}
			else {
				assertThat(json.get("errors")).as("%s as %s: %s", op.getKey(), account, body).isNull();
			}
			bodies.put(op.getKey(), body);
		}
		for (String path : EXPORTS) {
			var response = http.get(path);
			assertThat(response.statusCode()).as("%s as %s: %s", path, account, response.body()).isEqualTo(200);
			bodies.put(path, response.body());
		}
		return bodies;
	}

	/** Every person's hidden values (and those a planner sees only coarsened), by id. */
	private List<Map<String, Object>> hiddenValues() {
		return List.copyOf(this.client.query("""
				MATCH (p:Person)
				RETURN p.id AS id, p.name AS name, p.phone AS phone, p.partySince AS partySince,
				       p.gender AS gender, p.birthYear AS birthYear
				ORDER BY id""").fetch().all());
	}

	/**
	 * Gives everyone another given name (what the mask shows kept), another phone, a party-join
	 * date (in 2090 for party members, so that no count on any day would include them by that date),
	 * the other gender and another birth year in the same decade.
	 */
	private void changeHiddenValues(List<Map<String, Object>> people) {
		List<Map<String, Object>> rows = new ArrayList<>();
		int i = 0;
		for (Map<String, Object> p : people) {
			String name = (String) p.get("name");
			String changed = Masking.surname(name).replace(Masking.MASK, "") + "改名" + (i % 7);
			if (!Masking.surname(changed).equals(Masking.surname(name))) {
				// a name the mask shows nothing of (a test's "}}}{{{"): what follows it is not shown either
				changed = name + "……";
			}
			assertThat(Masking.surname(changed)).as("the mask of %s", name).isEqualTo(Masking.surname(name));
			Map<String, Object> row = new HashMap<>();
			row.put("id", p.get("id"));
			row.put("name", changed);
			row.put("phone", "1000000" + String.format("%04d", i));
			row.put("partySince", LocalDate.of(2090, 1, 1).plusDays(i % 300));
			row.put("gender", "男".equals(p.get("gender")) ? "女" : "男");
			Number year = (Number) p.get("birthYear");
			row.put("birthYear", year == null ? null : year.longValue() - year.longValue() % 10 + 9 - year.longValue() % 10);
			rows.add(row);
			i++;
		}
		write(rows);
	}

	private void restore(List<Map<String, Object>> saved) {
		write(saved);
	}

	private void write(List<Map<String, Object>> rows) {
		this.client.query("""
				UNWIND $rows AS row
				MATCH (p:Person {id: row.id})
				SET p.name = row.name, p.phone = row.phone, p.partySince = row.partySince, p.gender = row.gender,
				    p.birthYear = row.birthYear""").bind(rows).to("rows").run();
	}

}
