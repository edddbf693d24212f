package io.govgraph.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule parameter is overridden by govgraph.audit.param.NAME, given as a property (its name as the
 * rule file spells it) or as an environment variable (upper case).
 */
class AuditPropertiesTests {

	@Test
	void aPropertyOverridesAParameter() {
		assertThat(maxPosts(new MapPropertySource("test", Map.of("govgraph.audit.param.maxPosts", "6")))).isEqualTo(6);
	}

	@Test
	void anEnvironmentVariableOverridesAParameter() {
		assertThat(maxPosts(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("GOVGRAPH_AUDIT_PARAM_MAXPOSTS", "7")))).isEqualTo(7);
	}

	@Test
	void withoutOverrideTheRuleFilesDefaultHolds() {
		assertThat(maxPosts(new MapPropertySource("test", Map.of("govgraph.audit.param.other", "1")))).isEqualTo(4);
	}

	private static long maxPosts(PropertySource<?> source) {
		AuditProperties properties = new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("govgraph.audit",
				AuditProperties.class);
		return AuditRules.load(Map.of("audit/rules/sample_rule", AuditRuleHeaderTests.GOOD), properties.param())
			.get("sample_rule")
			.parameters()
			.get("maxPosts");
	}

}
