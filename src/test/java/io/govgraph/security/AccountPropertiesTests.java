package io.govgraph.security;

import java.util.List;
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
 * The admin's password is still read from the environment variable GOVGRAPH_ADMIN_PASSWORD
 * (docs/spec/interfaces.md), now through {@link AccountProperties}, and accounts from govgraph.users.
 */
class AccountPropertiesTests {

	@Test
	void theEnvironmentVariableGovgraphAdminPasswordIsTheAdminsPassword() {
		AccountProperties accounts = bind(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("GOVGRAPH_ADMIN_PASSWORD", "s3cret", "PATH", "/usr/bin")));
		assertThat(accounts.admin().password()).isEqualTo("s3cret");
		assertThat(accounts.users()).isEmpty();
	}

	@Test
	void configuredUsersAreBoundInOrderWithTheirRoles() {
		AccountProperties accounts = bind(new MapPropertySource("test",
				Map.of("govgraph.users[0].name", "wang.planner", "govgraph.users[0].password", "$2y$10$x",
						"govgraph.users[0].roles", "PLANNER", "govgraph.users[1].name", "li.auditor",
						"govgraph.users[1].password", "$2y$10$y", "govgraph.users[1].roles", "AUDITOR,EDITOR")));
		assertThat(accounts.users()).containsExactly(
				new Accounts.ConfiguredUser("wang.planner", "$2y$10$x", List.of(Role.PLANNER)),
				new Accounts.ConfiguredUser("li.auditor", "$2y$10$y", List.of(Role.AUDITOR, Role.EDITOR)));
		assertThat(accounts.admin().password()).isNull();
	}

	private static AccountProperties bind(PropertySource<?> source) {
		return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("govgraph", AccountProperties.class);
	}

}
