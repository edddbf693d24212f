package io.govgraph.store;

import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running inside this JVM, reachable only over Bolt on the loopback interface, so
 * that the application talks to it through the ordinary driver exactly as to an external server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private final Path home;

	private final DatabaseManagementService dbms;

	private final int boltPort;

	private EmbeddedNeo4j(Path home, DatabaseManagementService dbms, int boltPort) {
		this.home = home;
		this.dbms = dbms;
		this.boltPort = boltPort;
	}

	/** Starts the DBMS; fails with a {@link StartupProblem} a user can act on. */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path home = properties.path().toAbsolutePath().normalize();
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		try {
			dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				// Bound to loopback only; a server deployment uses an external Neo4j with auth.
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.udc_enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
				// A fresh store would otherwise write 2 × 256 MB of transaction log up front (system
				// and neo4j), seconds of a first start, for a district that logs a few MB.
				.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
				// Bolt waits 5 s twice on shutdown by default; nothing here needs that grace.
				.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
				.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
				.build();
		}
		catch (RuntimeException ex) {
			throw explain(ex, home, properties.boltPort());
		}
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		int port = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		log.info("Embedded Neo4j started in {} ms; store {}; Bolt on bolt://127.0.0.1:{}",
				(System.nanoTime() - started) / 1_000_000, home, port);
		return new EmbeddedNeo4j(home, dbms, port);
	}

	private static RuntimeException explain(RuntimeException ex, Path home, int port) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof org.neo4j.io.locker.FileLockException
					|| t instanceof org.neo4j.io.pagecache.impl.FileLockException) {
				return new StartupProblem("The embedded Neo4j store at " + home
						+ " is already in use by another process (is GovGraph already running?).",
						"Stop the other process, or start this one with --govgraph.embedded.path=<another folder>.", ex);
			}
			if (t instanceof BindException) {
				return new StartupProblem("The Bolt port " + port + " on 127.0.0.1 is already in use.",
						"Stop what uses it, or start with --govgraph.embedded.bolt-port=<another port> (0 picks a free one).",
						ex);
			}
		}
		return new StartupProblem("The embedded Neo4j at " + home + " could not start: " + ex.getMessage(),
				"See the log above; the store folder must be writable and hold a Neo4j 5 store or nothing.", ex);
	}

	public URI boltUri() {
		return URI.create("bolt://127.0.0.1:" + this.boltPort);
	}

	public int boltPort() {
		return this.boltPort;
	}

	public Path home() {
		return this.home;
	}

	/** Whether the default database answers within a second. */
	public boolean isAvailable() {
		return this.dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(1000);
	}

	@Override
	public void close() {
		long started = System.nanoTime();
		this.dbms.shutdown();
		log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

}
