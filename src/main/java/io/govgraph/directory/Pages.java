package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.query.Cursor;
import io.govgraph.query.PageQuery;
import io.govgraph.web.AsOf;

/**
 * The connections of the directory: {@code people} and {@code posts} (with {@code units} in
 * {@link UnitController}), and the {@code totalCount} of each, counted only when asked for.
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

	@SchemaMapping(typeName = "UnitConnection")
	long totalCount(Connection<?> connection) {
		return this.repository.count(connection.count());
	}

	@SchemaMapping(typeName = "PersonConnection", field = "totalCount")
	long peopleCount(Connection<?> connection) {
		return totalCount(connection);
	}

	@SchemaMapping(typeName = "PostConnection", field = "totalCount")
	long postsCount(Connection<?> connection) {
		return totalCount(connection);
	}

	/** One page: {@code first} rows after the cursor, read as {@code first + 1} to know if more follow. */
	<T> Connection<T> connection(PageQuery query, String field, Integer first, String after,
			Function<Record, T> mapper) {
		int size = PageQuery.size(first, field + "(first)");
		Cursor cursor = Cursor.decode(after, field + "(after)");
		List<DirectoryRepository.Row<T>> rows = this.repository.page(query.page(cursor, size + 1), mapper);
		List<Connection.Edge<T>> edges = rows.stream()
			.limit(size)
			.map(r -> new Connection.Edge<>(Cursor.encode(r.sortKey(), r.rowId()), r.node()))
			.toList();
		return new Connection<>(edges, new Connection.PageInfo(rows.size() > size,
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), query.count());
	}

}
