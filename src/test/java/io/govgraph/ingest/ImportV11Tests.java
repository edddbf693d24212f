package io.govgraph.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.export.DataSetExporter;
import io.govgraph.model.DataSet;
import io.govgraph.model.Problem;
import io.govgraph.store.CypherQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The v1.1 additions of docs/spec/import-format.md on a hand-made data set (datasets/tiny-v11: the
 * tiny one under its own ids, with homes, party branches, a placed manager, a reported member, two
 * agreements, their parties, three items, two events and their attendance): every new rule
 * rejected at its {@code file:line: column} with the store unchanged, re-import, update in place,
 * roll-back and the lossless round trip.
 */
@IntegrationTest
class ImportV11Tests {

	static final Path V11 = Path.of("src/test/resources/datasets/tiny-v11");

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries cypher;

	@TempDir
	Path dir;

	static Stream<Arguments> badInput() {
		return Stream.of(
				arguments("people.csv", "test,v.cp,v.c,hello", "test,v.c,v.c,hello",
						"people.csv:2: home_id: unit \"v.c\" is a COMMUNITY_COMMITTEE, not one of COMPOUND, BUILDING"),
				arguments("people.csv", "test,v.b1,,", "test,v.zz,,", "people.csv:3: home_id: no unit with id \"v.zz\""),
				arguments("people.csv", "test,,v.c,", "test,,v.pc,",
						"people.csv:4: party_branch_id: unit \"v.pc\" is a PROPERTY_COMPANY, not one of"),
				arguments("people.csv", "test,v.b1,,", "test,v.b1,v.c,",
						"people.csv:3: party_branch_id: party_branch_id is only for party members"),
				arguments("posts.csv", "test,v.cp", "test,v.zz", "posts.csv:6: place_id: no unit with id \"v.zz\""),
				arguments("agreements.csv", "CO_CONSTRUCTION", "CO_OPERATION",
						"agreements.csv:2: type: unknown agreement type \"CO_OPERATION\""),
				arguments("agreements.csv", "400000.00", "40万", "agreements.csv:2: amount: bad amount \"40万\""),
				arguments("agreements.csv", "2021,,,,", "2021,2020,,,",
						"agreements.csv:3: until: until 2020 is before since 2021"),
				arguments("agreements.csv", "v.a2,JOINT", "is.education,JOINT",
						"agreements.csv:3: id: agreement id \"is.education\" is already a unit id in the store"),
				arguments("agreement_parties.csv", "v.a2,v.jm", "v.a9,v.jm",
						"agreement_parties.csv:4: agreement_id: no agreement with id \"v.a9\""),
				arguments("agreement_parties.csv", "v.a2,v.jm", "v.a2,v.jx",
						"agreement_parties.csv:4: unit_id: no unit with id \"v.jx\""),
				arguments("agreement_parties.csv", "v.a1,v.s,", "v.a1,v.su,",
						"agreement_parties.csv:3: -: duplicate party: same agreement and unit as line 2"),
				arguments("items.csv", "v.i2,NEED", "v.i2,WISH", "items.csv:3: list: unknown item list \"WISH\""),
				arguments("items.csv", ",OPEN,2024", ",STARTED,2024", "items.csv:3: status: unknown item status \"STARTED\""),
				arguments("items.csv", "楼道照明,,v.c,", "楼道照明,,,", "items.csv:3: -: an item needs agreement_id or owner_id"),
				arguments("items.csv", "v.p1,v.c,CLAIMED", "v.p9,v.c,CLAIMED",
						"items.csv:4: provider_id: no unit or person with id \"v.p9\""),
				arguments("items.csv", ",v.cp,OPEN", ",v.zz,OPEN", "items.csv:3: beneficiary_id: no unit with id \"v.zz\""),
				arguments("items.csv", ",,1.5,", ",,1.5h,", "items.csv:4: hours: bad hours \"1.5h\""),
				arguments("items.csv", "2024-03,2024-06-30", "2024-03,2024-02-30",
						"items.csv:2: until: bad date \"2024-02-30\" (no such day)"),
				arguments("items.csv", "v.i3,PROJECT", "v.i1,PROJECT", "items.csv:4: id: duplicate id \"v.i1\" (first on line 2)"),
				arguments("items.csv", "v.i3,PROJECT", "v.a1,PROJECT",
						"items.csv:4: id: item id \"v.a1\" is already an agreement id (agreements.csv line 2)"),
				arguments("items.csv", "v.i3,PROJECT", "v.cp,PROJECT",
						"items.csv:4: id: item id \"v.cp\" is already a unit id (units.csv line 6)"),
				arguments("items.csv", "id,list,title,", "id,kind,title,", "items.csv:1: list: missing required column"),
				arguments("units.csv", "v.jm,JOINT_MEETING", "v.e1,JOINT_MEETING",
						"units.csv:11: id: unit id \"v.e1\" is already an event id (events.csv line 2)"),
				arguments("events.csv", "2024-05-10", "2024-05-32", "events.csv:2: date: bad date \"2024-05-32\" (no such day)"),
				arguments("events.csv", "LEGAL_SERVICE,2024-06", "LEGAL_SERVICE,",
						"events.csv:3: date: empty value in a required column"),
				arguments("events.csv", "JOINT_MEETING,2024", "MEETING,2024", "events.csv:2: type: unknown event type \"MEETING\""),
				arguments("events.csv", "v.jm,第二", "v.jx,第二", "events.csv:2: host_id: no unit with id \"v.jx\""),
				arguments("events.csv", "法律服务坐班,v.a1", "法律服务坐班,v.a7",
						"events.csv:3: agreement_id: no agreement with id \"v.a7\""),
				arguments("events.csv", ",source,x_place", ",source,place", "events.csv:1: place: unknown column"),
				arguments("attendance.csv", "v.e2,v.p3,,", "v.e2,,,", "attendance.csv:5: -: attendance needs person_id or unit_id"),
				arguments("attendance.csv", "v.e2,v.p3,,", "v.e2,v.p3,v.c,",
						"attendance.csv:5: -: give person_id or unit_id, not both"),
				arguments("attendance.csv", "v.e2,v.p3,,ATTENDEE", "v.e2,v.p3,,GUEST",
						"attendance.csv:5: role: unknown attendance role \"GUEST\""),
				arguments("attendance.csv", "v.e2,v.p3", "v.e9,v.p3", "attendance.csv:5: event_id: no event with id \"v.e9\""),
				arguments("attendance.csv", "v.e1,v.p2,", "v.e1,v.p7,", "attendance.csv:4: person_id: no person with id \"v.p7\""),
				arguments("attendance.csv", "v.e2,v.p3", "v.e1,v.p1",
						"attendance.csv:5: -: duplicate attendance: same event and attendee as line 2"));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("badInput")
	void badInputIsRejectedWithItsPlaceAndChangesNothing(String file, String from, String to, String expected)
			throws IOException {
		Path bad = DataSets.copyWith(V11, this.dir.resolve("bad"), file, from, to);
		DataSet before = this.exporter.read();
		try {
			this.importer.importDataSet(bad, false);
			throw new AssertionError("accepted: " + expected);
		}
		catch (DataSetRejectedException ex) {
			assertThat(ex.problems()).extracting(Problem::toString)
				.anySatisfy(p -> assertThat(p).startsWith(expected));
		}
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void aV11DataSetIsStoredAsGivenAndReImportChangesNothing() {
		this.importer.importDataSet(V11, false);
		DataSetImporter.ImportSummary again = this.importer.importDataSet(V11, false);
		assertThat(again.changedNothing()).isTrue();
		assertThat(again.agreements()).isEqualTo(new DataSetImporter.Counts(0, 0, 2));
		assertThat(again.parties()).isEqualTo(new DataSetImporter.Counts(0, 0, 3));
		assertThat(again.items()).isEqualTo(new DataSetImporter.Counts(0, 0, 3));
		assertThat(again.events()).isEqualTo(new DataSetImporter.Counts(0, 0, 2));
		assertThat(again.attendance()).isEqualTo(new DataSetImporter.Counts(0, 0, 4));
		DataSet stored = this.exporter.read();
		assertThat(stored.people()).filteredOn(p -> p.id().equals("v.p1"))
			.singleElement()
			.satisfies(p -> assertThat(List.of(p.homeId(), p.partyBranchId())).containsExactly("v.cp", "v.c"));
		assertThat(stored.posts()).filteredOn(p -> p.personId().equals("v.p3") && p.role().equals("MANAGER"))
			.singleElement()
			.satisfies(p -> assertThat(p.placeId()).isEqualTo("v.cp"));
		assertThat(stored.posts()).anySatisfy(p -> assertThat(p.role()).isEqualTo("REPORTED_MEMBER"));
		assertThat(stored.agreements()).filteredOn(a -> a.id().equals("v.a1"))
			.singleElement()
			.satisfies(a -> assertThat(a.amount()).isEqualByComparingTo(new BigDecimal("400000")));
		assertThat(stored.items()).filteredOn(i -> i.id().equals("v.i1"))
			.singleElement()
			.satisfies(i -> {
				assertThat(i.amount().toPlainString()).isEqualTo("1250.5");
				assertThat(i.hours().toPlainString()).isEqualTo("12");
				assertThat(i.since().text()).isEqualTo("2024-03");
			});
		assertThat(stored.attendance()).filteredOn(a -> a.eventId().equals("v.e1"))
			.extracting(a -> a.attendeeId() + ":" + a.role())
			.containsExactly("v.p1:CHAIR", "v.p2:ABSENT", "v.su:ATTENDEE");
		try (Session session = this.driver.session()) {
			assertThat(session.run("""
					MATCH (u:Unit)-[:PARTY_TO]->(:Agreement {id: 'v.a1'}) WITH u ORDER BY u.id RETURN collect(u.id) AS ids
					""").single().get("ids").asList()).containsExactly("v.s", "v.su");
			assertThat(session.run("MATCH (e:Event {hostId: 'v.jm'}) RETURN e.date AS d").single().get("d").asLocalDate())
				.hasToString("2024-05-10");
		}
	}

	@Test
	void aChangedItemOrAttendanceIsUpdatedInPlace() throws IOException {
		this.importer.importDataSet(V11, false);
		Path changed = DataSets.copyWith(V11, this.dir.resolve("changed"), "items.csv", ",OPEN,2024", ",CLAIMED,2024");
		Files.writeString(changed.resolve("attendance.csv"),
				Files.readString(changed.resolve("attendance.csv")).replace("v.e2,v.p3,,ATTENDEE", "v.e2,v.p3,,OBSERVER"));
		DataSetImporter.ImportSummary summary = this.importer.importDataSet(changed, false);
		assertThat(summary.items()).isEqualTo(new DataSetImporter.Counts(0, 1, 2));
		assertThat(summary.attendance()).isEqualTo(new DataSetImporter.Counts(0, 1, 3));
		DataSet stored = this.exporter.read();
		assertThat(stored.items()).filteredOn(i -> i.id().equals("v.i2"))
			.singleElement()
			.satisfies(i -> assertThat(i.status()).isEqualTo("CLAIMED"));
		this.importer.importDataSet(V11, false);
	}

	@Test
	void aRollBackDeletesCreatedRecordsAndRestoresChangedOnes() {
		this.importer.importDataSet(V11, false);
		DataSet before = this.exporter.read();
		ImportJournal journal = this.importer.journal();
		String id = journal.begin("test", false);
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				tx.run(this.cypher.get("ingest/create_agreements"),
						Map.of("rows", List.of(Map.of("props", Map.of("id", "v.a9", "type", "OTHER", "name", "新协议")))))
					.consume();
				tx.run(this.cypher.get("ingest/update_events"), Map.of("importId", id, "rows",
						List.of(Map.of("props", Map.of("id", "v.e1", "type", "OTHER", "hostId", "v.c",
								"date", java.time.LocalDate.parse("2025-01-01"))))))
					.consume();
				journal.record(tx, id, 1, ImportJournal.CREATED, List.of(), List.of(), List.of(), List.of("v.a9"));
			});
		}
		assertThat(this.exporter.read()).isNotEqualTo(before);
		ImportJournal.Undone undone = journal.rollBack(id);
		assertThat(undone.units()).isEqualTo(1);
		assertThat(undone.restored()).isEqualTo(1);
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	@Test
	void exportThenImportIsLossless() throws IOException {
		this.importer.importDataSet(V11, false);
		DataSet stored = this.exporter.read();
		Path first = this.dir.resolve("first");
		this.exporter.exportTo(first);
		assertThat(Files.readString(first.resolve("posts.csv"))).startsWith(
				"person_id,unit_id,role,title,since,until,source,place_id");
		assertThat(Files.readString(first.resolve("agreements.csv"))).contains(",400000,");
		DataSetImporter.ImportSummary replaced = this.importer.importDataSet(first, true);
		assertThat(replaced.replaced()).isTrue();
		Path second = this.dir.resolve("second");
		this.exporter.exportTo(second);
		DataSets.assertSameFiles(first, second);
		assertThat(this.exporter.read()).isEqualTo(stored);
		DataSet exported = DataSetReader.read(first, StoreSnapshot.EMPTY).withoutLines();
		DataSet given = DataSetReader.read(V11, StoreSnapshot.EMPTY).withoutLines();
		assertThat(new HashSet<>(exported.people())).containsAll(given.people());
		assertThat(new HashSet<>(exported.posts())).containsAll(given.posts());
		assertThat(exported.agreements()).containsAll(given.agreements());
		assertThat(exported.parties()).containsAll(given.parties());
		assertThat(exported.items()).containsAll(given.items());
		assertThat(exported.events()).containsAll(given.events());
		assertThat(exported.attendance()).containsAll(given.attendance());
	}

}
