package io.govgraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Unit;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.ListingCache;
import io.govgraph.query.PageStatements;
import io.govgraph.web.AsOf;

/** The {@code items} connection and the {@code Item} type. */
@Controller
class ItemController {

	private final ActivityRepository repository;

	private final Ends ends;

	private final AsOf asOf;

	private final ListingCache listings;

	ItemController(ActivityRepository repository, Ends ends, AsOf asOf, ListingCache listings) {
		this.repository = repository;
		this.ends = ends;
		this.asOf = asOf;
		this.listings = listings;
	}

	@QueryMapping
	Connection<Item> items(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after) {
		PageStatements query = this.listings.get(ActivityListings.ITEMS, where, orderBy, this.asOf.orToday(asOf));
		return this.repository.items(query, Page.of(query.list(), "items", first, after));
	}

	@BatchMapping(typeName = "Item")
	Map<Item, Agreement> agreement(List<Item> items) {
		return Batches.referenced(items, Item::agreementId,
				this.repository.agreements(Batches.ids(items, Item::agreementId)));
	}

	@BatchMapping(typeName = "Item")
	Map<Item, Unit> owner(List<Item> items) {
		return this.ends.of(items, Item::ownerId, Unit.class);
	}

	@BatchMapping(typeName = "Item")
	Map<Item, Object> provider(List<Item> items) {
		return this.ends.of(items, Item::providerId, Object.class);
	}

	@BatchMapping(typeName = "Item")
	Map<Item, Unit> beneficiary(List<Item> items) {
		return this.ends.of(items, Item::beneficiaryId, Unit.class);
	}

}
