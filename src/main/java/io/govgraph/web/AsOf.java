package io.govgraph.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Resolves an {@code asOf} argument: the date given, or today in the district's time zone. */
@Component
public class AsOf {

	private final Clock clock;

	public AsOf(Clock clock) {
		this.clock = clock;
	}

	public LocalDate orToday(LocalDate asOf) {
		return asOf != null ? asOf : LocalDate.now(this.clock);
	}

}
