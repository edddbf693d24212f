package io.govgraph.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the embedded Neo4j runs when no external {@code spring.neo4j.uri} is set.
 *
 * @param path the store's home directory
 * @param boltPort the Bolt port on 127.0.0.1; 0 picks a free one
 * @param pageCache the page cache size, in Neo4j's notation (e.g. {@code 256m})
 */
@ConfigurationProperties("govgraph.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("./var/neo4j") Path path, @DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache) {
}
