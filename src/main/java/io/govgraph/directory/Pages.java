package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.PageQuery;
import io.govgraph.web.AsOf;

/**
 * The connections of the directory: {@code people} and {@code posts} (with {@code units} in
 * {@link UnitController}), each with a {@code totalCount} counted only when asked for.
 */
@Controller
class Pages {

	private final DirectoryRepository repository;

	private final AsOf asOf;

	Pages(DirectoryRepository repository, AsOf asOf) {
		this.repository = repository;
		this.asOf = asOf;
	}

	@QueryMapping
	Connection<Person> people(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after) {
		return connection(Listings.people(where, orderBy, this.asOf.orToday(asOf)), "people", first, after,
				r -> DirectoryRepository.person(r.get("p")));
	}

	@QueryMapping
	Connection<Post> posts(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after) {
		return connection(Listings.posts(where, orderBy, this.asOf.orToday(asOf)), "posts", first, after,
				DirectoryRepository::post);
	}

	/** One page of the listing: {@code first} rows after the cursor, read as {@code first + 1} to know if more follow. */
	<T> Connection<T> connection(PageQuery query, String field, Integer first, String after,
			Function<Record, T> mapper) {
		Page page = Page.of(query.list(), field, first, after);
		return page.connection(this.repository.page(query.page(page), mapper), r -> List.of(r.sortKey(), r.rowId()),
				DirectoryRepository.Row::node, () -> this.repository.count(query.count()));
	}

}
