package io.govgraph.store;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.exception.InvalidAuthTokenException;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.UserSerialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running inside this JVM, reachable only over Bolt on the loopback interface, so
 * that the application talks to it through the ordinary driver exactly as to an external server.
 * Bolt asks for the password of the user {@code neo4j} ({@link BoltPassword}); with
 * {@code govgraph.embedded.bolt-enabled=false} that password is made for this start and known to
 * this process only, on a free port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	/** The one user of the embedded DBMS (Neo4j Community has no others worth having here). */
	public static final String USER = "neo4j";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	private static final String SET_PASSWORD = "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED";

	private final Path home;

	private final DatabaseManagementService dbms;

	private final int boltPort;

	private final String password;

	private EmbeddedNeo4j(Path home, DatabaseManagementService dbms, int boltPort, String password) {
		this.home = home;
		this.dbms = dbms;
		this.boltPort = boltPort;
		this.password = password;
	}

	/** Starts the DBMS; fails with a {@link StartupProblem} a user can act on. */
	public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
		Path home = properties.path().toAbsolutePath().normalize();
		boolean shared = properties.boltEnabled();
		String password = shared ? BoltPassword.of(properties, home) : BoltPassword.generate();
		int wantedPort = shared ? properties.boltPort() : 0;
		long started = System.nanoTime();
		DatabaseManagementService dbms;
		Path initialPassword = home.resolve("data/dbms/auth.ini");
		BoltWebSocketGuard.expect(home, shared ? properties.boltWebsocketOrigins() : List.of());
		try {
			writeInitialPassword(initialPassword, password);
			dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", wantedPort))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				// No Neo4j Browser or HTTP API inside the application; use cypher-shell or a Browser of your own.
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, true)
				// Where Neo4j looks for the initial password written above (its default, said out loud).
				.setConfig(GraphDatabaseInternalSettings.auth_store_directory, initialPassword.getParent())
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
		finally {
			BoltWebSocketGuard.forget(home);
			deleteInitialPassword(initialPassword);
		}
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		try {
			setPassword(system, password);
		}
		catch (RuntimeException ex) {
			dbms.shutdown();
			throw new StartupProblem("The password of the embedded Neo4j's user neo4j could not be set: "
					+ ex.getMessage(), "See the log above; " + (properties.boltPassword() != null
							? "check govgraph.embedded.bolt-password." : "delete " + BoltPassword.file(home) + "."),
					ex);
		}
		int port = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT)
			.getPort();
		log.info("Embedded Neo4j started in {} ms; store {}; Bolt on bolt://127.0.0.1:{} ({})",
				(System.nanoTime() - started) / 1_000_000, home, port,
				!shared ? "for this application only"
						: properties.boltPassword() != null ? "user neo4j, password govgraph.embedded.bolt-password"
								: "user neo4j, password in " + BoltPassword.file(home));
		return new EmbeddedNeo4j(home, dbms, port, password);
	}

	/**
	 * Has Neo4j create the user {@code neo4j} with this password when it makes the system database
	 * (what {@code neo4j-admin dbms set-initial-password} does), so that the Bolt port never
	 * answers to Neo4j's default password. The file holds a salted hash, owner-only, and is
	 * deleted once the DBMS has started.
	 */
	private static void writeInitialPassword(Path file, String password) {
		User user = new User(USER, null, SystemGraphCredential.createCredentialForPassword(
				password.getBytes(java.nio.charset.StandardCharsets.UTF_8), new SecureHasher()), false, false);
		try {
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Files.write(Files.createFile(file, BoltPassword.ownerOnly(file.getParent())),
					new UserSerialization().serialize(List.of(user)), StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new StartupProblem("The embedded Neo4j's initial password file " + file + " could not be written: "
					+ ex, "The store folder must be writable by the user running GovGraph.", ex);
		}
	}

	private static void deleteInitialPassword(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {} (a salted hash of the Bolt password): {}", file, ex.toString());
		}
	}

	/** Gives the user {@code neo4j} this password unless it has it already (a changed setting). */
	private static void setPassword(GraphDatabaseAPI system, String password) {
		AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
		AuthenticationResult result;
		try {
			result = auth
				.login(org.neo4j.kernel.api.security.AuthToken.newBasicAuthToken(USER, password),
						ClientConnectionInfo.EMBEDDED_CONNECTION)
				.subject()
				.getAuthenticationResult();
		}
		catch (InvalidAuthTokenException ex) {
			throw new IllegalStateException(ex.getMessage(), ex);
		}
		if (result != AuthenticationResult.SUCCESS) {
			// Neo4j refuses to "change" a password to itself, so this runs only when it differs.
			system.executeTransactionally(SET_PASSWORD, Map.of("password", password));
			log.info("Set the embedded Neo4j's password of user neo4j (it was {})", result);
		}
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

	/** The credentials of the user {@code neo4j}, for this application's driver. */
	public AuthToken authToken() {
		return AuthTokens.basic(USER, this.password);
	}

	/** The password of the user {@code neo4j} (for tools started from the tests and benchmarks). */
	public String password() {
		return this.password;
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
