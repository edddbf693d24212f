package io.govgraph.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.audit.AuditService;
import io.govgraph.audit.FindingStatus;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSetRejectedException;
import io.govgraph.roster.RosterImporter;
import io.govgraph.roster.RosterReport;
import io.govgraph.roster.TestStreet;
import io.govgraph.store.CypherQueries;
import io.govgraph.store.FailingOnce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each event type produced by the change that causes it, in the change's transaction: a data-set
 * import (posts, links and the cross-appointments they make), edits, an audit run and a decision,
 * a roster import, and the daily check (a post's until passing, a link going a year without
 * activity), which catches up each missed day once. Nothing is written twice; a rejected import or
 * a rolled-back transaction leaves no event.
 */
@IntegrationTest
class ChangeEventsTests {

	static final Path DATA_SET = Path.of("src/test/resources/datasets/events");

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	DataSetImporter importer;

	@Autowired
	ChangeEvents events;

	@Autowired
	EventLog log;

	@Autowired
	CypherQueries cypher;

	@Autowired
	AuditService audit;

	@Autowired
	RosterImporter rosters;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@BeforeEach
	void dataSet() {
		this.importer.importDataSet(DATA_SET, false);
	}

	private List<Record> cypher(String statement, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run(statement, parameters).list());
		}
	}

	private List<EventLog.StoredEvent> inScope(String scopeId, EventType... types) {
		return inScopeAfter(0, scopeId, types);
	}

	private List<EventLog.StoredEvent> inScopeAfter(long seq, String scopeId, EventType... types) {
		return this.log.after(seq,
				new EventLog.Filter(scopeId, types.length == 0 ? List.of(EventType.values()) : List.of(types), null, null),
				100_000);
	}

	private EventLog.StoredEvent withKey(String key) {
		List<Record> found = cypher("MATCH (e:ChangeEvent {key: $key}) RETURN e.seq AS seq", Map.of("key", key));
		assertThat(found).as("events with key %s", key).hasSize(1);
		long seq = found.get(0).get("seq").asLong();
		return this.log.after(seq - 1, new EventLog.Filter(null, List.of(EventType.values()), null, null), 1).get(0);
	}

	private long lastSeq() {
		return cypher("OPTIONAL MATCH (c:EventCounter {name: 'events'}) RETURN coalesce(c.value, 0) AS n", Map.of()).get(0)
			.get("n")
			.asLong();
	}

	private long outboxSize() {
		return cypher("""
				CALL () { MATCH (e:ChangeEvent) RETURN count(e) AS n
				  UNION ALL MATCH (p:PendingChangeEvents) RETURN sum(size(p.keys)) AS n }
				RETURN sum(n) AS n""", Map.of()).get(0).get("n").asLong();
	}

	private static Map<String, String> evidence(EventLog.StoredEvent e) {
		Map<String, String> map = new HashMap<>();
		e.evidence().forEach(x -> map.put(x.name(), x.value()));
		return map;
	}

	@Test
	void anImportReportsItsPostsLinksAndTheCrossAppointmentsTheyMake() {
		LocalDate today = this.events.today();
		EventLog.StoredEvent post = withKey("POST_STARTED|ce.p2|ce.oc|CHAIR|2020-01-01|2020-01-01");
		assertThat(post.date()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(post.scope()).containsExactlyInAnyOrder("ce.oc", "ce.cp", "ce.c", "ce.s", "ce.d");
		assertThat(post.personIds()).containsExactly("ce.p2");
		assertThat(evidence(post)).containsEntry("role", "CHAIR").containsEntry("unitId", "ce.oc");
		EventLog.StoredEvent link = withKey("LINK_STARTED|PAIRED_WITH|ce.lf|ce.c|2021-03-01|2021-03-01");
		assertThat(link.scope()).containsExactlyInAnyOrder("ce.lf", "ce.c", "ce.s", "ce.d");
		EventLog.StoredEvent cross = withKey("CROSS_APPOINTMENT_STARTED|ce.p3|ce.cp|" + today);
		assertThat(cross.date()).isEqualTo(today);
		assertThat(cross.scope()).containsExactlyInAnyOrder("ce.cp", "ce.c", "ce.s", "ce.d");
		// a subscriber to the street gets what happens beneath it; one to the other compound does not
		assertThat(inScope("ce.s")).extracting(EventLog.StoredEvent::key).contains(post.key(), link.key(), cross.key());
		assertThat(inScope("ce.cp2")).extracting(EventLog.StoredEvent::key).doesNotContain(post.key(), cross.key());
		// sequence numbers follow the outbox order
		List<EventLog.StoredEvent> all = inScope("ce.d");
		assertThat(all).extracting(EventLog.StoredEvent::seq).isSorted().doesNotHaveDuplicates();
	}

	@Test
	@WithMockUser(username = "planner", roles = "PLANNER")
	void aPlannerReadsPostEventsWithNamesMaskedPageByPageAndNoCrossAppointments() {
		String document = """
				query ($after: String) { changeEvents(scopeId: "ce.cp", types: [POST_STARTED], first: 1, after: $after) {
				  totalCount edges { cursor node { key type date people { id name } units { id name } evidence { name value } } }
				  pageInfo { hasNextPage endCursor } } }
				""";
		var first = this.graphQl.document(document).execute();
		first.path("changeEvents.totalCount").entity(Integer.class).isEqualTo(2);
		first.path("changeEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("changeEvents.pageInfo.endCursor").entity(String.class).get();
		var second = this.graphQl.document(document).variable("after", cursor).execute();
		second.path("changeEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<String> names = new java.util.ArrayList<>();
		names.addAll(first.path("changeEvents.edges[*].node.people[*].name").entityList(String.class).get());
		names.addAll(second.path("changeEvents.edges[*].node.people[*].name").entityList(String.class).get());
		assertThat(names).containsExactlyInAnyOrder("李某", "王某");
		String bodies = first.returnResponse().toString() + second.returnResponse().toString();
		assertThat(bodies).doesNotContain("李四", "王五", "139000");
		this.graphQl.document("{ changeEvents(types: [CROSS_APPOINTMENT_STARTED]) { totalCount } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("CROSS_APPOINTMENT_STARTED", "AUDITOR")));
	}

	@Test
	void anAuditorReadsNamesInFull() {
		this.graphQl.document("""
				{ changeEvents(scopeId: "ce.oc", types: [POST_STARTED], first: 10) { edges { node { people { name } } } } }
				""")
			.execute()
			.path("changeEvents.edges[*].node.people[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).containsExactlyInAnyOrder("李四", "王五"));
	}

	@Test
	void reimportingTheSameDataSetEmitsNothingNew() {
		long before = outboxSize();
		List<String> keys = inScope("ce.d").stream().map(EventLog.StoredEvent::key).toList();
		DataSetImporter.ImportSummary summary = this.importer.importDataSet(DATA_SET, false);
		assertThat(summary.changedNothing()).isTrue();
		assertThat(inScope("ce.d")).extracting(EventLog.StoredEvent::key).containsExactlyElementsOf(keys);
		assertThat(outboxSize()).isEqualTo(before);
	}

	@Test
	void aRejectedImportLeavesNoEvent() throws IOException {
		Path bad = Files.createDirectories(this.dir.resolve("bad"));
		Files.writeString(bad.resolve("units.csv"), """
				id,type,name,parent_id,aliases,sector,founded,dissolved,note,source
				ce.x,COMPOUND,事件测试三小区,ce.c,,,,,,test
				""", StandardCharsets.UTF_8);
		Files.writeString(bad.resolve("people.csv"), """
				id,name,party_member,party_since,gender,birth_year,phone,source
				""", StandardCharsets.UTF_8);
		Files.writeString(bad.resolve("links.csv"), """
				from_id,to_id,type,since,until,note,source
				""", StandardCharsets.UTF_8);
		Files.writeString(bad.resolve("posts.csv"), """
				person_id,unit_id,role,title,since,until,source
				ce.p1,ce.x,MEMBER,,2020-01-01,,test
				ce.nobody,ce.x,MEMBER,,2020-01-01,,test
				""", StandardCharsets.UTF_8);
		long before = outboxSize();
		assertThatThrownBy(() -> this.importer.importDataSet(bad, false)).isInstanceOf(DataSetRejectedException.class);
		assertThat(outboxSize()).isEqualTo(before);
	}

	@Test
	void anEventIsWrittenInTheTransactionOfItsChangeAndRolledBackWithIt() {
		long before = outboxSize();
		String key = "POST_STARTED|ce.p1|ce.oc2|MEMBER|2020-01-01|2020-01-01";
		try (Session session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			tx.run("""
					MATCH (p:Person {id: 'ce.p1'}), (u:Unit {id: 'ce.oc2'})
					CREATE (p)-[:HOLDS_POST {role: 'MEMBER', since: date('2020-01-01')}]->(u)
					""").consume();
			Map<String, Object> edit = new HashMap<>();
			edit.put("entity", "POST");
			edit.put("subjects", List.of("ce.p1", "ce.oc2"));
			edit.put("afterKeys", List.of("personId", "unitId", "role", "since"));
			edit.put("afterValues", List.of("ce.p1", "ce.oc2", "MEMBER", "2020-01-01"));
			this.events.edited(tx, edit);
			// inside the transaction the event is there, with its sequence number
			assertThat(tx.run("MATCH (e:ChangeEvent {key: $key}) RETURN e.seq AS seq", Map.of("key", key)).single()
				.get("seq")
				.asLong()).isPositive();
			tx.rollback();
		}
		assertThat(cypher("MATCH (e:ChangeEvent {key: $key}) RETURN e", Map.of("key", key))).isEmpty();
		assertThat(cypher("MATCH (:Person {id: 'ce.p1'})-[h:HOLDS_POST]->(:Unit {id: 'ce.oc2'}) RETURN h", Map.of()))
			.isEmpty();
		assertThat(outboxSize()).isEqualTo(before);
	}

	@Test
	void anImportsStagedEventsAreNotInTheOutboxAndARollBackDropsThem() {
		long before = outboxSize();
		ChangeEvent staged = ChangeEvent.postStarted("ce.p1", "ce.rc", "MEMBER", LocalDate.of(2022, 2, 2), null,
				this.events.today());
		this.events.stageImport(this.driver, "events-test-import", List.of(staged), 10);
		assertThat(outboxSize()).isEqualTo(before + 1);
		assertThat(inScope("ce.rc")).extracting(EventLog.StoredEvent::key).doesNotContain(staged.key());
		this.events.discardImport(this.driver, "events-test-import", 10);
		assertThat(outboxSize()).isEqualTo(before);
	}

	@Test
	void anImportsStagedPartsArePublishedInOrderEachKeyOnceWithTheirScopes() {
		LocalDate today = this.events.today();
		LocalDate since = LocalDate.of(2019, 5, 6);
		// five events staged two a part (three parts), their units in a tree the store does not hold;
		// one post ended (two events of one post)
		List<ChangeEvent> staged = List.of(
				ChangeEvent.postStarted("ce.sp1", "ce.sx.a", "MEMBER", since, null, today),
				ChangeEvent.postStarted("ce.sp2", "ce.sx.b", "CHAIR", since, null, today),
				ChangeEvent.linkStarted("PAIRED_WITH", "ce.sx.lf", "ce.sx.a", null, null, today),
				ChangeEvent.postStarted("ce.sp3", "ce.sx.a", "MEMBER", since, LocalDate.of(2020, 1, 31), today),
				ChangeEvent.postEnded("ce.sp3", "ce.sx.a", "MEMBER", since, LocalDate.of(2020, 1, 31)));
		Map<String, String> parentOf = Map.of("ce.sx.a", "ce.sx.c", "ce.sx.b", "ce.sx.c", "ce.sx.c", "ce.sx");
		// the daily check wrote one of the keys after the staging: it is not written again
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> this.events.record(tx, List.of(staged.get(1))));
		}
		long before = lastSeq();
		long outbox = outboxSize();
		this.events.stageImport(this.driver, "events-test-parts", staged, parentOf, 2, 2);
		assertThat(cypher("MATCH (p:PendingChangeEvents {importId: 'events-test-parts'}) RETURN p", Map.of())).hasSize(3);
		this.events.publishImport(this.driver, "events-test-parts", 2);

		assertThat(cypher("MATCH (p:PendingChangeEvents) RETURN p", Map.of())).isEmpty();
		assertThat(outboxSize()).isEqualTo(outbox + 4);
		List<String> keys = List.of(staged.get(0).key(), staged.get(2).key(), staged.get(3).key(), staged.get(4).key());
		List<EventLog.StoredEvent> published = this.log.after(before,
				new EventLog.Filter(null, List.of(EventType.values()), null, null), 100);
		// staged order, consecutive numbers after the last one (the comparison's events, if any, follow)
		assertThat(published.subList(0, 4)).extracting(EventLog.StoredEvent::key).containsExactlyElementsOf(keys);
		assertThat(published.subList(0, 4)).extracting(EventLog.StoredEvent::seq)
			.containsExactly(before + 1, before + 2, before + 3, before + 4);
		List<Record> once = cypher("MATCH (e:ChangeEvent {key: $key}) RETURN e.seq AS seq", Map.of("key", staged.get(1).key()));
		assertThat(once).hasSize(1);
		assertThat(once.get(0).get("seq").asLong()).isLessThanOrEqualTo(before);
		EventLog.StoredEvent first = published.get(0);
		assertThat(first.type()).isEqualTo(EventType.POST_STARTED);
		assertThat(first.date()).isEqualTo(since);
		assertThat(first.scope()).containsExactly("ce.sx.a", "ce.sx.c", "ce.sx");
		assertThat(first.personIds()).containsExactly("ce.sp1");
		assertThat(evidence(first)).containsEntry("role", "MEMBER").containsEntry("unitId", "ce.sx.a");
		assertThat(published.get(1).type()).isEqualTo(EventType.LINK_STARTED);
		assertThat(published.get(1).date()).isEqualTo(today);
		assertThat(published.get(1).scope()).containsExactly("ce.sx.lf", "ce.sx.a", "ce.sx.c", "ce.sx");
		assertThat(published.get(3).type()).isEqualTo(EventType.POST_ENDED);
		assertThat(published.get(3).date()).isEqualTo(LocalDate.of(2020, 2, 1));

		// published again (a restart after the last part): nothing more
		long after = lastSeq();
		this.events.publishImport(this.driver, "events-test-parts", 2);
		assertThat(lastSeq()).isEqualTo(after);
	}

	@Test
	void partsPublishedSideBySideAreNumberedInTheirOrder() {
		List<ChangeEvent> staged = postsStarted("ce.op", 90, LocalDate.of(2018, 1, 1));
		long before = lastSeq();
		// thirty parts of three on three threads: a part created early still waits for the one before it
		this.events.stageImport(this.driver, "events-test-order", staged, Map.of(), 3, 3);
		this.events.publishImport(this.driver, "events-test-order", 3);
		assertPublishedInOrder(before, staged);
	}

	@Test
	void aPartWhoseTransactionIsRetriedAfterNumberingKeepsItsPlace() {
		List<ChangeEvent> staged = postsStarted("ce.rp", 9, LocalDate.of(2019, 1, 1));
		long before = lastSeq();
		this.events.stageImport(this.driver, "events-test-retry", staged, Map.of(), 3, 2);
		// the first part's transaction numbers its events, then fails as a deadlock would: the driver
		// rolls it back and runs it again (after its back-off), while the second part waits
		AtomicBoolean failed = new AtomicBoolean();
		Driver failingOnce = FailingOnce.after(this.driver, (statement, parameters) -> Long.valueOf(0).equals(parameters.get("part")),
				() -> {
				}, failed);
		this.events.publishImport(failingOnce, "events-test-retry", 2);
		assertThat(failed).isTrue();
		assertPublishedInOrder(before, staged);
	}

	@Test
	void aPartThatFailsStopsThePartsAfterItWhichAreThenPublishedInOrder() {
		List<ChangeEvent> staged = postsStarted("ce.fp", 9, LocalDate.of(2017, 1, 1));
		long before = lastSeq();
		this.events.stageImport(this.driver, "events-test-fail", staged, Map.of(), 3, 2);
		// the first part fails for good after creating and numbering its events (rolled back)
		AtomicBoolean failed = new AtomicBoolean();
		Driver failing = FailingOnce.after(this.driver, (statement, parameters) -> Long.valueOf(0).equals(parameters.get("part")),
				() -> {
				}, failed, () -> new IllegalStateException("injected: part 0 fails"));
		assertThatThrownBy(() -> this.events.publishImport(failing, "events-test-fail", 2))
			.hasMessageContaining("part 0 fails");
		assertThat(lastSeq()).as("no part after the failed one was published").isEqualTo(before);
		this.events.publishImport(this.driver, "events-test-fail", 2);
		assertPublishedInOrder(before, staged);
	}

	/** {@code count} posts started by people {@code prefix}0, 1… in the test's units, a day apart from {@code from}. */
	private List<ChangeEvent> postsStarted(String prefix, int count, LocalDate from) {
		LocalDate today = this.events.today();
		List<ChangeEvent> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			events.add(ChangeEvent.postStarted(prefix + i, "ce.ox" + (i % 7), "MEMBER", from.plusDays(i), null, today));
		}
		return events;
	}

	/** The first post events after number {@code before} are the staged ones, in their order, numbered one after another. */
	private void assertPublishedInOrder(long before, List<ChangeEvent> staged) {
		List<EventLog.StoredEvent> after = this.log.after(before,
				new EventLog.Filter(null, List.of(EventType.POST_STARTED), null, null), 1_000);
		assertThat(after).hasSizeGreaterThanOrEqualTo(staged.size());
		List<EventLog.StoredEvent> published = after.subList(0, staged.size());
		assertThat(published).extracting(EventLog.StoredEvent::key)
			.containsExactlyElementsOf(staged.stream().map(ChangeEvent::key).toList());
		assertThat(published).extracting(EventLog.StoredEvent::seq)
			.containsExactlyElementsOf(LongStream.rangeClosed(before + 1, before + staged.size()).boxed().toList());
	}

	@Test
	void editsThatAddAndEndAPostReportThePostAndTheCrossAppointment() {
		LocalDate today = this.events.today();
		this.graphQl.document("""
				mutation { a: createPost(input: { personId: "ce.p4", unitId: "ce.oc2", role: "MEMBER", since: "2020-01-01" })
				  { errors { message } } }
				""").execute().path("a.errors").entityList(Object.class).hasSize(0);
		assertThat(withKey("POST_STARTED|ce.p4|ce.oc2|MEMBER|2020-01-01|2020-01-01").scope()).contains("ce.cp2", "ce.s");
		assertThat(inScope("ce.cp2", EventType.CROSS_APPOINTMENT_STARTED)).isEmpty();
		this.graphQl.document("""
				mutation { b: createPost(input: { personId: "ce.p4", unitId: "ce.c", role: "MEMBER", since: "2020-01-01" })
				  { errors { message } } }
				""").execute().path("b.errors").entityList(Object.class).hasSize(0);
		// on the owners and the community side of ce.cp2 now; ce.cp has no post of his on its owners side
		EventLog.StoredEvent started = withKey("CROSS_APPOINTMENT_STARTED|ce.p4|ce.cp2|" + today);
		assertThat(started.personIds()).containsExactly("ce.p4");
		assertThat(inScope("ce.cp", EventType.CROSS_APPOINTMENT_STARTED)).extracting(EventLog.StoredEvent::subject)
			.doesNotContain("ce.p4|ce.cp");
		this.graphQl.document("""
				mutation { c: endPost(key: { personId: "ce.p4", unitId: "ce.c", role: "MEMBER", since: "2020-01-01" },
				  until: "2021-06-30") { errors { message } } }
				""").execute().path("c.errors").entityList(Object.class).hasSize(0);
		EventLog.StoredEvent ended = withKey("POST_ENDED|ce.p4|ce.c|MEMBER|2020-01-01|2021-07-01");
		assertThat(evidence(ended)).containsEntry("until", "2021-06-30");
		assertThat(withKey("CROSS_APPOINTMENT_ENDED|ce.p4|ce.cp2|" + today).seq()).isGreaterThan(ended.seq() - 1)
			.isGreaterThan(started.seq());
	}

	@Test
	void anAuditRunOpensFindingsAndADecisionIsReported() {
		LocalDate today = this.events.today();
		this.audit.run("ce.s", today);
		List<EventLog.StoredEvent> opened = inScope("ce.s", EventType.FINDING_OPENED);
		assertThat(opened).isNotEmpty();
		EventLog.StoredEvent first = opened.get(0);
		String findingId = evidence(first).get("findingId");
		assertThat(evidence(first)).containsKeys("ruleId", "severity").containsEntry("status", "OPEN");
		// a second run finds the same: nothing new
		long before = outboxSize();
		this.audit.run("ce.s", today);
		assertThat(outboxSize()).isEqualTo(before);
		this.audit.decide(findingId, FindingStatus.CONFIRMED, "checked on site", "auditor");
		List<EventLog.StoredEvent> decided = inScope("ce.s", EventType.FINDING_DECIDED);
		assertThat(decided).filteredOn(e -> findingId.equals(evidence(e).get("findingId")))
			.singleElement()
			.satisfies(e -> assertThat(evidence(e)).containsEntry("status", "CONFIRMED"));
	}

	@Test
	void aRosterImportReportsItsPostsItsUnitsAndItsCandidates() throws IOException {
		cypher(TestStreet.CLEANUP, Map.of());
		cypher(TestStreet.SETUP, Map.of());
		try {
			Path rc = this.dir.resolve("居委会2024.csv");
			Files.writeString(rc, String.join("\r\n", "测试甲社区居委会成员名单（2024年1月1日）", "姓名,性别,出生年月,政治面貌,职务,联系电话",
					"王  伟,男,1975.03,中共党员,主任,138-1234-5678", "李娜,女,1980-05,群众,委员,13900000001",
					"赵六,男,1966.01,党员,委员,") + "\r\n", StandardCharsets.UTF_8);
			Path oc = this.dir.resolve("业委会2024.csv");
			Files.writeString(oc, String.join("\r\n", "测试甲花园业委会成员名单（2024年6月30日）", "姓名,性别,出生年月,政治面貌,职务,联系电话",
					"王伟,男,1975.03,党员,主任,+86 138 1234 5678", "李娜,女,1980.05,群众,委员,", "赵六,,,群众,委员,") + "\r\n",
					StandardCharsets.UTF_8);
			long seq = lastSeq();
			RosterReport report = this.rosters.importPaths(List.of(rc, oc), null, false, "tester");
			assertThat(report.written()).isTrue();
			// other tests use the same street: only this import's events
			List<EventLog.StoredEvent> imported = inScopeAfter(seq, "test.roster.street", EventType.ROSTER_IMPORTED);
			assertThat(imported).extracting(e -> evidence(e).get("unitId") + ":" + evidence(e).get("postsStarted") + ":"
					+ evidence(e).get("postsEnded"))
				.containsExactlyInAnyOrder("test.roster.rc:3:0", "test.roster.oc:3:0");
			assertThat(inScopeAfter(seq, "test.roster.rc", EventType.POST_STARTED)).hasSize(3)
				.allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 1, 1)));
			List<EventLog.StoredEvent> raised = inScopeAfter(seq, "test.roster.street", EventType.CANDIDATE_RAISED);
			assertThat(raised).singleElement().satisfies(e -> {
				assertThat(e.unitIds()).containsExactly("test.roster.oc");
				assertThat(e.personIds()).hasSize(2);
			});
		}
		finally {
			cypher(TestStreet.CLEANUP, Map.of());
		}
	}

	@Test
	void theDailyCheckCatchesUpEachMissedDayOnce() {
		LocalDate saved = lastDay();
		try {
			setLastDay(LocalDate.of(2030, 12, 30));
			DailyCheck check = dailyCheck(LocalDate.of(2031, 1, 2));
			List<DailyCheck.DayChecked> done = check.catchUp();
			assertThat(done).extracting(DailyCheck.DayChecked::day)
				.containsExactly(LocalDate.of(2030, 12, 31), LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2));
			// the legal service of 2030-01-01 keeps the pairing active up to 2030-12-31
			EventLog.StoredEvent paper = withKey("LINK_BECAME_PAPER|PAIRED_WITH|ce.lf|ce.c|2021-03-01|2031-01-01");
			assertThat(evidence(paper)).containsEntry("lastEventId", "ce.e1").containsEntry("lastEventDate", "2030-01-01");
			assertThat(paper.scope()).contains("ce.lf", "ce.c", "ce.s");
			// ce.p3's residents-committee post was in force up to 2031-01-01: it ends, and his cross-appointment with it
			assertThat(withKey("POST_ENDED|ce.p3|ce.rc|MEMBER|2020-01-01|2031-01-02").date())
				.isEqualTo(LocalDate.of(2031, 1, 2));
			assertThat(withKey("CROSS_APPOINTMENT_ENDED|ce.p3|ce.cp|2031-01-02").date()).isEqualTo(LocalDate.of(2031, 1, 2));
			assertThat(check.lastDay()).isEqualTo(LocalDate.of(2031, 1, 2));
			// again, and the last day again (as after a check whose transaction did not commit): nothing new
			long before = outboxSize();
			assertThat(check.catchUp()).isEmpty();
			assertThat(check.check(LocalDate.of(2031, 1, 2)).events()).isZero();
			assertThat(inScope("ce.d", EventType.LINK_BECAME_PAPER, EventType.POST_ENDED)
				.stream()
				.filter(e -> !e.date().isBefore(LocalDate.of(2030, 12, 31)))).hasSize(2);
			assertThat(outboxSize()).isEqualTo(before);
		}
		finally {
			// the rest of the suite lives in the present
			setLastDay(saved);
			dailyCheck(this.events.today()).check(this.events.today());
		}
	}

	private DailyCheck dailyCheck(LocalDate today) {
		Clock clock = Clock.fixed(ZonedDateTime.of(today.atTime(0, 5), ZONE).toInstant(), ZONE);
		return new DailyCheck(this.driver, new ChangeEvents(this.cypher, clock), this.cypher,
				new EventsProperties(EventsProperties.CHECK_CRON, true, 400));
	}

	private LocalDate lastDay() {
		Value day = cypher("OPTIONAL MATCH (c:EventCheck {name: 'daily'}) RETURN c.lastDay AS d", Map.of()).get(0).get("d");
		return day.isNull() ? null : day.asLocalDate();
	}

	private void setLastDay(LocalDate day) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("day", day);
		cypher("MERGE (c:EventCheck {name: 'daily'}) SET c.lastDay = $day", parameters);
	}

}
