package io.govgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import io.govgraph.IntegrationTest;
import io.govgraph.roster.TestStreet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rosters PATH... [--as-of DATE] [--dry-run]}: the report per sheet, every problem, exit codes 0, 1 and 2. */
@IntegrationTest
class RostersCommandTests {

	@Autowired
	ApplicationContext context;

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

	private void cypher(String statement) {
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
		}
	}

	private long mentions() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("MATCH (m:RosterMention) RETURN count(m) AS n").single().get("n").asLong());
		}
	}

	private Path roster(String name, String... rows) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, "测试甲社区居委会成员名单\r\n姓名,职务,联系电话,民族\r\n" + String.join("\r\n", rows) + "\r\n",
				StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void writesAndPrintsALinePerSheet() throws IOException {
		Path file = roster("居委会.csv", "王伟,主任,13812345678,汉", "李娜,委员,,汉");
		CommandRun run = CommandRun.in(this.context, "rosters", file.toString(), "--as-of", "2024-06-30");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("居委会.csv! (测试甲社区居委会 (test.roster.rc), 2024-06-30): 2 row(s), matched 0 certain / "
				+ "0 probable, 2 new, 0 candidate(s), posts 2 started / 0 ended, ignored: 民族")
			.contains("; written (import ri-");
		assertThat(mentions()).isEqualTo(2);
	}

	@Test
	void aDryRunWritesNothing() throws IOException {
		Path file = roster("居委会.csv", "王伟,主任,13812345678,汉");
		CommandRun run = CommandRun.in(this.context, "rosters", this.dir.toString(), "--dry-run");
		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("1 new").endsWith("dry run, nothing was written." + System.lineSeparator());
		assertThat(mentions()).isZero();
		assertThat(file).exists();
	}

	@Test
	void aRejectedImportPrintsEveryProblemAndExitsOne() throws IOException {
		Path good = roster("a.csv", "王伟,主任,13812345678,汉");
		Path bad = roster("b.csv", "李娜,大总管,,汉", ",委员,,汉");
		CommandRun run = CommandRun.in(this.context, "rosters", good.toString(), bad.toString());
		assertThat(run.exit()).isEqualTo(GovGraphCommand.FAILED);
		assertThat(run.err()).contains("b.csv!!B3: 职务: ").contains("b.csv!!A4: 姓名: ").contains("2 problem(s); nothing was written.");
		assertThat(mentions()).isZero();
	}

	@Test
	void usageErrorsExitTwo() {
		assertThat(CommandRun.parseOnly("rosters").exit()).isEqualTo(GovGraphCommand.USAGE);
		assertThat(CommandRun.parseOnly("rosters", "x.csv", "--as-of", "2024-13-01").exit()).isEqualTo(GovGraphCommand.USAGE);
		assertThat(CommandRun.parseOnly("rosters", "x.csv", "--as-of", "2024-06-30", "--dry-run").exit()).isZero();
	}

}
