package io.govgraph.directory;

import java.time.LocalDate;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.ListingCache;
import io.govgraph.query.PageStatements;
import io.govgraph.web.AsOf;

/**
 * The connections of the directory: {@code people} and {@code posts} (with {@code units} in
 * {@link UnitController}), each with a {@code totalCount} counted only when asked for; the
 * repository reads the page, this controller only checks the arguments.
 */
@Controller
class Pages {

	private final DirectoryRepository repository;

	private final AsOf asOf;

	private final ListingCache listings;

	Pages(DirectoryRepository repository, AsOf asOf, ListingCache listings) {
		this.repository = repository;
		this.asOf = asOf;
		this.listings = listings;
	}

	@QueryMapping
	Connection<Person> people(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		PageStatements query = this.listings.get(Listings.PEOPLE, where, orderBy, this.asOf.orToday(asOf));
		return this.repository.people(query, Page.of(query.list(), "people", first, after),
				selection.contains("totalCount"));
	}

	@QueryMapping
	Connection<Post> posts(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		PageStatements query = this.listings.get(Listings.POSTS, where, orderBy, this.asOf.orToday(asOf));
		return this.repository.posts(query, Page.of(query.list(), "posts", first, after),
				selection.contains("totalCount"));
	}

}
