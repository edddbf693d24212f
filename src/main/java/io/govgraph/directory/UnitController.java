package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.govgraph.model.Vocabulary;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.ListingCache;
import io.govgraph.query.PageStatements;
import io.govgraph.web.AsOf;
import io.govgraph.web.UserInputException;

/** The {@code Unit} type and the queries that find units. */
@Controller
class UnitController {

	static final int MAX_PAGE = Page.MAX_SIZE;

	private final DirectoryRepository repository;

	private final AsOf asOf;

	private final Aggregates aggregates;

	private final ListingCache listings;

	UnitController(DirectoryRepository repository, AsOf asOf, Aggregates aggregates, ListingCache listings,
			BatchLoaderRegistry loaders) {
		this.repository = repository;
		this.asOf = asOf;
		this.aggregates = aggregates;
		this.listings = listings;
		loaders.<DatedKey, List<Unit>>forName("unitChildren")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> DatedKey.load(keys, repository::children)));
		loaders.<DatedKey, List<Post>>forName("unitPosts")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> DatedKey.load(keys, repository::unitPosts)));
		loaders.<DatedKey, List<Link>>forName("unitLinks")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> DatedKey.load(keys,
					(ids, day, type) -> repository.unitLinks(ids, day, type, KnownUnits.of(env)))));
	}

	/**
	 * A unit; read with its subtree counts, one statement in all, when the query asks for them
	 * once ({@link ReadAhead}).
	 */
	@QueryMapping
	Unit unit(@Argument String id, DataFetchingEnvironment env) {
		SelectedField counts = ReadAhead.once(env, "subtreeCounts");
		if (counts == null) {
			return this.repository.units(List.of(id)).get(id);
		}
		LocalDate day = ReadAhead.day(counts, this.asOf);
		Aggregates.UnitWithCounts read = this.aggregates.unitWithSubtreeCounts(id, day);
		if (read == null) {
			return null;
		}
		ReadAhead.prime(env, "subtreeCounts", new AggregateController.DatedId(id, day), read.counts());
		return read.unit();
	}

	@QueryMapping
	Connection<Unit> units(@Argument String type, @Argument String nameContains,
			@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy, @Argument LocalDate asOf,
			@Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
		if (type != null && !Vocabulary.UNIT_TYPES.contains(type)) {
			throw new UserInputException("units(type): unknown unit type \"" + type + "\" (one of "
					+ String.join(", ", Vocabulary.UNIT_TYPES) + ")");
		}
		PageStatements query = this.listings.get(Listings.UNITS, Listings.unitWhere(type, nameContains, where),
				orderBy, this.asOf.orToday(asOf));
		return this.repository.units(query, Page.of(query.list(), "units", first, after),
				selection.contains("totalCount"));
	}

	@QueryMapping
	List<Object> search(@Argument String text, @Argument("first") Integer given) {
		int first = given == null ? 10 : given;
		if (first < 1 || first > MAX_PAGE) {
			throw new UserInputException("search(first): " + first + " is out of range (1 to " + MAX_PAGE + ")");
		}
		String query = luceneTerms(text);
		if (query.isEmpty()) {
			throw new UserInputException("search(text): give at least one letter or character to look for");
		}
		return this.repository.search(query, first);
	}

	@SchemaMapping
	boolean existsOn(Unit unit, @Argument LocalDate asOf) {
		return unit.existsOn(this.asOf.orToday(asOf));
	}

	@BatchMapping
	Map<Unit, Unit> parent(List<Unit> units, GraphQLContext context) {
		Map<String, Unit> parents = KnownUnits.units(
				units.stream().map(Unit::parentId).filter(java.util.Objects::nonNull).distinct().toList(), context,
				this.repository::units);
		return units.stream()
			.filter(u -> u.parentId() != null && parents.containsKey(u.parentId()))
			.collect(Collectors.toMap(Function.identity(), u -> parents.get(u.parentId()), (a, b) -> a));
	}

	@SchemaMapping
	CompletableFuture<List<Unit>> children(Unit unit, @Argument LocalDate asOf, @Argument String type,
			DataLoader<DatedKey, List<Unit>> unitChildren) {
		return unitChildren.load(new DatedKey(unit.id(), this.asOf.orToday(asOf), type));
	}

	@SchemaMapping
	CompletableFuture<List<Post>> posts(Unit unit, @Argument LocalDate asOf, @Argument String role,
			DataLoader<DatedKey, List<Post>> unitPosts) {
		return unitPosts.load(new DatedKey(unit.id(), this.asOf.orToday(asOf), role));
	}

	@SchemaMapping
	CompletableFuture<List<Link>> links(Unit unit, @Argument LocalDate asOf, @Argument String type,
			@Argument Link.LinkDirection direction, DataLoader<DatedKey, List<Link>> unitLinks) {
		CompletableFuture<List<Link>> links = unitLinks.load(new DatedKey(unit.id(), this.asOf.orToday(asOf), type));
		return direction == null ? links
				: links.thenApply(all -> all.stream().filter(l -> l.direction() == direction).toList());
	}

	/**
	 * The user's words as Lucene terms: every character with a meaning in Lucene's syntax is
	 * escaped, so user text is only ever searched for, never interpreted.
	 */
	static String luceneTerms(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.strip().toCharArray()) {
			if ("+-&|!(){}[]^\"~*?:\\/".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		// Lower case takes the operator meaning from AND, OR and NOT; the analyzer lower-cases anyway.
		return java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b")
			.matcher(out.toString())
			.replaceAll(m -> m.group().toLowerCase())
			.strip();
	}

}
