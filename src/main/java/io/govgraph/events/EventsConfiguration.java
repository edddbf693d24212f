package io.govgraph.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@link DailyCheck} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventsConfiguration {

}
