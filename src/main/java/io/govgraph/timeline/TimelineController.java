package io.govgraph.timeline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.directory.VertexLookup;
import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.web.UserInputException;

/**
 * The {@code timeline} query. Its entries are the {@code Event}, {@code Post} and {@code Link} types
 * of activity and directory, so their people are masked for planners exactly as everywhere else.
 */
@Controller
class TimelineController {

	private final TimelineRepository repository;

	private final VertexLookup vertices;

	TimelineController(TimelineRepository repository, VertexLookup vertices) {
		this.repository = repository;
		this.vertices = vertices;
	}

	@QueryMapping
	Connection<TimelineEntry> timeline(@Argument String scopeId, @Argument Boolean subtree, @Argument LocalDate from,
			@Argument LocalDate to, @Argument Integer first, @Argument String after) {
		if (scopeId != null && this.vertices.unit(scopeId) == null) {
			throw new UserInputException("timeline(scopeId): no unit has the id \"" + scopeId + "\"");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new UserInputException("timeline(to): " + to + " is before from (" + from + ")");
		}
		boolean whole = subtree == null || subtree;
		Page page = Page.of("timeline", "timeline", first, after);
		List<TimelineEntry> rows = this.repository.entries(scopeId, whole, from, to, page);
		return page.connection(rows, e -> List.of(e.date(), e.key()), e -> e,
				() -> this.repository.count(scopeId, whole, from, to));
	}

}
