package io.govgraph.store;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The embedded store: reached over Bolt on loopback, and guarded against a second opener. */
@IntegrationTest
class EmbeddedNeo4jTests {

	@Autowired
	EmbeddedNeo4j embedded;

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void theDriverTalksToTheEmbeddedStoreOverLoopbackBolt() {
		assertThat(this.embedded.boltUri().toString()).startsWith("bolt://127.0.0.1:");
		assertThat(this.embedded.boltPort()).isPositive();
		this.driver.verifyConnectivity();
		try (var session = this.driver.session()) {
			assertThat(session.run("MATCH (u:Unit:StreetCommittee {id: 'yz.minglou'}) RETURN u.name AS n")
				.single()
				.get("n")
				.asString()).isEqualTo("明楼街道党工委");
		}
	}

	@Test
	void aSecondOpenerOfTheSameStoreGetsAClearError() {
		EmbeddedNeo4jProperties same = new EmbeddedNeo4jProperties(this.embedded.home(), 0, "8m");
		assertThatExceptionOfType(StartupProblem.class).isThrownBy(() -> EmbeddedNeo4j.start(same).close())
			.withMessage("The embedded Neo4j store at " + this.embedded.home()
					+ " is already in use by another process (is GovGraph already running?).")
			.satisfies(ex -> assertThat(ex.action()).contains("--govgraph.embedded.path="));
	}

	@Test
	void aBoltPortInUseGetsAClearError() {
		EmbeddedNeo4jProperties otherStore = new EmbeddedNeo4jProperties(
				java.nio.file.Path.of("target/test-neo4j/port-clash-" + System.nanoTime()), this.embedded.boltPort(), "8m");
		assertThatExceptionOfType(StartupProblem.class).isThrownBy(() -> EmbeddedNeo4j.start(otherStore).close())
			.withMessageContaining("Bolt port " + this.embedded.boltPort())
			.satisfies(ex -> assertThat(ex.action()).contains("--govgraph.embedded.bolt-port="));
	}

}
