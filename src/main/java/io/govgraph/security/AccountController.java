package io.govgraph.security;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

import io.govgraph.query.Connection;

/** {@code me}, {@code accounts} and {@code accessLog}. */
@Controller
class AccountController {

	private final Accounts accounts;

	private final AccessLog accessLog;

	AccountController(Accounts accounts, AccessLog accessLog) {
		this.accounts = accounts;
		this.accessLog = accessLog;
	}

	@QueryMapping
	Accounts.Account me() {
		Caller caller = Caller.current();
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token) {
			// what the token grants, which may be less than its account has
			return new Accounts.Account(caller.name(), token.roles(), "API token " + token.tokenId());
		}
		Accounts.Account known = this.accounts.get(caller.name());
		return known != null ? known : new Accounts.Account(caller.name(), caller.roles(), "session");
	}

	@QueryMapping
	List<Accounts.Account> accounts() {
		return this.accounts.all();
	}

	@QueryMapping
	Connection<AccessLog.Entry> accessLog(@Argument String personId, @Argument String account,
			@Argument LocalDate from, @Argument LocalDate to, @Argument Integer first, @Argument String after) {
		return this.accessLog.page(personId, account, from, to, first, after);
	}

}
