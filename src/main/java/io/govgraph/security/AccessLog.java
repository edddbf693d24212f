package io.govgraph.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.query.Connection;
import io.govgraph.query.Page;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.UserInputException;

/**
 * The log of every read of personal data in full: who, when, through which query or export, and
 * whose data. Written once per request that read any; read by admins only.
 */
@Service
public class AccessLog {

	static final int MAX_QUERY_TEXT = 4000;

	private final Driver driver;

	private final Clock clock;

	private final String record;

	private final String page;

	private final String count;

	AccessLog(Driver driver, Clock clock, CypherQueries cypher) {
		this.driver = driver;
		this.clock = clock;
		this.record = cypher.get("security/record_access");
		this.page = cypher.get("security/access_log_page");
		this.count = cypher.get("security/access_log_count");
	}

	/** One entry of the log. */
	public record Entry(String id, ZonedDateTime at, String account, String channel, String operation, String query,
			List<String> personIds) {
	}

	/**
	 * An HTTP request as the log keeps it, like a GraphQL operation's signature: the method, the
	 * path and the names of the parameters given, each with its value emptied ({@code GET
	 * /audit/report?asOf=&format=&scopeId=}), so an admin reading the log learns what was asked but
	 * not what it was asked about.
	 */
	public static String request(String method, String path, Collection<String> parameterNames) {
		String parameters = new TreeSet<>(parameterNames).stream().map(name -> name + "=").collect(Collectors.joining("&"));
		return method + " " + path + (parameters.isEmpty() ? "" : "?" + parameters);
	}

	/** Logs that {@code account} read these people's personal data in full through {@code channel}. */
	public void record(String account, String channel, String operation, String query, List<String> personIds) {
		if (personIds.isEmpty()) {
			return;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("account", account == null ? "(none)" : account);
		params.put("channel", channel);
		params.put("operation", operation);
		params.put("query", query == null || query.length() <= MAX_QUERY_TEXT ? query : query.substring(0, MAX_QUERY_TEXT));
		params.put("personIds", personIds);
		this.driver.executableQuery(this.record).withParameters(params).execute();
	}

	/**
	 * Entries matching the filter, newest first (ties by id, high to low), one page; {@code to} is
	 * inclusive.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Connection<Entry> page(String personId, String account, LocalDate from, LocalDate to, Integer first,
			String after) {
		Page page = Page.of("accessLog", "accessLog", first, after);
		if (from != null && to != null && to.isBefore(from)) {
			throw new UserInputException("accessLog(to): " + to + " is before from " + from);
		}
		Map<String, Object> params = new HashMap<>();
		params.put("personId", personId);
		params.put("account", account);
		params.put("from", from == null ? null : from.atStartOfDay(this.clock.getZone()));
		params.put("to", to == null ? null : to.plusDays(1).atStartOfDay(this.clock.getZone()));
		params.put("afterMillis", page.after(0, Long.class));
		params.put("afterId", page.after(1, String.class));
		params.put("limit", page.limit());
		QueryConfig read = QueryConfig.builder().withRouting(RoutingControl.READ).build();
		List<Entry> rows = this.driver.executableQuery(this.page)
			.withParameters(params)
			.withConfig(read)
			.execute(Collectors.mapping(r -> entry(r.get("a")), Collectors.toList()));
		return page.connection(rows, e -> List.of(e.at().toInstant().toEpochMilli(), e.id()), e -> e,
				() -> this.driver.executableQuery(this.count)
					.withParameters(params)
					.withConfig(read)
					.execute(Collectors.mapping(r -> r.get("count").asLong(), Collectors.toList()))
					.get(0));
	}

	private static Entry entry(Value a) {
		return new Entry(a.get("id").asString(), a.get("at").asZonedDateTime(), a.get("account").asString(),
				a.get("channel").asString(), a.get("operation").isNull() ? null : a.get("operation").asString(),
				a.get("query").isNull() ? null : a.get("query").asString(), a.get("personIds").asList(Value::asString));
	}

}
