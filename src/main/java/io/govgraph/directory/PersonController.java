package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.govgraph.web.AsOf;

/** The {@code Person} type. */
@Controller
class PersonController {

	/** The filter of the posts' key that has them read with their units' parents. */
	private static final String WITH_PARENTS = "withParents";

	private final DirectoryRepository repository;

	private final AsOf asOf;

	PersonController(DirectoryRepository repository, AsOf asOf, BatchLoaderRegistry loaders) {
		this.repository = repository;
		this.asOf = asOf;
		loaders.<DatedKey, List<Post>>forName("personPosts")
			.registerMappedBatchLoader((keys, env) -> Mono
				.fromCallable(() -> DatedKey.load(keys, (ids, day, filter) -> repository.personPosts(ids, day,
						WITH_PARENTS.equals(filter), KnownUnits.of(env)))));
	}

	/**
	 * A person; read with their posts (and the posts' units, and those units' parents when asked
	 * for), one statement in all, when the query asks for the person's posts once ({@link ReadAhead}).
	 */
	@QueryMapping
	Person person(@Argument String id, DataFetchingEnvironment env) {
		SelectedField posts = ReadAhead.once(env, "posts");
		if (posts == null) {
			return this.repository.people(List.of(id)).get(id);
		}
		DatedKey key = new DatedKey(id, ReadAhead.day(posts, this.asOf),
				posts.getSelectionSet().contains("unit/parent") ? WITH_PARENTS : null);
		DirectoryRepository.PersonWithPosts read = this.repository.personWithPosts(id, key.asOf(),
				key.filter() != null, KnownUnits.of(env.getGraphQlContext()));
		if (read == null) {
			return null;
		}
		ReadAhead.prime(env, "personPosts", key, read.posts());
		return read.person();
	}

	/**
	 * A person's posts; read with their units, and with the units' parents when the query asks for
	 * them ({@code posts { unit { parent … } } }), so neither level needs a statement of its own.
	 */
	@SchemaMapping
	CompletableFuture<List<Post>> posts(Person person, @Argument LocalDate asOf,
			DataLoader<DatedKey, List<Post>> personPosts, DataFetchingFieldSelectionSet selection) {
		// the key person() primes the loader with, when it read the posts
		return personPosts.load(new DatedKey(person.id(), this.asOf.orToday(asOf),
				selection.contains("unit/parent") ? WITH_PARENTS : null));
	}

}
