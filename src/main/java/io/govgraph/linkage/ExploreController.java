package io.govgraph.linkage;

import java.time.LocalDate;
import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.query.Connection;
import io.govgraph.web.AsOf;

/** The {@code neighborhood}, {@code paths} and {@code changes} queries. */
@Controller
class ExploreController {

	private final ExploreService explore;

	private final AsOf asOf;

	ExploreController(ExploreService explore, AsOf asOf) {
		this.explore = explore;
		this.asOf = asOf;
	}

	@QueryMapping
	Subgraph neighborhood(@Argument List<String> ids, @Argument Integer depth, @Argument List<String> linkTypes,
			@Argument List<String> unitTypes, @Argument LocalDate asOf, @Argument Integer limit) {
		// An explicit null means the schema's default, as an omitted argument does.
		return this.explore.neighborhood(ids, depth == null ? 1 : depth, linkTypes, unitTypes,
				this.asOf.orToday(asOf), limit == null ? 500 : limit);
	}

	@QueryMapping
	Connection<Change> changes(@Argument String scopeId, @Argument LocalDate from, @Argument LocalDate to,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		return this.explore.changes(scopeId, from, to, first, after, selection.contains("totalCount"));
	}

	@QueryMapping
	List<LinkagePath> paths(@Argument String fromId, @Argument String toId, @Argument Integer maxLength,
			@Argument LocalDate asOf, @Argument Integer first, DataFetchingFieldSelectionSet selection) {
		return this.explore.paths(fromId, toId, maxLength == null ? 6 : maxLength, this.asOf.orToday(asOf),
				first == null ? 5 : first, selection.contains("vertices/hiddenNeighbors"));
	}

}
