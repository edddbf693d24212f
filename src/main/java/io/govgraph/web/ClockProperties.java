package io.govgraph.web;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose calendar "today" is.
 *
 * @param zone the time zone whose calendar day is "today" for every asOf default (a region id
 * such as Asia/Shanghai, or an offset such as +08:00); the district's, not the server's.
 */
@ConfigurationProperties("govgraph")
record ClockProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
