package io.govgraph.directory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The ends of {@code Post} and {@code Link}: one query per level for all of them, none for those read already. */
@Controller
class PostController {

	private final DirectoryRepository repository;

	PostController(DirectoryRepository repository) {
		this.repository = repository;
	}

	@BatchMapping(typeName = "Post")
	Map<Post, Person> person(List<Post> posts) {
		Map<String, Person> people = this.repository.people(posts.stream().map(Post::personId).distinct().toList());
		return posts.stream().collect(Collectors.toMap(Function.identity(), p -> people.get(p.personId()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Post")
	Map<Post, Unit> unit(List<Post> posts, GraphQLContext context) {
		return ends(posts, Post::unitId, context);
	}

	@BatchMapping(typeName = "Link")
	Map<Link, Unit> from(List<Link> links, GraphQLContext context) {
		return ends(links, Link::fromId, context);
	}

	@BatchMapping(typeName = "Link")
	Map<Link, Unit> to(List<Link> links, GraphQLContext context) {
		return ends(links, Link::toId, context);
	}

	@BatchMapping(typeName = "Link")
	Map<Link, Unit> other(List<Link> links, GraphQLContext context) {
		return ends(links, Link::otherId, context);
	}

	/** The units at one end of each item: read by an earlier level of the request, else in one statement. */
	private <T> Map<T, Unit> ends(List<T> items, Function<T, String> end, GraphQLContext context) {
		Map<String, Unit> units = KnownUnits.units(items.stream().map(end).distinct().toList(), context,
				this.repository::units);
		return items.stream().collect(Collectors.toMap(Function.identity(), i -> units.get(end.apply(i)), (a, b) -> a));
	}

}
