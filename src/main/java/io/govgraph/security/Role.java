package io.govgraph.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an account may do. PLANNER reads structure and analysis with personal data masked;
 * AUDITOR also sees personal data, cross-appointment lists, findings and decisions; EDITOR
 * changes units, people, posts and links; ADMIN manages accounts and reads the access log.
 * AUDITOR, EDITOR and ADMIN each include PLANNER's reading; nothing else is implied.
 */
public enum Role {

	PLANNER, AUDITOR, EDITOR, ADMIN;

	/** The Spring Security authority of this role, {@code ROLE_<name>}. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	/** The roles these grant, the implied PLANNER included. */
	public static Set<Role> effective(Set<Role> granted) {
		Set<Role> roles = granted.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(granted);
		if (!roles.isEmpty()) {
			roles.add(PLANNER);
		}
		return roles;
	}

	/** The role hierarchy as Spring Security reads it. */
	static String hierarchy() {
		return """
				ROLE_AUDITOR > ROLE_PLANNER
				ROLE_EDITOR > ROLE_PLANNER
				ROLE_ADMIN > ROLE_PLANNER
				""";
	}

}
