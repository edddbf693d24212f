package io.govgraph.security;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code apiTokens}, {@code issueApiToken} and {@code revokeApiToken}. */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@QueryMapping
	List<ApiTokens.ApiToken> apiTokens(@Argument String account) {
		return this.tokens.list(account);
	}

	@MutationMapping
	ApiTokens.Issued issueApiToken(@Argument String account, @Argument String name, @Argument int expiresInDays) {
		return this.tokens.issue(account, name, expiresInDays);
	}

	@MutationMapping
	ApiTokens.ApiToken revokeApiToken(@Argument String id) {
		return this.tokens.revoke(id);
	}

}
