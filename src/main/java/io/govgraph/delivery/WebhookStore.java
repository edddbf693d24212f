package io.govgraph.delivery;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;

import io.govgraph.events.EventLog;
import io.govgraph.events.EventType;
import io.govgraph.security.Role;
import io.govgraph.store.CypherQueries;

/**
 * Webhooks in the store: their registrations (secret included, for the delivering threads only),
 * cursors, retry state and delivery logs. Unchecked: {@link Webhooks} checks who asks.
 */
@Component
class WebhookStore {

	static final String CREATE = "delivery/create_webhook";

	static final String LIST = "delivery/webhooks";

	static final String FOR_DELIVERY = "delivery/webhook_for_delivery";

	static final String REMOVE = "delivery/remove_webhook";

	static final String RESUME = "delivery/resume_webhook";

	static final String DELIVERED = "delivery/delivered";

	static final String FAILED = "delivery/failed";

	static final String SKIP_TO = "delivery/skip_to";

	static final String PRUNE_LOG = "delivery/prune_log";

	static final String DELIVERIES = "delivery/deliveries";

	static final String LAST_SEQ = "delivery/last_seq";

	static final String UNIT_EXISTS = "delivery/unit_exists";

	private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

	private final Driver driver;

	private final Map<String, String> statements = new HashMap<>();

	private final AtomicLong writes = new AtomicLong();

	WebhookStore(Driver driver, CypherQueries cypher) {
		this.driver = driver;
		for (String name : List.of(CREATE, LIST, FOR_DELIVERY, REMOVE, RESUME, DELIVERED, FAILED, SKIP_TO, PRUNE_LOG,
				DELIVERIES, LAST_SEQ, UNIT_EXISTS)) {
			this.statements.put(name, cypher.get(name));
		}
	}

	/** A webhook with the secret it signs with. */
	record Registration(Webhook webhook, String secret) {
	}

	private List<Record> write(String name, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.statements.get(name)).withParameters(parameters).execute().records();
	}

	private List<Record> read(String name, Map<String, Object> parameters) {
		return this.driver.executableQuery(this.statements.get(name))
			.withParameters(parameters)
			.withConfig(READ)
			.execute()
			.records();
	}

	Webhook create(String id, String url, String scopeId, List<EventType> types, Role role, String secret,
			OffsetDateTime created, String createdBy) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("url", url);
		parameters.put("scopeId", scopeId);
		parameters.put("types", types == null ? null : types.stream().map(EventType::name).toList());
		parameters.put("role", role.name());
		parameters.put("secret", secret);
		parameters.put("created", created);
		parameters.put("createdBy", createdBy);
		parameters.put("cursor", lastSeq());
		return webhook(write(CREATE, parameters).get(0).get("w"));
	}

	List<Webhook> list() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", null);
		return read(LIST, parameters).stream().map(r -> webhook(r.get("w"))).toList();
	}

	Optional<Webhook> find(String id) {
		return read(LIST, Map.of("id", id)).stream().map(r -> webhook(r.get("w"))).findFirst();
	}

	Optional<Registration> forDelivery(String id) {
		return read(FOR_DELIVERY, Map.of("id", id)).stream().map(r -> r.get("w")).findFirst()
			.map(w -> new Registration(webhook(w), w.get("secret").asString()));
	}

	Optional<Webhook> remove(String id) {
		return write(REMOVE, Map.of("id", id)).stream().map(r -> webhook(r.get("w"))).findFirst();
	}

	Optional<Webhook> resume(String id, OffsetDateTime at, String account) {
		return write(RESUME, Map.of("id", id, "at", at, "account", account)).stream()
			.map(r -> webhook(r.get("w")))
			.findFirst();
	}

	void delivered(String id, EventLog.StoredEvent event, int attempts, int statusCode, OffsetDateTime at, int keep) {
		write(DELIVERED, Map.of("id", id, "seq", event.seq(), "key", event.key(), "type", event.type().name(),
				"attempts", attempts, "statusCode", statusCode, "at", at));
		prune(id, event.seq(), keep);
	}

	void failed(String id, EventLog.StoredEvent event, int attempts, Integer statusCode, String error,
			OffsetDateTime nextAttempt, boolean parked, OffsetDateTime at, int keep) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("seq", event.seq());
		parameters.put("key", event.key());
		parameters.put("type", event.type().name());
		parameters.put("attempts", attempts);
		parameters.put("statusCode", statusCode);
		parameters.put("error", error);
		parameters.put("nextAttempt", nextAttempt);
		parameters.put("status", parked ? "PARKED" : "FAILING");
		parameters.put("at", at);
		write(FAILED, parameters);
		prune(id, event.seq(), keep);
	}

	private void prune(String id, long seq, int keep) {
		// every so often, not on every delivery: the log may run a little over its size meanwhile
		if (this.writes.incrementAndGet() % 50 == 0) {
			write(PRUNE_LOG, Map.of("id", id, "keep", keep));
		}
	}

	void skipTo(String id, long seq) {
		write(SKIP_TO, Map.of("id", id, "seq", seq));
	}

	Map<String, List<Webhook.Delivery>> deliveries(List<String> ids, int first) {
		return read(DELIVERIES, Map.of("ids", ids, "first", first)).stream()
			.collect(Collectors.toMap(r -> r.get("id").asString(),
					r -> r.get("log").asList(WebhookStore::delivery)));
	}

	long lastSeq() {
		return read(LAST_SEQ, Map.of()).get(0).get("seq").asLong();
	}

	boolean unitExists(String id) {
		return read(UNIT_EXISTS, Map.of("id", id)).get(0).get("found").asBoolean();
	}

	private static Webhook webhook(Value w) {
		Value types = w.get("types");
		return new Webhook(w.get("id").asString(), w.get("url").asString(), w.get("scopeId").asString(null),
				types.isNull() ? null : types.asList(v -> EventType.valueOf(v.asString())),
				Role.valueOf(w.get("role").asString()), w.get("created").asOffsetDateTime(),
				w.get("createdBy").asString(), w.get("status").asString(), w.get("cursor").asLong(),
				w.get("delivered").asLong(0), w.get("failingSeq").isNull() ? null : w.get("failingSeq").asLong(),
				w.get("attempts").asInt(0), w.get("nextAttempt").asOffsetDateTime(null),
				w.get("lastError").asString(null),
				w.get("lastStatusCode").isNull() ? null : w.get("lastStatusCode").asInt(),
				w.get("lastDelivered").asOffsetDateTime(null), w.get("lastFailed").asOffsetDateTime(null));
	}

	private static Webhook.Delivery delivery(Value d) {
		return new Webhook.Delivery(d.get("seq").asLong(), d.get("key").asString(), EventType.valueOf(d.get("type").asString()),
				d.get("status").asString(), d.get("attempts").asInt(),
				d.get("lastStatusCode").isNull() ? null : d.get("lastStatusCode").asInt(), d.get("lastError").asString(null),
				d.get("firstAttempt").asOffsetDateTime(), d.get("lastAttempt").asOffsetDateTime(),
				d.get("nextAttempt").asOffsetDateTime(null));
	}

}
