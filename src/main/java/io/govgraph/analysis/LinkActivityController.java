package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.HashMap;
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

import io.govgraph.directory.Link;
import io.govgraph.web.AsOf;

/**
 * {@code paperLinks} and {@code Link.active}: one activity query per date for all the links of a
 * GraphQL level (a batch loader keyed by link and date, since a batch mapping cannot take the
 * {@code asOf} argument).
 */
@Controller
class LinkActivityController {

	/** A link asked about on a date. */
	record DatedLink(Results.LinkKey link, LocalDate asOf) {
	}

	private final LinkActivities activities;

	private final AsOf asOf;

	LinkActivityController(LinkActivities activities, AsOf asOf, BatchLoaderRegistry loaders) {
		this.activities = activities;
		this.asOf = asOf;
		loaders.<DatedLink, Results.LinkActivity>forName("linkActivity")
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
	}

	@QueryMapping
	List<Results.LinkActivity> paperLinks(@Argument String scopeId, @Argument LocalDate asOf) {
		return this.activities.inScope(scopeId, this.asOf.orToday(asOf)).stream().filter(a -> !a.active()).toList();
	}

	@SchemaMapping(typeName = "Link")
	CompletableFuture<Results.LinkActivity> active(Link link, @Argument LocalDate asOf,
			DataLoader<DatedLink, Results.LinkActivity> linkActivity) {
		if (!LinkActivities.TYPES.contains(link.type())) {
			return CompletableFuture.completedFuture(null);
		}
		return linkActivity.load(new DatedLink(
				new Results.LinkKey(link.type(), link.fromId(), link.toId(), link.since()), this.asOf.orToday(asOf)))
			// the link as asked about, with its direction from the unit it was reached by
			.thenApply(a -> new Results.LinkActivity(link, a.asOf(), a.inForce(), a.active(), a.event(), a.item()));
	}

	private Map<DatedLink, Results.LinkActivity> load(Set<DatedLink> keys) {
		Map<DatedLink, Results.LinkActivity> result = new HashMap<>();
		keys.stream().collect(Collectors.groupingBy(DatedLink::asOf)).forEach((day, group) -> {
			Map<Results.LinkKey, Results.LinkActivity> found = this.activities
				.of(group.stream().map(DatedLink::link).toList(), day);
			for (DatedLink key : group) {
				Results.LinkActivity activity = found.get(key.link());
				result.put(key, activity != null ? activity : notInForce(key));
			}
		});
		return result;
	}

	private static Results.LinkActivity notInForce(DatedLink key) {
		Results.LinkKey k = key.link();
		Link link = new Link(k.type(), Link.LinkDirection.OUT, k.fromId(), k.toId(), k.toId(), k.since(), null, null,
				null);
		return new Results.LinkActivity(link, key.asOf(), false, false, null, null);
	}

}
