package io.govgraph.events;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.security.Caller;
import io.govgraph.security.PersonalData;
import io.govgraph.web.UserInputException;

/** The {@code changeEvents} field: the outbox read as a connection, in sequence order. */
@Controller
class ChangeEventController {

	static final int DEFAULT_PAGE = 50;

	static final int MAX_PAGE = 500;

	private final EventLog log;

	ChangeEventController(EventLog log) {
		this.log = log;
	}

	/** A person an event names; the name is personal data (masked for planners). */
	record EventPerson(String id, String name) implements PersonalData {

		@Override
		public String personId() {
			return this.id;
		}

	}

	@QueryMapping
	Connection<EventLog.StoredEvent> changeEvents(@Argument String scopeId, @Argument List<EventType> types,
			@Argument LocalDate from, @Argument LocalDate to, @Argument Integer first, @Argument String after) {
		Caller caller = Caller.current();
		Set<EventType> readable = EventType.readableWith(caller.roles());
		Collection<EventType> asked = types == null || types.isEmpty() ? readable : EnumSet.copyOf(types);
		for (EventType type : asked) {
			if (!readable.contains(type)) {
				// refused as the lists these events come from are (crossAppointments, findings)
				throw new AccessDeniedException("Not allowed: events of type " + type + " need the role " + type.reader()
						+ "; account \"" + caller.name() + "\" has " + caller.roles() + ".");
			}
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new UserInputException("changeEvents(from, to): from " + from + " is after to " + to);
		}
		Page page = Page.of("changeEvents", "changeEvents", first, after, DEFAULT_PAGE, MAX_PAGE);
		Long afterSeq = page.after(0, Long.class);
		EventLog.Filter filter = new EventLog.Filter(scopeId, asked, from, to);
		List<EventLog.StoredEvent> rows = this.log.after(afterSeq == null ? 0 : afterSeq, filter, page.limit());
		return page.connection(rows, e -> List.of(e.seq()), e -> e, () -> this.log.count(filter));
	}

	@BatchMapping(typeName = "ChangeEvent")
	Map<EventLog.StoredEvent, List<EventPerson>> people(List<EventLog.StoredEvent> events) {
		Map<String, String> names = this.log
			.personNames(events.stream().flatMap(e -> e.personIds().stream()).distinct().toList());
		Map<EventLog.StoredEvent, List<EventPerson>> result = new LinkedHashMap<>();
		events.forEach(e -> result.put(e,
				e.personIds().stream().map(id -> new EventPerson(id, names.get(id))).toList()));
		return result;
	}

	@BatchMapping(typeName = "ChangeEvent")
	Map<EventLog.StoredEvent, List<EventLog.UnitName>> units(List<EventLog.StoredEvent> events) {
		Map<String, EventLog.UnitName> units = this.log
			.units(events.stream().flatMap(e -> e.unitIds().stream()).distinct().toList());
		Map<EventLog.StoredEvent, List<EventLog.UnitName>> result = new LinkedHashMap<>();
		events.forEach(e -> result.put(e, e.unitIds()
			.stream()
			.map(id -> units.getOrDefault(id, new EventLog.UnitName(id, null, null)))
			.toList()));
		return result;
	}

}
