package io.govgraph.store;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The schema scripts are applied once, recorded, and guarded against later edits. */
@IntegrationTest
class SchemaMigrationsTests {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	@Test
	void everyScriptIsRecordedWithItsChecksum() {
		List<SchemaMigrations.Script> scripts = SchemaMigrations.scripts();
		assertThat(scripts).extracting(SchemaMigrations.Script::version).isSorted().doesNotHaveDuplicates()
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16);
		try (var session = this.driver.session()) {
			var applied = session.run("MATCH (m:__GovGraphMigration) RETURN m.version AS v, m.checksum AS c ORDER BY v")
				.list(r -> r.get("v").asInt() + ":" + r.get("c").asString());
			assertThat(applied).containsExactlyElementsOf(
					scripts.stream().map(s -> s.version() + ":" + s.checksum()).toList());
		}
	}

	@Test
	void theConstraintsAndIndexesExist() {
		try (var session = this.driver.session()) {
			assertThat(session.run("SHOW CONSTRAINTS YIELD name").list(r -> r.get("name").asString()))
				.contains("unit_id_unique", "person_id_unique", "finding_key_unique", "import_one_active",
					"edit_id_unique", "agreement_id_unique", "item_id_unique", "event_id_unique");
			assertThat(session.run("SHOW INDEXES YIELD name, type").list(r -> r.get("name").asString()))
				.contains("unit_type", "unit_name", "person_name", "vertex_names", "unit_names", "person_home",
						"event_host", "item_provider");
		}
	}

	@Test
	void applyingAgainIsANoOp() {
		this.migrations.apply(SchemaMigrations.scripts());
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (m:__GovGraphMigration) RETURN count(m) AS n").single().get("n").asInt())
				.isEqualTo(SchemaMigrations.scripts().size());
		}
	}

	@Test
	void aScriptChangedAfterItWasAppliedStopsTheStart() {
		SchemaMigrations.Script original = SchemaMigrations.scripts().get(0);
		SchemaMigrations.Script edited = new SchemaMigrations.Script(original.version(), original.description(),
				"0".repeat(64), original.statements());
		assertThatExceptionOfType(StartupProblem.class).isThrownBy(() -> this.migrations.apply(List.of(edited)))
			.withMessageContaining("schema/V0001__Unit_id_unique.cypher was changed after it was applied")
			.satisfies(ex -> assertThat(ex.action()).contains("new script"));
	}

	@Test
	void statementsAreSplitAtLineEndingSemicolons() {
		assertThat(SchemaMigrations.statements("// comment\nCREATE INDEX a FOR (n:A) ON (n.x);\n\nCREATE INDEX b\nFOR (n:B) ON (n.y);\n"))
			.containsExactly("CREATE INDEX a FOR (n:A) ON (n.x)", "CREATE INDEX b\nFOR (n:B) ON (n.y)");
	}

}
