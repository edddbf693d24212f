package io.govgraph.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Person;
import io.govgraph.directory.Post;
import io.govgraph.directory.Unit;

/**
 * The v1.1 fields of {@code Person} ({@code attended}, {@code home}, {@code partyBranch}) and of
 * {@code Post} ({@code place}), each one statement per level plus the units they name.
 */
@Controller
class PersonActivityController {

	private final ActivityRepository repository;

	private final Ends ends;

	PersonActivityController(ActivityRepository repository, Ends ends, BatchLoaderRegistry loaders) {
		this.repository = repository;
		this.ends = ends;
		loaders.<Window, List<Attendance>>forName("personAttended")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Window.load(keys, repository::personAttended)));
	}

	@SchemaMapping(typeName = "Person")
	CompletableFuture<List<Attendance>> attended(Person person, @Argument LocalDate from, @Argument LocalDate to,
			DataLoader<Window, List<Attendance>> personAttended) {
		return personAttended.load(Window.of(person.id(), from, to, "attended"));
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Unit> home(List<Person> people) {
		return place(people, 0);
	}

	@BatchMapping(typeName = "Person")
	Map<Person, Unit> partyBranch(List<Person> people) {
		return place(people, 1);
	}

	private Map<Person, Unit> place(List<Person> people, int which) {
		Map<String, String[]> places = this.repository.personPlaces(Batches.ids(people, Person::id));
		return this.ends.of(people, p -> places.containsKey(p.id()) ? places.get(p.id())[which] : null, Unit.class);
	}

	@BatchMapping(typeName = "Post")
	Map<Post, Unit> place(List<Post> posts) {
		List<Map<String, Object>> keys = new ArrayList<>();
		for (int i = 0; i < posts.size(); i++) {
			Post p = posts.get(i);
			Map<String, Object> key = new HashMap<>();
			key.put("key", i);
			key.put("personId", p.personId());
			key.put("unitId", p.unitId());
			key.put("role", p.role());
			key.put("since", p.since());
			keys.add(key);
		}
		Map<Integer, String> places = this.repository.postPlaces(keys);
		Map<Post, String> placeIds = new LinkedHashMap<>();
		places.forEach((i, placeId) -> placeIds.put(posts.get(i), placeId));
		return this.ends.of(placeIds.keySet(), placeIds::get, Unit.class);
	}

}
