package io.govgraph.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A Neo4j server in a JVM of its own, for tests of the external path: starts an embedded DBMS
 * with Bolt on a free port of 127.0.0.1 and the password given as the second argument, prints {@code BOLT_PORT <port>}, and stops when its
 * standard input closes (the test closes it, or dies).
 */
public final class StandaloneNeo4j {

	private StandaloneNeo4j() {
	}

	public static void main(String[] args) throws IOException {
		int port;
		// Routing advertises the configured port, so the port is fixed here rather than 0.
		try (ServerSocket probe = new ServerSocket(0)) {
			port = probe.getLocalPort();
		}
		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(Path.of(args[0]), port, "64m").withBoltPassword(args[1]))) {
			System.out.println("BOLT_PORT " + neo4j.boltPort());
			System.out.flush();
			while (System.in.read() >= 0) {
				// Wait for the parent to close the pipe.
			}
		}
	}

}
