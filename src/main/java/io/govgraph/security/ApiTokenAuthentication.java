package io.govgraph.security;

import java.io.Serial;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request signed in with an API token: its account's name, the token's id and the roles the
 * token grants now. It never holds the token's secret.
 */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String account;

	private final String tokenId;

	private final Set<Role> roles;

	ApiTokenAuthentication(String account, String tokenId, Set<Role> roles) {
		super(roles.stream().map(Role::authority).toList());
		this.account = account;
		this.tokenId = tokenId;
		this.roles = Set.copyOf(roles);
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return this.account;
	}

	@Override
	public String getName() {
		return this.account;
	}

	/** The id of the token used. */
	String tokenId() {
		return this.tokenId;
	}

	/** The roles granted (without the implied PLANNER). */
	Set<Role> roles() {
		return this.roles;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ApiTokenAuthentication that && super.equals(that) && this.tokenId.equals(that.tokenId);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + this.tokenId.hashCode();
	}

}
