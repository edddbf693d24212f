package io.govgraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts that may sign in, and the out-of-the-box admin's password.
 *
 * @param users the configured accounts: govgraph.users[n].name, .password (a bcrypt hash) and
 * .roles (PLANNER, AUDITOR, EDITOR, ADMIN, comma-separated). Checked at start.
 * @param admin the out-of-the-box admin account, present unless one named admin is configured.
 */
@ConfigurationProperties("govgraph")
record AccountProperties(@DefaultValue List<Accounts.ConfiguredUser> users, @DefaultValue Admin admin) {

	/**
	 * The out-of-the-box admin account.
	 *
	 * @param password the admin's password, usually given as the environment variable
	 * GOVGRAPH_ADMIN_PASSWORD; when unset, one is generated at the first start,
	 * printed once and kept only as a bcrypt hash.
	 */
	record Admin(String password) {
	}

}
