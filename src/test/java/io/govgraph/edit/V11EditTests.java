package io.govgraph.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.crossappointment.CompoundSides;
import io.govgraph.crossappointment.CrossAppointmentService;
import io.govgraph.export.DataSetExporter;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSetRejectedException;
import io.govgraph.ingest.DataSets;
import io.govgraph.model.DataSet;
import io.govgraph.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Editing the v1.1 rows (agreements, parties, items, events, attendance) and the v1.1 fields of
 * people and posts: each change moves the figures it should, is checked by the importer's rules in
 * the importer's words, changes nothing when rejected, is listed by {@code history}, and leaves a
 * store whose export imports back to the same graph. Data: datasets/edit-v11 (ids ev.*), put back
 * as it is before each test.
 */
@IntegrationTest
@WithMockUser(username = "ed", roles = { "EDITOR", "PLANNER", "AUDITOR" })
class V11EditTests {

	static final Path EDIT_V11 = Path.of("src/test/resources/datasets/edit-v11");

	static final Path TINY_V11 = Path.of("src/test/resources/datasets/tiny-v11");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@Autowired
	Driver driver;

	@Autowired
	CrossAppointmentService crossAppointments;

	@TempDir
	Path dir;

	@BeforeEach
	void editDataSet() {
		// The rows and edits of earlier tests go, so that each test starts from the data set as given.
		forgetEditDataSet();
		this.importer.importDataSet(EDIT_V11, false);
	}

	/** Tests of the whole graph in the same store (e.g. agreements' totalCount) never see these rows. */
	@AfterEach
	void forgetEditDataSet() {
		this.driver.executableQuery("""
				MATCH (n) WHERE (n:Unit OR n:Person OR n:Agreement OR n:Item OR n:Event) AND n.id STARTS WITH 'ev.'
				DETACH DELETE n
				""").execute();
		this.driver.executableQuery("""
				MATCH (e:Edit) WHERE any(s IN e.subjects WHERE s STARTS WITH 'ev.') DELETE e
				""").execute();
	}

