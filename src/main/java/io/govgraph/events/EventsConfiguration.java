package io.govgraph.events;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the {@link DailyCheck} while the server serves: at {@code govgraph.events.check-cron} on the
 * district's calendar (the zone of the application's clock, {@code govgraph.zone}), and once at start
 * for the days it missed. A command (import, export, audit) runs without a web server and checks
 * nothing: it would write events on behalf of a server that is not running.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class EventsConfiguration implements SchedulingConfigurer {

	/** The cron expression Spring reads as "never". */
	static final String NEVER = "-";

	private final DailyCheck check;

	private final EventsProperties properties;

	private final Clock clock;

	EventsConfiguration(DailyCheck check, EventsProperties properties, Clock clock) {
		this.check = check;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!NEVER.equals(this.properties.checkCron())) {
			registrar.addCronTask(
					new CronTask(this.check::catchUp, new CronTrigger(this.properties.checkCron(), this.clock.getZone())));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		if (this.properties.catchUpOnStart()) {
			this.check.catchUp();
		}
	}

}
