package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

	private final DirectoryRepository repository;

	private final AsOf asOf;

	PersonController(DirectoryRepository repository, AsOf asOf, BatchLoaderRegistry loaders) {
		this.repository = repository;
		this.asOf = asOf;
		loaders.<DatedKey, List<Post>>forName("personPosts")
			.registerMappedBatchLoader((keys, env) -> Mono
				.fromCallable(() -> DatedKey.load(keys,
						(ids, day, filter) -> repository.personPosts(ids, day, KnownUnits.of(env)))));
	}

	@QueryMapping
	Person person(@Argument String id) {
		return this.repository.people(List.of(id)).get(id);
	}

	@SchemaMapping
	CompletableFuture<List<Post>> posts(Person person, @Argument LocalDate asOf,
			DataLoader<DatedKey, List<Post>> personPosts) {
		return personPosts.load(new DatedKey(person.id(), this.asOf.orToday(asOf), null));
	}

}
