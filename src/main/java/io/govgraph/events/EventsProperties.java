package io.govgraph.events;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The daily check of change events (what the passage of time changes: posts and links whose until
 * passed, cross-appointments that ended with them, links gone a year without activity).
 *
 * @param checkCron when the check runs, a Spring cron expression (second minute hour day month
 * weekday) on the district's calendar (govgraph.zone); "-" never (then only at start). The default
 * runs five minutes after midnight.
 * @param catchUpOnStart whether the server checks, when it starts, every day it missed since the
 * last day checked (each day's events once, dated that day); not for commands.
 * @param maxCatchUpDays the most days one catch-up goes back; a store left longer checks only the
 * last ones (the events of earlier days are not emitted). At least 1.
 */
@ConfigurationProperties("govgraph.events")
@Validated
public record EventsProperties(@DefaultValue(EventsProperties.CHECK_CRON) String checkCron,
		@DefaultValue("true") boolean catchUpOnStart, @DefaultValue("400") @Positive int maxCatchUpDays) {

	/** The default of {@code check-cron}, also the @Scheduled default. */
	static final String CHECK_CRON = "0 5 0 * * *";

}
