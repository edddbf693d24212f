package io.govgraph.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the account name and the roles in effect (implied ones included), read from
 * the security context of the current thread. Anonymous callers have no roles.
 *
 * @param name the account name, or null when anonymous
 * @param roles the roles in effect
 */
public record Caller(String name, Set<Role> roles) {

	/** Nobody: what a request without an account is. */
	public static final Caller ANONYMOUS = new Caller(null, EnumSet.noneOf(Role.class));

	/** The caller of the current thread. */
	public static Caller current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return ANONYMOUS;
		}
		Set<Role> granted = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : auth.getAuthorities()) {
			String a = authority.getAuthority();
			if (a != null && a.startsWith("ROLE_")) {
				for (Role role : Role.values()) {
					if (role.name().equals(a.substring(5))) {
						granted.add(role);
					}
				}
			}
		}
		return new Caller(auth.getName(), Role.effective(granted));
	}

	/** Whether this caller has the role (or a role that implies it). */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether this caller may see personal data unmasked. */
	public boolean seesPersonalData() {
		return has(Role.AUDITOR);
	}

}
