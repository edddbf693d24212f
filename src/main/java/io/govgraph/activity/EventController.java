package io.govgraph.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.Person;
import io.govgraph.directory.Unit;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.query.ListingCache;
import io.govgraph.query.PageStatements;
import io.govgraph.web.AsOf;

/**
 * The {@code events} connection and the {@code Event} and {@code Attendance} types. An attendee
 * is a directory {@code Person}, so a planner sees it masked exactly as everywhere else.
 */
@Controller
class EventController {

	private final ActivityRepository repository;

	private final Ends ends;

	private final AsOf asOf;

	private final ListingCache listings;

	EventController(ActivityRepository repository, Ends ends, AsOf asOf, ListingCache listings) {
		this.repository = repository;
		this.ends = ends;
		this.asOf = asOf;
		this.listings = listings;
	}

	@QueryMapping
	Connection<Event> events(@Argument Map<String, Object> where, @Argument Map<String, Object> orderBy,
			@Argument LocalDate asOf, @Argument Integer first, @Argument String after) {
		PageStatements query = this.listings.get(ActivityListings.EVENTS, where, orderBy, this.asOf.orToday(asOf));
		return this.repository.events(query, Page.of(query.list(), "events", first, after));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Unit> host(List<Event> events) {
		return this.ends.of(events, Event::hostId, Unit.class);
	}

	@BatchMapping(typeName = "Event")
	Map<Event, Agreement> agreement(List<Event> events) {
		return Batches.referenced(events, Event::agreementId,
				this.repository.agreements(Batches.ids(events, Event::agreementId)));
	}

	@BatchMapping(typeName = "Event")
	Map<Event, List<Attendance>> attendance(List<Event> events) {
		return Batches.grouped(events, Event::id, this.repository.attendance(Batches.ids(events, Event::id)));
	}

	@BatchMapping(typeName = "Attendance")
	Map<Attendance, Event> event(List<Attendance> attendance) {
		return Batches.referenced(attendance, Attendance::eventId,
				this.repository.events(Batches.ids(attendance, Attendance::eventId)));
	}

	@BatchMapping(typeName = "Attendance")
	Map<Attendance, Person> person(List<Attendance> attendance) {
		return this.ends.of(attendance, Attendance::personId, Person.class);
	}

	@BatchMapping(typeName = "Attendance")
	Map<Attendance, Unit> unit(List<Attendance> attendance) {
		return this.ends.of(attendance, Attendance::unitId, Unit.class);
	}

}
