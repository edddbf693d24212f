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

/** The {@code agreements} connection and the {@code Agreement} type. */
@Controller
class AgreementController {

	private final ActivityRepository repository;

	private final Ends ends;

	private final AsOf asOf;

	private final ListingCache listings;

	AgreementController(ActivityRepository repository, Ends ends, AsOf asOf, ListingCache listings) {
		this.repository = repository;
		this.ends = ends;
		this.asOf = asOf;
		this.listings = listings;
	}

	@QueryMapping
	Connection<Agreement> agreements(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after) {
		PageStatements query = this.listings.get(ActivityListings.AGREEMENTS, where, orderBy, this.asOf.orToday(asOf));
		return this.repository.agreements(query, Page.of(query.list(), "agreements", first, after));
	}

	@BatchMapping(typeName = "Agreement")
	Map<Agreement, List<AgreementParty>> parties(List<Agreement> agreements) {
		return Batches.grouped(agreements, Agreement::id, this.repository.parties(Batches.ids(agreements, Agreement::id)));
	}

	@BatchMapping(typeName = "Agreement")
	Map<Agreement, List<Item>> items(List<Agreement> agreements) {
		return Batches.grouped(agreements, Agreement::id,
				this.repository.agreementItems(Batches.ids(agreements, Agreement::id)));
	}

	@BatchMapping(typeName = "AgreementParty")
	Map<AgreementParty, Unit> unit(List<AgreementParty> parties) {
		return this.ends.of(parties, AgreementParty::unitId, Unit.class);
	}

}
