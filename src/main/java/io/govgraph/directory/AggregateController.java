package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Unit;
import io.govgraph.web.AsOf;

/**
 * {@code unitsAggregate}, {@code peopleAggregate}, {@code postsAggregate} and
 * {@code Unit.subtreeCounts}. Each aggregate field asked for is one statement; fields not asked
 * for cost nothing.
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

	/** The GraphQL aggregate types: a filtered set whose fields are counted when asked for. */
	record UnitAggregate(Aggregates.FilteredSet set) {
	}

	record PersonAggregate(Aggregates.FilteredSet set) {
	}

	record PostAggregate(Aggregates.FilteredSet set) {
	}

	@QueryMapping
	UnitAggregate unitsAggregate(@Argument Map<String, Object> where, @Argument LocalDate asOf) {
		return new UnitAggregate(Aggregates.units(where, this.asOf.orToday(asOf)));
	}

	@QueryMapping
	PersonAggregate peopleAggregate(@Argument Map<String, Object> where, @Argument LocalDate asOf) {
		return new PersonAggregate(Aggregates.people(where, this.asOf.orToday(asOf)));
	}

	@QueryMapping
	PostAggregate postsAggregate(@Argument Map<String, Object> where, @Argument LocalDate asOf) {
		return new PostAggregate(Aggregates.posts(where, this.asOf.orToday(asOf)));
	}

	@SchemaMapping(typeName = "UnitAggregate")
	long count(UnitAggregate a) {
		return this.aggregates.countDistinct(a.set(), a.set().unit().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "UnitAggregate")
	List<Aggregates.TypeCount> byType(UnitAggregate a) {
		return Aggregates.types(this.aggregates.countBy(a.set(), a.set().unit().property("type")));
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
		return this.aggregates.countDistinct(a.set(), a.set().post().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "PostAggregate", field = "people")
	long postsPeople(PostAggregate a) {
		return this.aggregates.countDistinct(a.set(), a.set().person().getRequiredSymbolicName());
	}

	@SchemaMapping(typeName = "PostAggregate", field = "byRole")
	List<Aggregates.RoleCount> postsByRole(PostAggregate a) {
		return Aggregates.roles(this.aggregates.countBy(a.set(), a.set().post().property("role")));
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
