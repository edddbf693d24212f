package io.govgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded Neo4j's Bolt port as another program on this machine meets it: it asks for the
 * password of the user neo4j, which is in an owner-only file in the store folder, and it answers
 * no web page's WebSocket. (Only one wrong password here: Neo4j locks the user for 5 s after 3.)
 */
@IntegrationTest
class BoltAccessTests {

	@Autowired
	EmbeddedNeo4j embedded;

	@Test
	void withoutCredentialsBoltIsRefused() {
		assertThatExceptionOfType(AuthenticationException.class)
			.isThrownBy(() -> BoltClient.query(this.embedded.boltPort(), AuthTokens.none(), "RETURN 1"));
	}

	@Test
	void withAWrongPasswordBoltIsRefused() {
		assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> BoltClient
			.query(this.embedded.boltPort(), AuthTokens.basic("neo4j", "not-the-password"), "RETURN 1"));
	}

	@Test
	void thePasswordFileInTheStoreFolderOpensBoltAndOnlyItsOwnerMayReadIt() throws Exception {
		Path file = this.embedded.home().resolve("bolt-password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String password = Files.readString(file).strip();
		assertThat(password).hasSizeGreaterThanOrEqualTo(43).isEqualTo(this.embedded.password());
		assertThat(BoltClient.query(this.embedded.boltPort(), AuthTokens.basic("neo4j", password),
				"MATCH (u:Unit {id: 'yz.minglou'}) RETURN u.name"))
			.isEqualTo("\"明楼街道党工委\"");
		// The initial-password file Neo4j read at the first start (a salted hash) is gone.
		assertThat(this.embedded.home().resolve("data/dbms/auth.ini")).doesNotExist();
	}

	@Test
	void aWebPageOfAnotherOriginGetsNoWebSocket() throws Exception {
		assertThat(BoltClient.webSocketUpgrade(this.embedded.boltPort(), "http://evil.example"))
			.isEqualTo("HTTP/1.1 403 Forbidden");
		assertThat(BoltClient.webSocketUpgrade(this.embedded.boltPort(), null)).isEqualTo("HTTP/1.1 403 Forbidden");
	}

}
