package io.govgraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The govgraph.* part of the metadata that spring-boot-configuration-processor writes from the
 * {@code @ConfigurationProperties} records at compile time.
 */
record ConfigurationMetadata(List<Group> groups, List<Property> properties) {

	static final Path FILE = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	/** Reads the metadata the last compile wrote, keeping only GovGraph's own entries, by name. */
	static ConfigurationMetadata read() {
		if (!Files.isRegularFile(FILE)) {
			throw new IllegalStateException(FILE + " is missing: is spring-boot-configuration-processor "
					+ "on the compiler's path (pom.xml)?");
		}
		ConfigurationMetadata all = JsonMapper.builder().build().readValue(FILE.toFile(), ConfigurationMetadata.class);
		return new ConfigurationMetadata(
				all.groups().stream().filter(g -> g.name().startsWith("govgraph")).toList(),
				all.properties()
					.stream()
					.filter(p -> p.name().startsWith("govgraph."))
					.sorted(Comparator.comparing(Property::name))
					.toList());
	}

	/** A prefix and the record bound to it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Group(String name, String type, String sourceType) {
	}

	/** One setting: its name, Java type, default (absent when there is none) and description. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Property(String name, String type, String description, String sourceType, Object defaultValue) {
	}

}
