package io.govgraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Unit;

/** {@code Unit.agreements}, {@code Unit.items} and {@code Unit.events}: one statement per level and window. */
@Controller
class UnitActivityController {

	UnitActivityController(ActivityRepository repository, BatchLoaderRegistry loaders) {
		loaders.<Window, List<Agreement>>forName("unitAgreements")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Window.load(keys, repository::unitAgreements)));
		loaders.<Window, List<Item>>forName("unitItems")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Window.load(keys, repository::unitItems)));
		loaders.<Window, List<Event>>forName("unitEvents")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> Window.load(keys, repository::unitEvents)));
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<List<Agreement>> agreements(Unit unit, @Argument LocalDate from, @Argument LocalDate to,
			DataLoader<Window, List<Agreement>> unitAgreements) {
		return unitAgreements.load(Window.of(unit.id(), from, to, "agreements"));
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<List<Item>> items(Unit unit, @Argument LocalDate from, @Argument LocalDate to,
			DataLoader<Window, List<Item>> unitItems) {
		return unitItems.load(Window.of(unit.id(), from, to, "items"));
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<List<Event>> events(Unit unit, @Argument LocalDate from, @Argument LocalDate to,
			DataLoader<Window, List<Event>> unitEvents) {
		return unitEvents.load(Window.of(unit.id(), from, to, "events"));
	}

}
