package io.govgraph.timeline;

import java.time.LocalDate;

import io.govgraph.activity.Event;
import io.govgraph.directory.Link;
import io.govgraph.directory.Post;

/**
 * One dated entry of a timeline, as the GraphQL type {@code TimelineEntry} shows it: exactly one of
 * {@code event}, {@code post} and {@code link} is set.
 *
 * @param key the kind and identity the entries of one day are ordered by (the cursor's tie-break)
 */
public record TimelineEntry(LocalDate date, Kind kind, String key, Event event, Post post, Link link) {

	/** What an entry records: the schema's {@code TimelineKind}. */
	public enum Kind {

		EVENT, POST_START, POST_END, LINK_START, LINK_END

	}

}
