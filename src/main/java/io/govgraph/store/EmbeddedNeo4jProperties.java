package io.govgraph.store;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

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
 */
@ConfigurationProperties("govgraph.embedded")
@Validated
public record EmbeddedNeo4jProperties(@DefaultValue("./var/neo4j") @NotNull Path path,
		@DefaultValue("7687") @PositiveOrZero @Max(65535) int boltPort, @DefaultValue("256m") @NotBlank String pageCache,
		@DefaultValue(MIN_FREE_DISK) @NotNull DataSize minFreeDisk, @DefaultValue("true") boolean earlyStart) {

	static final String MIN_FREE_DISK = "500MB";

	/** The one that binds (a record with a second constructor needs to say so). */
	@ConstructorBinding
	public EmbeddedNeo4jProperties {
	}

	/** For code that starts a DBMS without an application context (tests, benchmarks). */
	public EmbeddedNeo4jProperties(Path path, int boltPort, String pageCache) {
		this(path, boltPort, pageCache, DataSize.parse(MIN_FREE_DISK), true);
	}

}
