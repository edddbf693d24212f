package io.govgraph.security;

import org.neo4j.driver.Driver;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.govgraph.store.CypherQueries;

/**
 * Who may reach what over HTTP: everything but the login page and health needs an account, by
 * an API token ({@code Authorization: Bearer ggt_…}, scripts and front-ends), HTTP Basic (people
 * at a terminal) or the login form (GraphiQL and the explorer in a browser). What an
 * account may do once in is decided per GraphQL field ({@link FieldAccess}) and per service
 * method ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * What a page of this app may load and run: only what the app serves itself (the explorer,
	 * GraphiQL and their WebJars), no inline or evaluated script, no framing. Styles may be inline:
	 * GraphiQL's editor and Cytoscape set them at run time. The explorer's live feed opens a
	 * WebSocket to /graphql-ws: not every browser counts ws: and wss: as 'self'.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; "
			+ "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * A roster upload without a cookie that no browser sent from another site needs no CSRF token:
	 * anonymous (answered 401 like any request without an account), or HTTP Basic from a terminal
	 * ({@code curl -u}). A browser may add remembered Basic credentials to a cross-site form, but
	 * then it says where the form came from ({@code Origin}, {@code Sec-Fetch-Site}), and such an
	 * upload still needs the token; so does one that carries the session cookie.
	 */
	static final RequestMatcher UPLOADS_FROM_NO_OTHER_SITE = request -> "/rosters".equals(request.getServletPath())
			&& request.getHeader(HttpHeaders.COOKIE) == null && !fromAnotherSite(request);

	/** What a browser says of a request a page of another origin made it send. */
	static boolean fromAnotherSite(jakarta.servlet.http.HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		int port = request.getServerPort();
		boolean defaultPort = (port == 80 && "http".equals(request.getScheme()))
				|| (port == 443 && "https".equals(request.getScheme()));
		String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
		return !origin.equalsIgnoreCase(own);
	}

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, ApiTokens tokens)
			throws Exception {
		http.addFilterBefore(throttle, BasicAuthenticationFilter.class)
			.addFilterBefore(new ApiTokenFilter(tokens, throttle), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			// metrics and the rest of the actuator tell about the system, not the district: admins
			.requestMatchers("/actuator/**")
			.hasRole(Role.ADMIN.name())
			// uploading rosters writes people and posts: editors
			.requestMatchers(HttpMethod.POST, "/rosters")
			.hasRole(Role.EDITOR.name())
			.anyRequest()
			.authenticated())
			.httpBasic(Customizer.withDefaults())
			.formLogin(Customizer.withDefaults())
			// GraphQL takes only JSON bodies, which a cross-site form cannot send without a CORS
			// preflight that fails; its requests need no CSRF token, the login form keeps one. Nor do
			// requests with an API token: a browser never adds one to a cross-site request by itself.
			.csrf(csrf -> csrf.ignoringRequestMatchers("/graphql")
				.ignoringRequestMatchers(ApiTokenFilter.BEARER_REQUESTS)
				.ignoringRequestMatchers(UPLOADS_FROM_NO_OTHER_SITE))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * bcrypt for new hashes and for stored ones, written {@code {bcrypt}…} or bare; {@code {noop}}
	 * only for accounts that {@link Accounts} accepted as such (tests). Legacy formats ({MD5},
	 * {SHA-256}, {sha256}, {ldap} …) never match, so a hash in one of them cannot sign anyone in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordHashes.encoder();
	}

	/** Refuses sign-in attempts for an account or address with many recent failures (brute force). */
	@Bean
	@ConditionalOnWebApplication
	LoginThrottle loginThrottle(MeterRegistry meters) {
		return new LoginThrottle(meters, System::nanoTime);
	}

	/** Keeps the throttle a filter of the security chain only, not also one of the servlet container. */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle throttle) {
		FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
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

	/**
	 * No observations of Spring Security's own: one per filter of the chain, sign-in and
	 * authorization made several timers and long-task timers per request (a tenth of a small
	 * request's time), none of them among the metrics the application documents; requests are
	 * timed by {@code http.server.requests} and {@code graphql.request}.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
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
