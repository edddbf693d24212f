package io.govgraph.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.govgraph.GovGraphApplication;
import io.govgraph.TestAccounts;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The external path without Docker: a Neo4j in another JVM ({@link StandaloneNeo4j}), and the
 * application (a context of its own, not the shared test one) reaching it with a routing
 * {@code neo4j://} URI, as it would a cluster: it loads the sample into the empty server, answers
 * GraphQL from it, and reads its own write at once.
 */
class ExternalNeo4jProcessTests {

	@TempDir
	Path folder;

	@Test
	void theApplicationServesFromANeo4jInAnotherProcessThroughARoutingUri() throws Exception {
		String password = "external-" + System.nanoTime();
		Process neo4j = startNeo4j(this.folder.resolve("server"), password);
		try {
			int boltPort = boltPort(neo4j);
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GovGraphApplication.class)
				.properties("spring.neo4j.uri=neo4j://127.0.0.1:" + boltPort, "server.port=0",
						"spring.neo4j.authentication.username=neo4j", "spring.neo4j.authentication.password=" + password,
						"spring.main.banner-mode=off", "govgraph.admin.password=" + TestAccounts.ADMIN + "-pw")
				.run()) {
				assertThat(app.containsBean("embeddedNeo4j")).isFalse();
				GovGraphHttp http = new GovGraphHttp(app.getEnvironment().getRequiredProperty("local.server.port",
						Integer.class));
				String stats = http.graphQl("""
						{ crossAppointmentStats(scopeId: "yz.minglou") {
						    compounds withOwnersCommittee withCrossAppointment crossAppointedPeople } }""", Map.of())
					.body();
				assertThat(stats).isEqualTo("{\"data\":{\"crossAppointmentStats\":{\"compounds\":21,"
						+ "\"withOwnersCommittee\":15,\"withCrossAppointment\":14,\"crossAppointedPeople\":22}}}");

				CausalConsistency causal = app.getBean(CausalConsistency.class);
				var before = causal.bookmarks().getBookmarks();
				String recorded = http.graphQl("""
						mutation { recordCentrality(measure: DEGREE, scopeId: "yz.minglou", asOf: "2026-07-01", top: 1) {
						    id vertexCount } }""", Map.of()).body();
				assertThat(recorded).contains("\"vertexCount\":451");
				String id = (String) ((Map<?, ?>) ((Map<?, ?>) GovGraphHttp.json(recorded).get("data"))
					.get("recordCentrality")).get("id");
				// The write's bookmark is what the next read waits for on whichever member serves it.
				assertThat(causal.bookmarks().getBookmarks()).isNotEmpty().isNotEqualTo(before);
				String read = http.graphQl("query($id: ID!) { analysisRun(id: $id) { id measure vertexCount } }",
						Map.of("id", id)).body();
				assertThat(read).isEqualTo("{\"data\":{\"analysisRun\":{\"id\":\"" + id
						+ "\",\"measure\":\"DEGREE\",\"vertexCount\":451}}}");
			}
		}
		finally {
			neo4j.getOutputStream().close();
			if (!neo4j.waitFor(60, TimeUnit.SECONDS)) {
				neo4j.destroyForcibly();
			}
		}
	}

	private static Process startNeo4j(Path store, String password) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		// The module openings Neo4j needs, as this JVM was given them.
		for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
			if (argument.startsWith("--add-opens") || argument.startsWith("-Dio.netty")) {
				command.add(argument);
			}
		}
		command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
				StandaloneNeo4j.class.getName(), store.toString(), password));
		Files.createDirectories(store);
		return new ProcessBuilder(command).redirectError(store.resolveSibling("server.log").toFile()).start();
	}

	private static int boltPort(Process neo4j) throws IOException {
		BufferedReader out = new BufferedReader(new InputStreamReader(neo4j.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("BOLT_PORT ")) {
				return Integer.parseInt(line.substring("BOLT_PORT ".length()));
			}
		}
		throw new IllegalStateException("The Neo4j process ended without a Bolt port; exit " + waitFor(neo4j));
	}

	private static int waitFor(Process process) {
		try {
			return process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
