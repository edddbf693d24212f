package io.govgraph.security;

import org.neo4j.driver.Driver;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import io.govgraph.store.CypherQueries;

/**
 * Who may reach what over HTTP: everything but the login page and health needs an account, by
 * HTTP Basic (scripts) or the login form (GraphiQL and the explorer in a browser). What an
 * account may do once in is decided per GraphQL field ({@link FieldAccess}) and per service
 * method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// metrics and the rest of the actuator tell about the system, not the district: admins
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.httpBasic(Customizer.withDefaults())
			.formLogin(Customizer.withDefaults())
			// GraphQL takes only JSON bodies, which a cross-site form cannot send without a CORS
			// preflight that fails; its requests need no CSRF token, the login form keeps one.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/graphql"));
		return http.build();
	}

	/** bcrypt for new hashes and for bare bcrypt hashes in the configuration; {noop} only when allowed. */
	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
		return encoder;
	}

	/**
	 * Refusals as GraphQL errors that say what was refused and which role it needs (Spring's own
	 * resolver, which this one runs before, would answer a bare "Forbidden").
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	DataFetcherExceptionResolver refusals() {
		return new DataFetcherExceptionResolverAdapter() {
			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				if (ex instanceof AuthenticationException) {
					return GraphqlErrorBuilder.newError(env).errorType(ErrorType.UNAUTHORIZED).message(ex.getMessage()).build();
				}
				if (ex instanceof AccessDeniedException) {
					String message = ex.getMessage() != null && ex.getMessage().startsWith("Not allowed") ? ex.getMessage()
							: "Not allowed: " + env.getField().getName() + " needs a role that account \""
									+ Caller.current().name() + "\" does not have " + Caller.current().roles() + ".";
					return GraphqlErrorBuilder.newError(env).errorType(ErrorType.FORBIDDEN).message(message).build();
				}
				return null;
			}
		};
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy(Role.hierarchy());
	}

	@Bean
	Accounts accounts(AccountProperties accounts, SecurityProperties security, PasswordEncoder encoder, Driver driver,
			CypherQueries cypher) {
		return new Accounts(accounts.users(), accounts.admin().password(), security.allowPlaintextPasswords(), encoder,
				driver, cypher);
	}

}
