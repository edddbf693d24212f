package io.govgraph.directory;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** The ends of {@code Post} and {@code Link}: one query per level for all of them. */
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
	Map<Post, Unit> unit(List<Post> posts) {
		return ends(posts, Post::unitId);
	}

	@BatchMapping(typeName = "Link")
	Map<Link, Unit> from(List<Link> links) {
		return ends(links, Link::fromId);
	}

	@BatchMapping(typeName = "Link")
	Map<Link, Unit> to(List<Link> links) {
		return ends(links, Link::toId);
	}

	@BatchMapping(typeName = "Link")
	Map<Link, Unit> other(List<Link> links) {
		return ends(links, Link::otherId);
	}

	private <T> Map<T, Unit> ends(List<T> items, Function<T, String> end) {
		Map<String, Unit> units = this.repository.units(items.stream().map(end).distinct().toList());
		return items.stream().collect(Collectors.toMap(Function.identity(), i -> units.get(end.apply(i)), (a, b) -> a));
	}

}
