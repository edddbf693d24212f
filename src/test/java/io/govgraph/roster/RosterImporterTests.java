package io.govgraph.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster writer against the shared store, on a street of its own (测试街道, removed after each
 * test with everything the rosters wrote): people, posts, mentions and candidates written;
 * snapshots that end posts; an older roster refused; all-or-nothing; a dry run that writes nothing.
 */
@IntegrationTest
class RosterImporterTests {

	@Autowired
	RosterImporter importer;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@BeforeEach
	void street() {
		cypher(TestStreet.CLEANUP);
		cypher(TestStreet.SETUP);
	}

	@AfterEach
	void cleanUp() {
		cypher(TestStreet.CLEANUP);
	}

	private List<Record> cypher(String statement) {
		try (Session session = this.driver.session()) {
			return session.executeWrite(tx -> tx.run(statement).list());
		}
	}

	private long count(String statement) {
		return cypher(statement).get(0).get(0).asLong();
	}

	private Path csv(String name, String... lines) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
		return file;
	}

	private Path rc2024() throws IOException {
		return csv("居委会2024.csv", "测试甲社区居委会成员名单（2024年1月1日）", "姓名,性别,出生年月,政治面貌,职务,联系电话",
				"王  伟,男,1975.03,中共党员,主任,138-1234-5678", "李娜,女,1980-05,群众,委员,13900000001",
				"赵六,男,1966.01,党员,委员,");
	}

	private Path oc2024() throws IOException {
		return csv("业委会2024.csv", "测试甲花园业委会成员名单（2024年6月30日）", "姓名,性别,出生年月,政治面貌,职务,联系电话",
				"王伟,男,1975.03,党员,主任,+86 138 1234 5678", "李娜,女,1980.05,群众,委员,", "赵六,,,群众,委员,");
	}

	@Test
	void writesPeoplePostsMentionsAndCandidates() throws IOException {
		RosterReport report = this.importer.importPaths(List.of(rc2024(), oc2024()), null, false, "tester");
		assertThat(report.problems()).isEmpty();
		assertThat(report.written()).isTrue();
		RosterReport.SheetReport rc = report.sheets().get(0);
		RosterReport.SheetReport oc = report.sheets().get(1);
		assertThat(rc.asOf()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(List.of(rc.rows(), rc.certain(), rc.probable(), rc.newPeople(), rc.candidates(), rc.postsStarted(),
				rc.postsEnded())).containsExactly(3, 0, 0, 3, 0, 3, 0);
		// 王伟 by name and phone, 李娜 by name and birth month, 赵六 by name only in the street: a candidate
		assertThat(List.of(oc.rows(), oc.certain(), oc.probable(), oc.newPeople(), oc.candidates(), oc.postsStarted()))
			.containsExactly(3, 1, 1, 1, 1, 3);
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isEqualTo(6);
		assertThat(count("MATCH (p:Person) WHERE p.id STARTS WITH 'rp-' RETURN count(p)")).isEqualTo(4);
		Record wang = cypher("""
				MATCH (p:Person {name: '王伟'})-[h:HOLDS_POST]->(u:Unit) WHERE u.id STARTS WITH 'test.roster.'
				RETURN p.phone AS phone, p.birthYear AS year, p.partyMember AS party, collect(h.role) AS roles,
				  collect(toString(h.since)) AS since""").get(0);
		assertThat(wang.get("phone").asString()).isEqualTo("13812345678");
		assertThat(wang.get("year").asInt()).isEqualTo(1975);
		assertThat(wang.get("party").asBoolean()).isTrue();
		assertThat(wang.get("roles").asList()).containsExactlyInAnyOrder("DIRECTOR", "CHAIR");
		assertThat(wang.get("since").asList()).containsExactlyInAnyOrder("2024-01-01", "2024-06-30");
		Record mention = cypher("MATCH (m:RosterMention {file: '居委会2024.csv', row: 3}) RETURN m").get(0);
		assertThat(mention.get("m").asMap()).containsEntry("sheet", "")
			.containsEntry("written", "王  伟")
			.containsEntry("unitId", "test.roster.rc")
			.doesNotContainKey("idCard");
		Record candidate = cypher("MATCH (c:ResolutionCandidate) RETURN c").get(0);
		assertThat(candidate.get("c").asMap()).containsEntry("status", "OPEN")
			.containsEntry("rule", Resolver.NAME_ONLY)
			.containsEntry("agree", List.of("name", "street"))
			.containsEntry("score", 0.5);
	}

	@Test
	void aNewerRosterEndsWhatItNoLongerListsAndAnOlderOneIsRefused() throws IOException {
		this.importer.importPaths(List.of(rc2024()), null, false, "tester");
		Path rc2025 = csv("居委会2025.csv", "测试甲社区居委会成员名单（2025年3月1日）", "姓名,性别,出生年月,职务,联系电话",
				"王伟,男,1975.03,主任,13812345678", "孙七,女,1990.01,委员,");
		RosterReport report = this.importer.importPaths(List.of(rc2025), null, false, "tester");
		assertThat(report.sheets().get(0).postsStarted()).isEqualTo(1);
		assertThat(report.sheets().get(0).postsEnded()).isEqualTo(2);
		assertThat(report.sheets().get(0).certain()).isEqualTo(1);
		assertThat(cypher("""
				MATCH (p:Person)-[h:HOLDS_POST]->(:Unit {id: 'test.roster.rc'}) WHERE h.until IS NOT NULL
				RETURN collect(DISTINCT toString(h.until)) AS until""").get(0).get("until").asList())
			.containsExactly("2025-02-28");
		Path rc2023 = csv("居委会2023.csv", "测试甲社区居委会成员名单（2023年1月1日）", "姓名,职务", "王伟,主任");
		RosterReport refused = this.importer.importPaths(List.of(rc2023), null, false, "tester");
		assertThat(refused.problems()).extracting(RosterProblem::toString)
			.containsExactly("居委会2023.csv!!-: 单位: 测试甲社区居委会: the roster is of 2023-01-01, older than the last one "
					+ "imported for this unit (2025-03-01); refused");
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isEqualTo(5);
	}

	@Test
	void oneBadFileWritesNothingAndEveryProblemIsNamed() throws IOException {
		Path bad = csv("坏.csv", "测试甲花园业委会成员名单", "姓名,职务,任职时间", "王伟,大总管,2021.06", "李娜,委员,2021.13");
		long people = count("MATCH (p:Person) RETURN count(p)");
		RosterReport report = this.importer.importPaths(List.of(rc2024(), bad), null, false, "tester");
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).extracting(RosterProblem::toString)
			.anySatisfy(p -> assertThat(p).startsWith("坏.csv!!B3: 职务: "))
			.anySatisfy(p -> assertThat(p).startsWith("坏.csv!!C4: 任职时间: "));
		assertThat(report.lines()).last().isEqualTo("2 problem(s); nothing was written.");
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(people);
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isZero();
		assertThat(count("MATCH (:Unit {id: 'test.roster.rc'})<-[h:HOLDS_POST]-() RETURN count(h)")).isZero();
	}

	@Test
	void aDryRunReportsTheSameAndWritesNothing() throws IOException {
		RosterReport dry = this.importer.importPaths(List.of(rc2024(), oc2024()), null, true, "tester");
		assertThat(dry.written()).isFalse();
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isZero();
		RosterReport real = this.importer.importPaths(List.of(rc2024(), oc2024()), null, false, "tester");
		assertThat(real.sheets()).isEqualTo(dry.sheets());
		assertThat(dry.lines().get(dry.lines().size() - 1)).endsWith("dry run, nothing was written.");
	}

	@Test
	void aFolderIsReadInNameOrderAndAnEmptyOneIsAProblem() throws IOException {
		Path empty = Files.createDirectories(this.dir.resolve("empty"));
		RosterReport report = this.importer.importPaths(List.of(empty), null, true, "tester");
		assertThat(report.problems()).extracting(RosterProblem::toString)
			.containsExactly("empty!!-: -: the folder holds no .xlsx, .xls or .csv file");
		rc2024();
		oc2024();
		RosterReport folder = this.importer.importPaths(List.of(this.dir), null, true, "tester");
		assertThat(folder.sheets()).extracting(RosterReport.SheetReport::file)
			.containsExactly("业委会2024.csv", "居委会2024.csv");
		assertThat(Map.of("rows", folder.total().rows())).containsEntry("rows", 6);
	}

}
