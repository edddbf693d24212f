package io.govgraph.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.govgraph.GovGraphApplication;
import io.govgraph.TestAccounts;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded Neo4j's Bolt password and connector settings across starts of a store of its own
 * (the shared test store's Bolt port is in {@link BoltAccessTests}).
 */
class EmbeddedBoltTests {

	@TempDir
	Path folder;

	@Test
	void aConfiguredPasswordIsUsedAndAChangedOneTakesEffectAtTheNextStart() {
		EmbeddedNeo4jProperties store = new EmbeddedNeo4jProperties(this.folder.resolve("store"), 0, "8m");
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store.withBoltPassword("first-password"))) {
			assertThat(BoltClient.query(neo4j.boltPort(), AuthTokens.basic("neo4j", "first-password"), "RETURN 1"))
				.isEqualTo("1");
			assertThat(neo4j.home().resolve("bolt-password")).doesNotExist();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store.withBoltPassword("second-password"))) {
			assertThat(BoltClient.query(neo4j.boltPort(), AuthTokens.basic("neo4j", "second-password"), "RETURN 2"))
				.isEqualTo("2");
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> BoltClient
				.query(neo4j.boltPort(), AuthTokens.basic("neo4j", "first-password"), "RETURN 1"));
		}
		// Unset again: the generated password of the store's file replaces the configured one.
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store)) {
			assertThat(neo4j.home().resolve("bolt-password")).exists();
			assertThat(BoltClient.query(neo4j.boltPort(), neo4j.authToken(), "RETURN 3")).isEqualTo("3");
			assertThatExceptionOfType(AuthenticationException.class).isThrownBy(() -> BoltClient
				.query(neo4j.boltPort(), AuthTokens.basic("neo4j", "second-password"), "RETURN 2"));
		}
	}

	@Test
	void aPageOfAnAllowedOriginGetsItsWebSocketAndOthersDoNot() throws IOException {
		EmbeddedNeo4jProperties p = new EmbeddedNeo4jProperties(this.folder.resolve("ws"), 0, "8m");
		EmbeddedNeo4jProperties withBrowser = new EmbeddedNeo4jProperties(p.path(), 0, "8m", p.minFreeDisk(), false,
				true, null, List.of("https://Browser.Example/"));
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(withBrowser)) {
			assertThat(BoltClient.webSocketUpgrade(neo4j.boltPort(), "https://browser.example"))
				.isEqualTo("HTTP/1.1 101 Switching Protocols");
			assertThat(BoltClient.webSocketUpgrade(neo4j.boltPort(), "http://evil.example"))
				.isEqualTo("HTTP/1.1 403 Forbidden");
			assertThat(BoltClient.query(neo4j.boltPort(), neo4j.authToken(), "RETURN 1")).isEqualTo("1");
		}
	}

	@Test
	void withBoltDisabledNoOtherProgramCanConnectAndTheApplicationStillAnswers() throws Exception {
		int configuredPort;
		try (ServerSocket probe = new ServerSocket(0)) {
			configuredPort = probe.getLocalPort();
		}
		Path store = this.folder.resolve("private");
		// Arguments, not default properties: application.properties would override those.
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GovGraphApplication.class).run(
				"--govgraph.embedded.path=" + store, "--govgraph.embedded.bolt-enabled=false",
				"--govgraph.embedded.bolt-port=" + configuredPort,
				"--govgraph.embedded.bolt-password=configured-password", "--govgraph.embedded.page-cache=64m",
				"--server.port=0", "--spring.main.banner-mode=off",
				"--govgraph.admin.password=" + TestAccounts.ADMIN + "-pw")) {
			EmbeddedNeo4j embedded = app.getBean(EmbeddedNeo4j.class);
			assertThat(embedded.home()).isEqualTo(store.toAbsolutePath().normalize());
			assertThat(embedded.boltPort()).isNotEqualTo(configuredPort);
			assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress("127.0.0.1", configuredPort), 2000);
				}
			});
			assertThat(store.resolve("bolt-password")).doesNotExist();
			for (var credentials : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "configured-password"))) {
				assertThatExceptionOfType(AuthenticationException.class)
					.isThrownBy(() -> BoltClient.query(embedded.boltPort(), credentials, "RETURN 1"));
			}
			assertThat(BoltClient.webSocketUpgrade(embedded.boltPort(), "http://localhost")).isEqualTo("HTTP/1.1 403 Forbidden");

			GovGraphHttp http = new GovGraphHttp(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
			assertThat(http.graphQl("{ unit(id: \"yz.minglou\") { name } }", Map.of()).body())
				.isEqualTo("{\"data\":{\"unit\":{\"name\":\"明楼街道党工委\"}}}");
		}
	}

}
