package io.govgraph;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every govgraph.* setting is a component of a {@code @ConfigurationProperties} record, and the
 * metadata generated from those records (IDE completion, docs/configuration.md) describes each
 * one with its type and default; nothing reads a setting around them.
 */
class ConfigurationMetadataTests {

	private static final Path MAIN = Path.of("src/main");

	/** A setting as a record declares it: its type as the metadata spells it, and its default. */
	record Declared(String type, String defaultValue) {
	}

	@Test
	void everySettingOfTheRecordsIsDescribedWithItsTypeAndDefault() {
		Map<String, Declared> declared = declaredByTheRecords();
		Map<String, ConfigurationMetadata.Property> described = described();
		assertThat(described.keySet()).containsExactlyElementsOf(declared.keySet());
		declared.forEach((name, setting) -> {
			ConfigurationMetadata.Property property = described.get(name);
			assertThat(property.type()).as(name).isEqualTo(setting.type());
			assertThat(property.defaultValue() == null ? null : String.valueOf(property.defaultValue())).as(name)
				.isEqualTo(setting.defaultValue());
			assertThat(property.description()).as(name).isNotBlank();
		});
		// Spot checks, so that the scan above cannot agree with the metadata by both being empty.
		assertThat(declared).containsEntry("govgraph.analysis.exact-limit", new Declared("java.lang.Integer", "50000"))
			.containsEntry("govgraph.zone", new Declared("java.time.ZoneId", "Asia/Shanghai"))
			.containsEntry("govgraph.embedded.min-free-disk", new Declared("org.springframework.util.unit.DataSize", "500MB"))
			.containsEntry("govgraph.admin.password", new Declared("java.lang.String", null));
	}

	@Test
	void noSettingIsReadAroundTheRecords() throws IOException {
		Pattern around = Pattern.compile("\\$\\{govgraph|\\$\\{GOVGRAPH|getProperty\\(\"govgraph"
				+ "|ConditionalOnProperty\\([^)]*govgraph|bind\\(\"govgraph");
		List<String> found = new ArrayList<>();
		for (Path file : javaSources()) {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (around.matcher(lines.get(i)).find()) {
					found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void everySettingTheCodeAndItsConfigurationNameIsDescribed() throws IOException {
		Pattern inCode = Pattern.compile("\\{@code (govgraph\\.[^}\\s]*)|--(govgraph\\.[a-z0-9.\\-\\[\\]]*)"
				+ "|\\((govgraph\\.[a-z0-9.\\-]+)\\)");
		List<String> named = new ArrayList<>();
		for (Path file : javaSources()) {
			Matcher m = inCode.matcher(Files.readString(file));
			while (m.find()) {
				named.add(Stream.of(m.group(1), m.group(2), m.group(3)).filter(g -> g != null).findFirst().orElseThrow());
			}
		}
		for (String line : Files.readAllLines(MAIN.resolve("resources/application.properties"))) {
			if (line.startsWith("govgraph.")) {
				named.add(line);
			}
		}
		assertThat(named).contains("govgraph.import.batch-size", "govgraph.embedded.path=./var/neo4j",
				"govgraph.graphql.max-depth", "govgraph.audit.param.<name>");

		ConfigurationMetadata metadata = ConfigurationMetadata.read();
		List<String> known = new ArrayList<>();
		metadata.properties().forEach(p -> known.add(p.name()));
		metadata.groups().forEach(g -> known.add(g.name()));
		List<String> maps = metadata.properties()
			.stream()
			.filter(p -> p.type().startsWith("java.util.Map<"))
			.map(p -> p.name() + ".")
			.toList();
		assertThat(named).map(ConfigurationMetadataTests::settingOf)
			.allSatisfy(name -> assertThat(known.contains(name) || maps.stream().anyMatch(name::startsWith))
				.as(name + " is a setting or prefix in the metadata")
				.isTrue());
	}

	@Test
	void theMetadataComesFromTheRecordsAlone() {
		assertThat(ConfigurationMetadata.read().properties()).allSatisfy(p -> assertThat(p.sourceType())
			.as(p.name())
			.startsWith("io.govgraph.")
			.contains("Properties"));
	}

	/** "govgraph.users[n].name" → "govgraph.users", "govgraph.sample=false" → "govgraph.sample". */
	private static String settingOf(String mention) {
		String name = mention.split("[=\\[<]", 2)[0];
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

	private static Map<String, ConfigurationMetadata.Property> described() {
		return ConfigurationMetadata.read()
			.properties()
			.stream()
			.collect(Collectors.toMap(ConfigurationMetadata.Property::name, p -> p, (a, b) -> a, TreeMap::new));
	}

	/** Every setting the {@code @ConfigurationProperties} records under io.govgraph declare, by name. */
	static Map<String, Declared> declaredByTheRecords() {
		ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
		scan.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Map<String, Declared> declared = new TreeMap<>();
		for (BeanDefinition candidate : scan.findCandidateComponents("io.govgraph")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			assertThat(type.isRecord()).as(type + " is a record").isTrue();
			ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
			String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
			declare(type, type, prefix, declared);
		}
		return declared;
	}

	private static void declare(Class<?> root, Class<?> record, String prefix, Map<String, Declared> declared) {
		RecordComponent[] components = record.getRecordComponents();
		Constructor<?> canonical;
		try {
			canonical = record
				.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
		for (int i = 0; i < components.length; i++) {
			RecordComponent component = components[i];
			String name = prefix + "." + kebab(component.getName());
			if (component.getType().isRecord() && component.getType().getEnclosingClass() == root) {
				declare(root, component.getType(), name, declared);
				continue;
			}
			DefaultValue defaultValue = canonical.getParameters()[i].getAnnotation(DefaultValue.class);
			declared.put(name, new Declared(typeName(component.getGenericType()),
					defaultValue == null || defaultValue.value().length == 0 ? null : defaultValue.value()[0]));
		}
	}

	private static String typeName(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return typeName(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
				.map(ConfigurationMetadataTests::typeName)
				.collect(Collectors.joining(",", "<", ">"));
		}
		return ClassUtils.resolvePrimitiveIfNecessary((Class<?>) type).getName();
	}

	private static String kebab(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static List<Path> javaSources() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
			return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
	}

}
