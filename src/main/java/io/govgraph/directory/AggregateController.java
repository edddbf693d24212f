package io.govgraph.directory;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.util.function.SingletonSupplier;

import io.govgraph.directory.Unit;
import io.govgraph.web.AsOf;

/**
 * {@code unitsAggregate}, {@code peopleAggregate}, {@code postsAggregate} and
 * {@code Unit.subtreeCounts}. Each aggregate field asked for is one statement, except that a
 * set's count, people and count per role (posts) or count and count per type (units) asked for
 * together are one statement; fields not asked for cost nothing.
 */
@Controller
class AggregateController {

	/** The key of a batched subtree count: a unit on a day. */
	record DatedId(String id, LocalDate asOf) {
	}

	private final Aggregates aggregates;

	private final AsOf asOf;

	AggregateController(Aggregates aggregates, AsOf asOf, BatchLoaderRegistry loaders) {
		this.aggregates = aggregates;
		this.asOf = asOf;
		loaders.<DatedId, Aggregates.SubtreeCounts>forName("subtreeCounts")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	private Map<DatedId, Aggregates.SubtreeCounts> load(Set<DatedId> keys) {
		return keys.stream().collect(Collectors.groupingBy(DatedId::asOf)).entrySet().stream().flatMap(day -> {
			Map<String, Aggregates.SubtreeCounts> counts = this.aggregates
				.subtreeCounts(day.getValue().stream().map(DatedId::id).toList(), day.getKey());
			return day.getValue().stream().map(k -> Map.entry(k, counts.get(k.id())));
		}).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@SchemaMapping(typeName = "Unit")
	CompletableFuture<Aggregates.SubtreeCounts> subtreeCounts(Unit unit, @Argument LocalDate asOf,
			DataLoader<DatedId, Aggregates.SubtreeCounts> subtreeCounts) {
		return subtreeCounts.load(new DatedId(unit.id(), this.asOf.orToday(asOf)));
	}

	/**
	 * The GraphQL aggregate types: a filtered set whose fields are counted when asked for. For
	 * units, {@code together} holds {@code count} and {@code byType} read by one statement when
	 * both are asked for, else null.
	 */
	record UnitAggregate(Aggregates.FilteredSet set, SingletonSupplier<Aggregates.Together> together) {
	}

	record PersonAggregate(Aggregates.FilteredSet set) {
	}

	/**
	 * The posts' figures; {@code together} holds {@code count}, {@code people} and {@code byRole}
	 * read by one statement when two or more of them are asked for, else null.
	 */
	record PostAggregate(Aggregates.FilteredSet set, SingletonSupplier<Aggregates.Together> together) {
	}

	@QueryMapping
	UnitAggregate unitsAggregate(@Argument Map<String, Object> where, @Argument LocalDate asOf,
			DataFetchingFieldSelectionSet selection) {
		Aggregates.FilteredSet set = Aggregates.units(where, this.asOf.orToday(asOf));
		return new UnitAggregate(set, asked(selection, "count", "byType") < 2 ? null
				: SingletonSupplier.of(() -> this.aggregates.together(set, set.unit().getRequiredSymbolicName(), null,
						set.unit().property("type"))));
	}

	@QueryMapping
	PersonAggregate peopleAggregate(@Argument Map<String, Object> where, @Argument LocalDate asOf) {
		return new PersonAggregate(Aggregates.people(where, this.asOf.orToday(asOf)));
	}

	@QueryMapping
	PostAggregate postsAggregate(@Argument Map<String, Object> where, @Argument LocalDate asOf,
			DataFetchingFieldSelectionSet selection) {
		Aggregates.FilteredSet set = Aggregates.posts(where, this.asOf.orToday(asOf));
		return new PostAggregate(set, asked(selection, "count", "people", "byRole") < 2 ? null
				: SingletonSupplier.of(() -> this.aggregates.together(set, set.post().getRequiredSymbolicName(),
						set.person().getRequiredSymbolicName(), set.post().property("role"))));
	}

	private static long asked(DataFetchingFieldSelectionSet selection, String... fields) {
		return Arrays.stream(fields).filter(selection::contains).count();
	}

	@SchemaMapping(typeName = "UnitAggregate")
	long count(UnitAggregate a) {
		return a.together() != null ? a.together().get().first()
				: this.aggregates.countDistinct(a.set(), a.set().unit().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "UnitAggregate")
	List<Aggregates.TypeCount> byType(UnitAggregate a) {
		return Aggregates.types(a.together() != null ? a.together().get().byKey()
				: this.aggregates.countBy(a.set(), a.set().unit().property("type")));
	}

	@SchemaMapping(typeName = "PersonAggregate", field = "count")
	long peopleCount(PersonAggregate a) {
		return this.aggregates.countDistinct(a.set(), a.set().person().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "PersonAggregate", field = "byParty")
	Aggregates.PartyCount peopleByParty(PersonAggregate a) {
		return Aggregates.party(this.aggregates.countBy(a.set(), a.set().person().property("partyMember")));
	}

	@SchemaMapping(typeName = "PersonAggregate", field = "byRole")
	List<Aggregates.RoleCount> peopleByRole(PersonAggregate a) {
		return Aggregates.roles(this.aggregates.peopleByRole(a.set()));
	}

	@SchemaMapping(typeName = "PostAggregate", field = "count")
	long postsCount(PostAggregate a) {
		return a.together() != null ? a.together().get().first()
				: this.aggregates.countDistinct(a.set(), a.set().post().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "PostAggregate", field = "people")
	long postsPeople(PostAggregate a) {
		return a.together() != null ? a.together().get().second()
				: this.aggregates.countDistinct(a.set(), a.set().person().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "PostAggregate", field = "byRole")
	List<Aggregates.RoleCount> postsByRole(PostAggregate a) {
		return Aggregates.roles(a.together() != null ? a.together().get().byKey()
				: this.aggregates.countBy(a.set(), a.set().post().property("role")));
	}

	@SchemaMapping(typeName = "PostAggregate", field = "byUnitType")
	List<Aggregates.TypeCount> postsByUnitType(PostAggregate a) {
		return Aggregates.types(this.aggregates.countBy(a.set(), a.set().unit().property("type")));
	}

	@SchemaMapping(typeName = "PostAggregate", field = "byParty")
	Aggregates.PartyCount postsByParty(PostAggregate a) {
		return Aggregates.party(this.aggregates.countBy(a.set(), a.set().person().property("partyMember")));
	}

}
