package io.govgraph.explore;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.api.AsOf;

/** The {@code neighborhood} and {@code paths} queries. */
@Controller
class ExploreController {

	private final ExploreService explore;

	private final AsOf asOf;

	ExploreController(ExploreService explore, AsOf asOf) {
		this.explore = explore;
		this.asOf = asOf;
	}

	@QueryMapping
	Subgraph neighborhood(@Argument List<String> ids, @Argument int depth, @Argument List<String> linkTypes,
			@Argument List<String> unitTypes, @Argument LocalDate asOf, @Argument int limit) {
		return this.explore.neighborhood(ids, depth, linkTypes, unitTypes, this.asOf.orToday(asOf), limit);
	}

	@QueryMapping
	List<LinkagePath> paths(@Argument String fromId, @Argument String toId, @Argument int maxLength,
			@Argument LocalDate asOf, @Argument int first) {
		return this.explore.paths(fromId, toId, maxLength, this.asOf.orToday(asOf), first);
	}

}
