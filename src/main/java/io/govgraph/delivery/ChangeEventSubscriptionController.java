package io.govgraph.delivery;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

import io.govgraph.events.EventLog;
import io.govgraph.events.EventType;
import io.govgraph.query.Cursor;
import io.govgraph.security.Caller;

/**
 * The {@code changeEvents} subscription and {@code ChangeEvent.cursor}: the same events, types and
 * masking as the {@code changeEvents} query, pushed as they commit; the cursor of either resumes
 * the other.
 */
@Controller
class ChangeEventSubscriptionController {

	/** The list name the query's cursors carry: a cursor from either reads in both. */
	static final String LIST = "changeEvents";

	private final Subscriptions subscriptions;

	ChangeEventSubscriptionController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@SubscriptionMapping
	Flux<EventLog.StoredEvent> changeEvents(@Argument String scopeId, @Argument List<EventType> types,
			@Argument String after) {
		Caller caller = Caller.current();
		Set<EventType> readable = EventType.readableWith(caller.roles());
		Set<EventType> asked = types == null || types.isEmpty() ? readable : EnumSet.copyOf(types);
		for (EventType type : asked) {
			if (!readable.contains(type)) {
				throw new AccessDeniedException("Not allowed: events of type " + type + " need the role " + type.reader()
						+ "; account \"" + caller.name() + "\" has " + caller.roles() + ".");
			}
		}
		List<Object> position = Cursor.position(LIST, after, "changeEvents(after)");
		Long afterSeq = position == null ? null : ((Number) position.get(0)).longValue();
		return this.subscriptions.subscribe(scopeId, asked, afterSeq);
	}

	@SchemaMapping(typeName = "ChangeEvent")
	String cursor(EventLog.StoredEvent event) {
		return new Cursor(LIST, List.of(event.seq())).text();
	}

}
