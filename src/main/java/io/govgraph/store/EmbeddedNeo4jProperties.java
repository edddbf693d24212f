package io.govgraph.store;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where and how the embedded Neo4j runs when no external {@code spring.neo4j.uri} is set.
 *
 * @param path the embedded store's home directory.
 * @param boltPort the Bolt port the embedded Neo4j listens on, on 127.0.0.1; 0 picks a free one.
 * From 0 to 65535.
 * @param pageCache the embedded Neo4j's page cache size, in Neo4j's notation (e.g. 256m, 2g).
 * @param minFreeDisk below how much free disk under the store path the health of the embedded
 * store is DOWN.
 * @param earlyStart whether the embedded Neo4j starts on a thread of its own as soon as the
 * configuration is read, while Spring builds the rest of the application.
 * @param boltEnabled whether other programs (cypher-shell, Neo4j Browser) may use the embedded
 * Neo4j's Bolt port. When false the application alone talks to it, over a free loopback port with
 * a password made for each start and kept only in memory; bolt-port and bolt-password are then
 * not used.
 * @param boltPassword the password of the embedded Neo4j's user neo4j, at least 8
 * characters; when unset, one is generated and kept in the file bolt-password in the
 * store folder, readable by its owner only. A changed password takes effect at the next start.
 * @param boltWebsocketOrigins the web origins (e.g. https://browser.neo4j.io) whose pages
 * may open Bolt over WebSocket on the embedded Bolt port; Bolt over WebSocket from any other page,
 * and by default from all, is refused.
 */
@ConfigurationProperties("govgraph.embedded")
@Validated
public record EmbeddedNeo4jProperties(@DefaultValue("./var/neo4j") @NotNull Path path,
		@DefaultValue("7687") @PositiveOrZero @Max(65535) int boltPort, @DefaultValue("256m") @NotBlank String pageCache,
		@DefaultValue(MIN_FREE_DISK) @NotNull DataSize minFreeDisk, @DefaultValue("true") boolean earlyStart,
		@DefaultValue("true") boolean boltEnabled, @Size(min = MIN_PASSWORD_LENGTH) String boltPassword,
		@DefaultValue @NotNull List<String> boltWebsocketOrigins) {

	static final String MIN_FREE_DISK = "500MB";

	/** Neo4j's own minimum ({@code dbms.security.auth_minimum_password_length}). */
	static final int MIN_PASSWORD_LENGTH = 8;

	/** The one that binds (a record with a second constructor needs to say so). */
	@ConstructorBinding
	public EmbeddedNeo4jProperties {
	}

	/** For code that starts a DBMS without an application context (tests, benchmarks). */
	public EmbeddedNeo4jProperties(Path path, int boltPort, String pageCache) {
		this(path, boltPort, pageCache, DataSize.parse(MIN_FREE_DISK), true, true, null, List.of());
	}

	/** These properties with another Bolt password (null: the store's password file). */
	public EmbeddedNeo4jProperties withBoltPassword(String password) {
		return new EmbeddedNeo4jProperties(this.path, this.boltPort, this.pageCache, this.minFreeDisk, this.earlyStart,
				this.boltEnabled, password, this.boltWebsocketOrigins);
	}

	/** These properties with Bolt for the application alone, or open to other programs. */
	public EmbeddedNeo4jProperties withBoltEnabled(boolean enabled) {
		return new EmbeddedNeo4jProperties(this.path, this.boltPort, this.pageCache, this.minFreeDisk, this.earlyStart,
				enabled, this.boltPassword, this.boltWebsocketOrigins);
	}

	@Override
	public String toString() {
		// The password stays out of logs and failure reports.
		return "EmbeddedNeo4jProperties[path=" + this.path + ", boltPort=" + this.boltPort + ", pageCache="
				+ this.pageCache + ", minFreeDisk=" + this.minFreeDisk + ", earlyStart=" + this.earlyStart
				+ ", boltEnabled=" + this.boltEnabled + ", boltPassword=" + (this.boltPassword != null ? "(set)" : null)
				+ ", boltWebsocketOrigins=" + this.boltWebsocketOrigins + "]";
	}

}