	/** Everything stored under the ev. ids, and the number of edits: compared around a rejected change. */
	private String snapshot() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE (n:Unit OR n:Person OR n:Agreement OR n:Item OR n:Event) AND n.id STARTS WITH 'ev.'
				OPTIONAL MATCH (n)-[r]->(m)
				WITH n, r, m ORDER BY n.id, type(r), m.id, toString(r.since)
				RETURN collect([labels(n), properties(n), type(r), properties(r), m.id]) AS graph,
				       COUNT { MATCH (e:Edit) } AS edits
				""").execute().records().get(0).toString();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> errors(String mutation) {
		String operation = mutation.substring(0, mutation.indexOf('(')).strip();
		return this.graphQl.document("mutation { " + mutation + " { errors { field message } } }")
			.execute()
			.path(operation + ".errors")
			.entityList(Map.class)
			.get()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.toList();
	}

	private void succeeds(String mutation) {
		assertThat(errors(mutation)).as(mutation).isEmpty();
	}

	private Map<String, Object> itemCount(String list, String status) {
		return this.graphQl.document("{ itemsByListAndStatus(scopeId: \"ev.s\") { list status items amount hours } }")
			.execute()
			.path("itemsByListAndStatus")
			.entityList(Map.class)
			.get()
			.stream()
			.filter(m -> list.equals(m.get("list")) && status.equals(m.get("status")))
			.map(m -> (Map<String, Object>) m)
			.findFirst()
			.orElse(Map.of());
	}

	private Double attendanceRate() {
		return this.graphQl.document("{ attendanceRates(scopeId: \"ev.s\") { body { id } rate } }")
			.execute()
			.path("attendanceRates[?(@.body.id == 'ev.jm')].rate")
			.entityList(Double.class)
			.get()
			.get(0);
	}

	private List<String> crossAppointedIn(String compoundId) {
		return this.crossAppointments.compounds("ev.s", LocalDate.parse("2025-06-01"))
			.stream()
			.filter(c -> c.compoundId().equals(compoundId))
			.map(CompoundSides::crossAppointed)
			.findFirst()
			.orElseThrow();
	}

	private List<String> history(String id) {
		return this.graphQl.document("{ history(id: \"" + id + "\") { operation } }")
			.execute()
			.path("history[*].operation")
			.entityList(String.class)
			.get();
	}

	@Test
	void anItemClaimedThenDeliveredMovesTheItemFiguresAndIsInHistory() {
		assertThat(itemCount("RESOURCE", "OPEN")).containsEntry("items", 1).containsEntry("amount", 1000.0);
		this.graphQl.document("""
				mutation { claimItem(id: "ev.i1", providerId: "ev.su", since: "2024-04") {
				  item { status since provider { id } } edit { operation entity entityId before { field value } after { field value } } errors { field } } }
				""")
			.execute()
			.path("claimItem.item.status").entity(String.class).isEqualTo("CLAIMED")
			.path("claimItem.item.since").entity(String.class).isEqualTo("2024-04-01")
			.path("claimItem.item.provider.id").entity(String.class).isEqualTo("ev.su")
			.path("claimItem.edit.entity").entity(String.class).isEqualTo("ITEM")
			.path("claimItem.edit.before[?(@.field == 'status')].value").entityList(String.class).containsExactly("OPEN")
			.path("claimItem.edit.after[?(@.field == 'providerId')].value").entityList(String.class).containsExactly("ev.su")
			.path("claimItem.edit.after[?(@.field == 'since')].value").entityList(String.class).containsExactly("2024-04");
		assertThat(itemCount("RESOURCE", "OPEN")).isEmpty();
		assertThat(itemCount("RESOURCE", "CLAIMED")).containsEntry("items", 1);
		this.graphQl.document("""
				mutation { deliverItem(id: "ev.i1", until: "2024-09-30") { item { status until } errors { field } } }
				""")
			.execute()
			.path("deliverItem.item.status").entity(String.class).isEqualTo("DONE")
			.path("deliverItem.item.until").entity(String.class).isEqualTo("2024-09-30");
		assertThat(itemCount("RESOURCE", "CLAIMED")).isEmpty();
		assertThat(itemCount("RESOURCE", "DONE")).containsEntry("items", 1).containsEntry("amount", 1000.0);
		this.graphQl.document("{ moneyByProvider(scopeId: \"ev.s\") { provider { id } items amount } }")
			.execute()
			.path("moneyByProvider[?(@.provider.id == 'ev.su')].amount").entityList(Double.class).containsExactly(1000.0);
		succeeds("createItem(input: { id: \"ev.i2\", list: \"NEED\", title: \"楼道照明\", ownerId: \"ev.c\", "
				+ "beneficiaryId: \"ev.cp1\", status: \"OPEN\", since: \"2025\", hours: \"2.5\" })");
		assertThat(itemCount("NEED", "OPEN")).containsEntry("items", 1).containsEntry("hours", 2.5);
		succeeds("updateItem(id: \"ev.i2\", changes: { status: \"DROPPED\", hours: null, note: \"业主自行解决\" })");
		assertThat(itemCount("NEED", "OPEN")).isEmpty();
		assertThat(itemCount("NEED", "DROPPED")).containsEntry("items", 1).containsEntry("hours", 0.0);
		assertThat(history("ev.i1")).containsExactly("claimItem", "deliverItem");
		assertThat(history("ev.i2")).containsExactly("createItem", "updateItem");
		// the units an item names list its edits too
		assertThat(history("ev.su")).containsExactly("claimItem", "deliverItem");
		assertThat(history("ev.c")).containsExactly("createItem", "updateItem");
	}

	@Test
	void attendanceAddedChangedAndRemovedMovesTheAttendanceRate() {
		// ev.p1 chaired, ev.p2 was absent: one of two
		assertThat(attendanceRate()).isEqualTo(0.5);
		this.graphQl.document("""
				mutation { addAttendance(input: { eventId: "ev.e1", personId: "ev.p3", role: "ATTENDEE" }) {
				  attendance { role event { id } person { id } } edit { entity entityId } errors { field } } }
				""")
			.execute()
			.path("addAttendance.attendance.person.id").entity(String.class).isEqualTo("ev.p3")
			.path("addAttendance.edit.entity").entity(String.class).isEqualTo("ATTENDANCE")
			.path("addAttendance.edit.entityId").entity(String.class).isEqualTo("ev.e1|ev.p3");
		assertThat(attendanceRate()).isEqualTo(2.0 / 3);
		succeeds("updateAttendance(key: { eventId: \"ev.e1\", attendeeId: \"ev.p2\" }, changes: { role: \"ATTENDEE\", note: \"迟到\" })");
		assertThat(attendanceRate()).isEqualTo(1.0);
		succeeds("addAttendance(input: { eventId: \"ev.e1\", unitId: \"ev.su\", role: \"ABSENT\" })");
		assertThat(attendanceRate()).isEqualTo(3.0 / 4);
		succeeds("removeAttendance(key: { eventId: \"ev.e1\", attendeeId: \"ev.su\" })");
		assertThat(attendanceRate()).isEqualTo(1.0);
		assertThat(history("ev.e1")).containsExactly("addAttendance", "updateAttendance", "addAttendance",
				"removeAttendance");
		this.graphQl.document("{ history(id: \"ev.su\") { operation before { field value } after { field } } }")
			.execute()
			.path("history[1].operation").entity(String.class).isEqualTo("removeAttendance")
			.path("history[1].before[?(@.field == 'role')].value").entityList(String.class).containsExactly("ABSENT")
			.path("history[1].after").entityList(Object.class).hasSize(0);
	}

	@Test
	void anAttendanceWithoutARoleIsReadAndCountsAsCame() {
		// the format leaves role optional; only ABSENT means "invited, did not come"
		this.graphQl.document("""
				mutation { addAttendance(input: { eventId: "ev.e1", personId: "ev.p3" }) {
				  attendance { role person { id } } errors { field } } }
				""")
			.execute()
			.path("addAttendance.attendance.person.id").entity(String.class).isEqualTo("ev.p3")
			.path("addAttendance.attendance.role").valueIsNull();
		assertThat(attendanceRate()).isEqualTo(2.0 / 3);
		this.graphQl.document("{ unit(id: \"ev.jm\") { events { attendance { role person { id } } } } }")
			.execute()
			// by role, a row without one last
			.path("unit.events[0].attendance[*].person.id").entityList(String.class).containsExactly("ev.p2", "ev.p1", "ev.p3")
			.path("unit.events[0].attendance[2].role").valueIsNull();
	}

	@Test
	void eventsAreCreatedChangedAndDeletedOnlyOnceNobodyAttends() {
		this.graphQl.document("""
				mutation { createEvent(input: { id: "ev.e2", type: "LEGAL_SERVICE", date: "2025-03", hostId: "ev.c", agreementId: "ev.a1" }) {
				  event { date host { id } agreement { id } } errors { field } } }
				""")
			.execute()
			.path("createEvent.event.date").entity(String.class).isEqualTo("2025-03-01")
			.path("createEvent.event.agreement.id").entity(String.class).isEqualTo("ev.a1");
		this.graphQl.document("{ meetingsHeld(scopeId: \"ev.s\", types: [\"LEGAL_SERVICE\"]) { year meetings } }")
			.execute()
			.path("meetingsHeld[*].meetings").entityList(Integer.class).containsExactly(1);
		succeeds("updateEvent(id: \"ev.e2\", changes: { type: \"VISIT\", title: \"走访\", agreementId: null })");
		this.graphQl.document("{ meetingsHeld(scopeId: \"ev.s\", types: [\"LEGAL_SERVICE\"]) { year meetings } }")
			.execute()
			.path("meetingsHeld").entityList(Object.class).hasSize(0);
		assertThat(errors("deleteEvent(id: \"ev.e1\")")).singleElement().satisfies(e -> assertThat(e)
			.containsEntry("field", "id")
			.containsEntry("message", "event \"ev.e1\" has 2 attendance rows; remove them first (removeAttendance)"));
		this.graphQl.document("mutation { deleteEvent(id: \"ev.e2\") { event { id } edit { before { field } after { field } } errors { field } } }")
			.execute()
			.path("deleteEvent.event").valueIsNull()
			.path("deleteEvent.edit.after").entityList(Object.class).hasSize(0);
		assertThat(this.driver.executableQuery("MATCH (e:Event {id: 'ev.e2'}) RETURN count(e) AS n")
			.execute().records().get(0).get("n").asLong()).isZero();
		assertThat(history("ev.e2")).containsExactly("createEvent", "updateEvent", "deleteEvent");
	}

	@Test
	void agreementsAndTheirPartiesAreCreatedChangedEndedAndRemoved() {
		this.graphQl.document("""
				mutation {
				  a: createAgreement(input: { id: "ev.a2", type: "PAIRING", name: "结对协议", since: "2024-01", amount: "12000.50" }) {
				    agreement { amount since } errors { field } }
				  b: addAgreementParty(input: { agreementId: "ev.a2", unitId: "ev.pc", role: "结对单位" }) { party { unit { id } role } errors { field } }
				  c: addAgreementParty(input: { agreementId: "ev.a2", unitId: "ev.c" }) { errors { field } }
				  d: updateAgreementParty(key: { agreementId: "ev.a2", unitId: "ev.c" }, changes: { role: "社区" }) { party { role } errors { field } }
				  e: updateAgreement(id: "ev.a2", changes: { name: "物业结对协议", amount: null }) { agreement { name amount } errors { field } }
				  f: endAgreement(id: "ev.a2", until: "2025-12-31") { agreement { until } edit { operation } errors { field } }
				}
				""")
			.execute()
			.path("a.agreement.amount").entity(Double.class).isEqualTo(12000.5)
			.path("b.party.unit.id").entity(String.class).isEqualTo("ev.pc")
			.path("d.party.role").entity(String.class).isEqualTo("社区")
			.path("e.agreement.amount").valueIsNull()
			.path("f.agreement.until").entity(String.class).isEqualTo("2025-12-31");
		this.graphQl.document("{ unit(id: \"ev.c\") { agreements(from: \"2026-01-01\") { id } } }")
			.execute()
			.path("unit.agreements[*].id").entityList(String.class).doesNotContain("ev.a2");
		this.graphQl.document("{ unit(id: \"ev.c\") { agreements(from: \"2025-01-01\") { id parties { unit { id } } } } }")
			.execute()
			.path("unit.agreements[?(@.id == 'ev.a2')].parties[*].unit.id").entityList(String.class)
			.containsExactly("ev.c", "ev.pc");
		succeeds("removeAgreementParty(key: { agreementId: \"ev.a2\", unitId: \"ev.pc\" })");
		this.graphQl.document("{ agreements(where: { id: { eq: \"ev.a2\" } }) { edges { node { parties { unit { id } } } } } }")
			.execute()
			.path("agreements.edges[0].node.parties[*].unit.id").entityList(String.class).containsExactly("ev.c");
		assertThat(history("ev.a2")).containsExactly("createAgreement", "addAgreementParty", "addAgreementParty",
				"updateAgreementParty", "updateAgreement", "endAgreement", "removeAgreementParty");
		assertThat(history("ev.pc")).containsExactly("addAgreementParty", "removeAgreementParty");
	}

	@Test
	void placingAManagerOnACompoundMovesItsCrossAppointment() {
		// ev.p3 manages for ev.pc, which serves both compounds, but runs ev.cp2: on ev.cp1 (where ev.p3
		// sits on the owners committee) the post is not on the property side.
		assertThat(crossAppointedIn("ev.cp1")).containsExactly("ev.p1");
		this.graphQl.document("""
				mutation { updatePost(key: { personId: "ev.p3", unitId: "ev.pc", role: "MANAGER", since: "2020-01-01" },
				  changes: { placeId: "ev.cp1" }) { post { place { id } } edit { before { field value } after { field value } } errors { field } } }
				""")
			.execute()
			.path("updatePost.post.place.id").entity(String.class).isEqualTo("ev.cp1")
			.path("updatePost.edit.before[?(@.field == 'placeId')].value").entityList(String.class).containsExactly("ev.cp2")
			.path("updatePost.edit.after[?(@.field == 'placeId')].value").entityList(String.class).containsExactly("ev.cp1");
		assertThat(crossAppointedIn("ev.cp1")).containsExactlyInAnyOrder("ev.p1", "ev.p3");
		// cleared, the post is on the property side of every compound the company serves
		succeeds("updatePost(key: { personId: \"ev.p3\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2020-01-01\" }, changes: { placeId: null })");
		assertThat(crossAppointedIn("ev.cp1")).containsExactlyInAnyOrder("ev.p1", "ev.p3");
		succeeds("updatePost(key: { personId: \"ev.p3\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2020-01-01\" }, changes: { placeId: \"ev.cp2\" })");
		assertThat(crossAppointedIn("ev.cp1")).containsExactly("ev.p1");
		// a new manager placed on ev.cp1 who also sits in the community: cross-appointed there only
		succeeds("createPost(input: { personId: \"ev.p2\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2024\", placeId: \"ev.cp1\" })");
		succeeds("createPost(input: { personId: \"ev.p2\", unitId: \"ev.rc\", role: \"MEMBER\", since: \"2024\" })");
		assertThat(crossAppointedIn("ev.cp1")).containsExactlyInAnyOrder("ev.p1", "ev.p2");
		assertThat(crossAppointedIn("ev.cp2")).isEmpty();
		// the compound a post is placed on lists the post's edits: placed there, moved away, placed anew
		assertThat(history("ev.cp1")).containsExactly("updatePost", "updatePost", "createPost");
		assertThat(history("ev.p3")).containsExactly("updatePost", "updatePost", "updatePost");
	}

	@Test
	void homeBranchAndReportedMembersAreEditable() {
		this.graphQl.document("""
				mutation {
				  a: updatePerson(id: "ev.p3", changes: { homeId: "ev.b1", partyBranchId: "ev.c" }) { person { ... on Person { home { id } partyBranch { id } } } errors { field } }
				  b: createPost(input: { personId: "ev.p3", unitId: "ev.c", role: "REPORTED_MEMBER", title: "在职党员报到", since: "2024-03" }) { post { role since } errors { field } }
				  c: createPerson(input: { id: "ev.p4", name: "编辑丁", partyMember: true, homeId: "ev.cp2", partyBranchId: "ev.c" }) { errors { field } }
				  d: updatePerson(id: "ev.p1", changes: { homeId: null, partyBranchId: null }) { edit { before { field value } after { field } } errors { field } }
				}
				""")
			.execute()
			.path("a.person.home.id").entity(String.class).isEqualTo("ev.b1")
			.path("a.person.partyBranch.id").entity(String.class).isEqualTo("ev.c")
			.path("b.post.role").entity(String.class).isEqualTo("REPORTED_MEMBER")
			.path("c.errors").entityList(Object.class).hasSize(0)
			.path("d.edit.before[?(@.field == 'homeId')].value").entityList(String.class).containsExactly("ev.cp1")
			.path("d.edit.after[?(@.field == 'homeId')]").entityList(Object.class).hasSize(0);
		assertThat(this.driver.executableQuery("""
				MATCH (p:Person) WHERE p.id IN ['ev.p1', 'ev.p3', 'ev.p4']
				RETURN p.id AS id, p.homeId AS home, p.partyBranchId AS branch ORDER BY id
				""").execute().records().stream().map(r -> r.get("id").asString() + ":" + r.get("home").asString(null) + ":"
				+ r.get("branch").asString(null)).toList())
			.containsExactly("ev.p1:null:null", "ev.p3:ev.b1:ev.c", "ev.p4:ev.cp2:ev.c");
		// the in-service member's report is not "too many posts" material, but it is a post in force
		this.graphQl.document("{ person(id: \"ev.p3\") { posts { role unit { id } } } }")
			.execute()
			.path("person.posts[?(@.role == 'REPORTED_MEMBER')].unit.id").entityList(String.class).containsExactly("ev.c");
	}

	@Test
	void everyImporterRuleIsATypedErrorAndChangesNothing() {
		String before = snapshot();
		assertThat(errors("createAgreement(input: { id: \"ev.a9\", type: \"TREATY\", name: \" \", since: \"2025\", until: \"2024\", amount: \"4e5\" })"))
			.extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("input.type", "input.name", "input.until", "input.amount");
		assertThat(errors("createAgreement(input: { id: \"ev.c\", type: \"OTHER\", name: \"撞号\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "input.id")
				.containsEntry("message", "agreement id \"ev.c\" is already a unit id in the store"));
		assertThat(errors("createAgreement(input: { id: \"ev.a1\", type: \"OTHER\", name: \"重复\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("message", "duplicate id \"ev.a1\" (an agreement in the store)"));
		assertThat(errors("createUnit(input: { id: \"ev.e1\", type: \"TEAM\", name: \"撞号\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("message", "unit id \"ev.e1\" is already an event id in the store"));
		assertThat(errors("createItem(input: { id: \"ev.i9\", list: \"WISH\", title: \"无主\", status: \"FINISHED\", providerId: \"ev.ghost\", beneficiaryId: \"ev.none\" })"))
			.extracting(e -> e.get("field") + ": " + e.get("message"))
			.containsExactlyInAnyOrder("input.list: unknown item list \"WISH\" (one of RESOURCE, NEED, PROJECT, SERVICE, DUTY)",
					"input.status: unknown item status \"FINISHED\" (one of OPEN, CLAIMED, DONE, DROPPED)",
					"input: an item needs agreement_id or owner_id (the agreement or the unit whose list it is on)",
					"input.providerId: no unit or person with id \"ev.ghost\"",
					"input.beneficiaryId: no unit with id \"ev.none\"");
		assertThat(errors("createItem(input: { id: \"ev.i9\", list: \"NEED\", title: \"x\", agreementId: \"ev.a9\" })"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "input.agreementId")
				.containsEntry("message", "no agreement with id \"ev.a9\""));
		assertThat(errors("claimItem(id: \"ev.i9\", providerId: \"ev.su\")")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "id").containsEntry("message", "no item with id \"ev.i9\""));
		assertThat(errors("claimItem(id: \"ev.i1\", providerId: \"ev.ghost\")")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "providerId"));
		assertThat(errors("deliverItem(id: \"ev.i1\", until: \"2024-02\")")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "until")
				.containsEntry("message", "until 2024-02 is before since 2024-03"));
		assertThat(errors("updateItem(id: \"ev.i1\", changes: { agreementId: null, ownerId: null })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "changes"));
		assertThat(errors("createEvent(input: { id: \"ev.e9\", type: \"PARTY\", date: \"2025-02-30\", hostId: \"ev.nowhere\" })"))
			.extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("input.type", "input.date", "input.hostId");
		assertThat(errors("updateEvent(id: \"ev.e1\", changes: { date: null })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "changes.date")
				.containsEntry("message", "empty value in a required column"));
		assertThat(errors("addAgreementParty(input: { agreementId: \"ev.a1\", unitId: \"ev.su\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "input").containsEntry("message",
					"duplicate party: same agreement and unit as one in the store; update or remove it instead"));
		assertThat(errors("addAgreementParty(input: { agreementId: \"ev.a9\", unitId: \"ev.p1\" })"))
			.extracting(e -> e.get("field") + ": " + e.get("message"))
			.containsExactlyInAnyOrder("input.agreementId: no agreement with id \"ev.a9\"",
					"input.unitId: no unit with id \"ev.p1\"");
		assertThat(errors("removeAgreementParty(key: { agreementId: \"ev.a1\", unitId: \"ev.c\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "key"));
		assertThat(errors("addAttendance(input: { eventId: \"ev.e1\", personId: \"ev.p3\", unitId: \"ev.su\" })"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "input")
				.containsEntry("message", "give person_id or unit_id, not both (one row for each who took part)"));
		assertThat(errors("addAttendance(input: { eventId: \"ev.e1\", role: \"GUEST\" })"))
			.extracting(e -> e.get("field")).containsExactlyInAnyOrder("input", "input.role");
		assertThat(errors("addAttendance(input: { eventId: \"ev.e1\", personId: \"ev.p1\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("message",
					"duplicate attendance: same event and attendee as one in the store; update or remove it instead"));
		assertThat(errors("addAttendance(input: { eventId: \"ev.e9\", personId: \"ev.nobody\" })"))
			.extracting(e -> e.get("field")).containsExactlyInAnyOrder("input.eventId", "input.personId");
		assertThat(errors("updateAttendance(key: { eventId: \"ev.e1\", attendeeId: \"ev.p1\" }, changes: { role: \"BOSS\" })"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "changes.role"));
		assertThat(errors("updatePerson(id: \"ev.p1\", changes: { homeId: \"ev.c\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "changes.homeId").containsEntry("message",
					"unit \"ev.c\" is a COMMUNITY_COMMITTEE, not one of COMPOUND, BUILDING"));
		assertThat(errors("updatePerson(id: \"ev.p2\", changes: { partyBranchId: \"ev.c\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "changes.partyBranchId").containsEntry("message",
					"party_branch_id is only for party members (party_member is not true)"));
		assertThat(errors("updatePerson(id: \"ev.p1\", changes: { partyBranchId: \"ev.cp1\" })")).singleElement()
			.satisfies(e -> assertThat(e.get("message")).asString().startsWith("unit \"ev.cp1\" is a COMPOUND, not one of DISTRICT_COMMITTEE"));
		assertThat(errors("createPerson(input: { id: \"ev.p9\", name: \"某人\", homeId: \"ev.nohome\" })")).singleElement()
			.satisfies(e -> assertThat(e).containsEntry("field", "input.homeId").containsEntry("message", "no unit with id \"ev.nohome\""));
		assertThat(errors("updatePost(key: { personId: \"ev.p3\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2020-01-01\" }, changes: { placeId: \"ev.nowhere\" })"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "changes.placeId")
				.containsEntry("message", "no unit with id \"ev.nowhere\""));
		assertThat(errors("createPost(input: { personId: \"ev.p2\", unitId: \"ev.c\", role: \"REPORTED_MEMBER\", since: \"2024-13\", placeId: \"bad id\" })"))
			.extracting(e -> e.get("field")).containsExactlyInAnyOrder("input.since", "input.placeId");
		assertThat(snapshot()).isEqualTo(before);
	}

	/**
	 * A bad value made by one change of datasets/tiny-v11, the import's file and column, an edit that
	 * makes it, the edit's field, and what the import adds to say where it looked.
	 */
	record Case(String name, String file, String from, String to, String column, String mutation, String field,
			String importAdds) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> v11BadValues() {
		return Stream.of(
				new Case("a bad amount", "agreements.csv", ",400000.00,", ",4e5,", "amount",
						"createAgreement(input: { id: \"ev.a8\", type: \"OTHER\", name: \"x\", amount: \"4e5\" })",
						"input.amount", ""),
				new Case("an unknown item status", "items.csv", "v.s,DONE,", "v.s,FINISHED,", "status",
						"updateItem(id: \"ev.i1\", changes: { status: \"FINISHED\" })", "changes.status", ""),
				new Case("an item on no list", "items.csv", "v.i2,NEED,楼道照明,,v.c,", "v.i2,NEED,楼道照明,,,", "-",
						"updateItem(id: \"ev.i1\", changes: { agreementId: null, ownerId: null })", "changes", ""),
				new Case("a home that is no home", "people.csv", "test,v.cp,v.c,hello", "test,ev.c,v.c,hello", "home_id",
						"updatePerson(id: \"ev.p1\", changes: { homeId: \"ev.c\" })", "changes.homeId", ""),
				new Case("a dangling place", "posts.csv", "2019,,test,v.cp", "2019,,test,v.nowhere", "place_id",
						"updatePost(key: { personId: \"ev.p3\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2020-01-01\" }, changes: { placeId: \"v.nowhere\" })",
						"changes.placeId", " in units.csv or in the store"),
				new Case("a dangling provider", "items.csv", ",v.su,v.s,DONE", ",v.ghost,v.s,DONE", "provider_id",
						"claimItem(id: \"ev.i1\", providerId: \"v.ghost\")", "providerId",
						" in units.csv, people.csv or the store"),
				new Case("attendance of both a person and a unit", "attendance.csv", "v.e2,v.p3,,", "v.e2,v.p3,v.c,",
						"-", "addAttendance(input: { eventId: \"ev.e1\", personId: \"ev.p3\", unitId: \"ev.c\" })", "input",
						""),
				new Case("an unknown attendance role", "attendance.csv", "v.e1,v.p1,,CHAIR", "v.e1,v.p1,,HOST", "role",
						"addAttendance(input: { eventId: \"ev.e1\", personId: \"ev.p3\", role: \"HOST\" })", "input.role",
						""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("v11BadValues")
	void importAndEditSayTheSame(Case c) throws IOException {
		Path bad = DataSets.copyWith(TINY_V11, this.dir.resolve("bad"), c.file(), c.from(), c.to());
		DataSetRejectedException rejected = catchThrowableOfType(DataSetRejectedException.class,
				() -> this.importer.check(bad, false));
		assertThat(rejected).as("the import of %s", c.to()).isNotNull();
		String fromImport = rejected.problems()
			.stream()
			.filter(p -> p.file().equals(c.file()) && p.column().equals(c.column()))
			.map(Problem::message)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no problem in " + c.file() + " " + c.column() + ": "
					+ rejected.problems()));
		List<Map<String, Object>> errors = errors(c.mutation());
		assertThat(errors).extracting(e -> e.get("field")).containsExactly(c.field());
		assertThat(fromImport).isEqualTo(errors.get(0).get("message") + c.importAdds());
	}

	@Test
	void theExportOfAnEditedStoreImportsBackToTheSameGraph() throws IOException {
		succeeds("claimItem(id: \"ev.i1\", providerId: \"ev.p1\", since: \"2024-04\")");
		succeeds("deliverItem(id: \"ev.i1\", until: \"2024-09\")");
		succeeds("createAgreement(input: { id: \"ev.a3\", type: \"PAIRING\", name: \"结对\", since: \"2025\", amount: \"88.5\" })");
		succeeds("addAgreementParty(input: { agreementId: \"ev.a3\", unitId: \"ev.c\", role: \"社区\" })");
		succeeds("createItem(input: { id: \"ev.i3\", list: \"SERVICE\", title: \"法律咨询\", agreementId: \"ev.a3\", hours: \"1.5\", status: \"OPEN\" })");
		succeeds("createEvent(input: { id: \"ev.e3\", type: \"ELECTION\", date: \"2025-06\", hostId: \"ev.cp1.oc\" })");
		succeeds("addAttendance(input: { eventId: \"ev.e3\", personId: \"ev.p1\", role: \"ELECTED\", note: \"主任\" })");
		succeeds("removeAttendance(key: { eventId: \"ev.e1\", attendeeId: \"ev.p2\" })");
		succeeds("updatePost(key: { personId: \"ev.p3\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2020-01-01\" }, changes: { placeId: \"ev.cp1\" })");
		succeeds("updatePerson(id: \"ev.p3\", changes: { homeId: \"ev.b1\", partyBranchId: \"ev.c\" })");
		succeeds("createPost(input: { personId: \"ev.p3\", unitId: \"ev.c\", role: \"REPORTED_MEMBER\", since: \"2024-03\" })");
		DataSet stored = this.exporter.read();
		Path first = this.dir.resolve("first");
		this.exporter.exportTo(first);
		// (other tests' rows may add x_ columns after the format's)
		assertThat(Files.readAllLines(first.resolve("items.csv")))
			.anyMatch(l -> l.startsWith("ev.i1,RESOURCE,编辑测试警务进社区,ev.a1,ev.su,ev.p1,ev.s,DONE,2024-04,2024-09,1000,,,test"))
			.anyMatch(l -> l.startsWith("ev.i3,SERVICE,法律咨询,ev.a3,,,,OPEN,,,,1.5,,"));
		assertThat(Files.readAllLines(first.resolve("attendance.csv")))
			.anyMatch(l -> l.startsWith("ev.e3,ev.p1,,ELECTED,主任"))
			.noneMatch(l -> l.startsWith("ev.e1,ev.p2,"));
		assertThat(Files.readAllLines(first.resolve("posts.csv")))
			.anyMatch(l -> l.startsWith("ev.p3,ev.pc,MANAGER,项目经理,2020-01-01,,test,ev.cp1"));
		DataSetImporter.ImportSummary replaced = this.importer.importDataSet(first, true);
		assertThat(replaced.replaced()).isTrue();
		assertThat(this.exporter.read()).isEqualTo(stored);
		Path second = this.dir.resolve("second");
		this.exporter.exportTo(second);
		DataSets.assertSameFiles(first, second);
	}

	@Test
	@WithMockUser(username = "viewer", roles = "PLANNER")
	void aPlannerCanReadButNotEdit(@Autowired ActivityEdits edits) {
		String before = snapshot();
		for (String mutation : List.of("createAgreement(input: { id: \"ev.a7\", type: \"OTHER\", name: \"x\" })",
				"endAgreement(id: \"ev.a1\", until: \"2025\")",
				"addAgreementParty(input: { agreementId: \"ev.a1\", unitId: \"ev.c\" })",
				"removeAgreementParty(key: { agreementId: \"ev.a1\", unitId: \"ev.su\" })",
				"claimItem(id: \"ev.i1\", providerId: \"ev.su\")", "deliverItem(id: \"ev.i1\", until: \"2025\")",
				"createEvent(input: { id: \"ev.e7\", type: \"VISIT\", date: \"2025\", hostId: \"ev.c\" })",
				"deleteEvent(id: \"ev.e1\")", "addAttendance(input: { eventId: \"ev.e1\", personId: \"ev.p3\" })",
				"removeAttendance(key: { eventId: \"ev.e1\", attendeeId: \"ev.p1\" })",
				"updatePost(key: { personId: \"ev.p3\", unitId: \"ev.pc\", role: \"MANAGER\", since: \"2020-01-01\" }, changes: { placeId: null })",
				"updatePerson(id: \"ev.p1\", changes: { homeId: null })")) {
			this.graphQl.document("mutation { " + mutation + " { errors { field } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).as(mutation)
					.singleElement()
					.satisfies(e -> assertThat(e.getMessage()).contains("needs the role")));
		}
		assertThatThrownBy(() -> edits.deliverItem("ev.i1", "2025")).isInstanceOf(AccessDeniedException.class);
		assertThat(snapshot()).isEqualTo(before);
		this.graphQl.document("{ items(where: { id: { eq: \"ev.i1\" } }) { totalCount } }")
			.execute()
			.path("items.totalCount").entity(Integer.class).isEqualTo(1);
	}

}
