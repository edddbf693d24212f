package io.govgraph.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.events.ChangeEvent;
import io.govgraph.events.ChangeEvents;
import io.govgraph.events.EventLog;
import io.govgraph.events.EventType;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks against a real HTTP receiver: an event delivered once, signed so that the receiver can
 * check it, with its key; a failure retried with the same key; the last failure parking the
 * webhook, visible with its error, until it is resumed; a restart going on from the cursor in the
 * store; names masked for a planner's webhook; and a receiver that does not answer holding up no
 * import. Each test runs its own delivery (short back-offs); the application's is stopped meanwhile.
 */
@IntegrationTest
class WebhookDeliveryTests {

	static final Path DATA_SET = Path.of("src/test/resources/datasets/delivery");

	static final Path MORE = Path.of("src/test/resources/datasets/delivery-more");

	static final String SECRET = "s3cret-for-the-delivery-tests";

	static final String COMMUNITY = "dl.c";

	static final String PERSON = "dl.p1";

	static final String NAME = "欧阳明月";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final DeliveryProperties.Webhooks FAST = new DeliveryProperties.Webhooks(Duration.ofSeconds(2),
			Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofMillis(400), 3, Duration.ofMillis(100), 50);

	@Autowired
	WebhookDelivery application;

	@Autowired
	WebhookStore store;

	@Autowired
	EventLog log;

	@Autowired
	EventPayload payload;

	@Autowired
	OutboxFeed feed;

	@Autowired
	ChangeEvents changeEvents;

	@Autowired
	DataSetImporter importer;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	final List<WebhookDelivery> deliveries = new ArrayList<>();

	final List<Receiver> receivers = new ArrayList<>();

	@BeforeEach
	void stopTheApplicationsDelivery() {
		this.application.stop();
		this.importer.importDataSet(DATA_SET, false);
	}

	@AfterEach
	void cleanUp() {
		this.deliveries.forEach(WebhookDelivery::stop);
		this.receivers.forEach(Receiver::close);
		this.store.list().forEach(w -> this.store.remove(w.id()));
		this.application.start();
	}

	WebhookDelivery delivery(DeliveryProperties.Webhooks settings) {
		WebhookDelivery delivery = new WebhookDelivery(this.store, this.log, this.payload, this.feed, settings, 100,
				Clock.systemDefaultZone());
		this.deliveries.add(delivery);
		delivery.start();
		return delivery;
	}

	Receiver receiver() throws Exception {
		Receiver receiver = new Receiver();
		this.receivers.add(receiver);
		return receiver;
	}

	String register(String url, String role) {
		return this.graphQl.document("""
				mutation($url: String!, $scopeId: ID, $types: [EventType!], $secret: String!, $role: Role!) {
				  registerWebhook(url: $url, scopeId: $scopeId, types: $types, secret: $secret, role: $role) { id status }
				}""")
			.variable("url", url)
			.variable("scopeId", COMMUNITY)
			.variable("types", List.of("POST_STARTED"))
			.variable("secret", SECRET)
			.variable("role", role)
			.execute()
			.path("registerWebhook.status")
			.entity(String.class)
			.isEqualTo("ACTIVE")
			.path("registerWebhook.id")
			.entity(String.class)
			.get();
	}

	/** Writes a new event about {@link #PERSON} in {@link #COMMUNITY}, as a writer does; answers its key. */
	String write() {
		ChangeEvent event = new ChangeEvent(EventType.POST_STARTED, "delivery-test|" + UUID.randomUUID(),
				LocalDate.of(2025, 1, 1), List.of(COMMUNITY), List.of(PERSON), Map.of("personId", PERSON));
		try (Session session = this.driver.session()) {
			session.executeWrite(tx -> this.changeEvents.record(tx, List.of(event)));
		}
		return event.key();
	}

	Map<String, Object> webhook(String id) {
		return this.graphQl.document("""
				{ webhooks { id status cursor delivered failingSeq attempts lastError lastStatusCode
				  deliveries { seq key status attempts lastStatusCode lastError } } }""")
			.execute()
			.path("webhooks[?(@.id == '" + id + "')]")
			.entityList(Map.class)
			.get()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void deliversEachEventSignedWithItsKey() throws Exception {
		Receiver receiver = receiver();
		String id = register(receiver.url(), "AUDITOR");
		delivery(FAST);
		String key = write();

		Receiver.Request request = receiver.next(20);
		assertThat(request).isNotNull();
		assertThat(request.header("Idempotency-Key")).isEqualTo(key);
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		// the receiver's check, as docs/delivery.md gives it
		String[] parts = request.header("GovGraph-Signature").split(",");
		long timestamp = Long.parseLong(parts[0].substring("t=".length()));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
		assertThat(parts[1]).isEqualTo("v1=" + HexFormat.of().formatHex(mac.doFinal(request.body())));
		assertThat(Math.abs(System.currentTimeMillis() / 1000 - timestamp)).isLessThan(300);
		assertThat(WebhookSignature.verify("another secret of enough length", request.header("GovGraph-Signature"),
				request.body(), timestamp, WebhookSignature.TOLERANCE)).isFalse();

		JsonNode body = JSON.readTree(request.body());
		assertThat(body.get("key").asString()).isEqualTo(key);
		assertThat(body.get("type").asString()).isEqualTo("POST_STARTED");
		assertThat(body.get("webhookId").asString()).isEqualTo(id);
		assertThat(body.get("people").get(0).get("name").asString()).isEqualTo(NAME);
		assertThat(body.get("units").get(0).get("name").asString()).isEqualTo("投递测试社区党委");
		assertThat(body.get("scope").toString()).contains("dl.s", "dl.d");
		long seq = body.get("seq").asLong();

		Thread.sleep(500);
		assertThat(receiver.requests).isEmpty();
		Map<String, Object> webhook = webhook(id);
		assertThat(webhook).containsEntry("status", "ACTIVE").containsEntry("delivered", 1).containsEntry("attempts", 0);
		assertThat(((Number) webhook.get("cursor")).longValue()).isGreaterThanOrEqualTo(seq);
		assertThat((List<Map<String, Object>>) webhook.get("deliveries")).singleElement()
			.satisfies(d -> assertThat(d).containsEntry("key", key)
				.containsEntry("status", "DELIVERED")
				.containsEntry("attempts", 1)
				.containsEntry("lastStatusCode", 200));
	}

	@Test
	void aPlannersWebhookCarriesMaskedNamesOnly() throws Exception {
		Receiver receiver = receiver();
		register(receiver.url(), "PLANNER");
		delivery(FAST);
		write();

		Receiver.Request request = receiver.next(20);
		assertThat(request).isNotNull();
		assertThat(JSON.readTree(request.body()).get("people").get(0).get("name").asString()).isEqualTo("欧阳某");
		assertThat(request.text()).doesNotContain(NAME, "明月", "13900000011");
	}

	@Test
	void aFailureIsRetriedWithTheSameKey() throws Exception {
		Receiver receiver = receiver().answer(500);
		String id = register(receiver.url(), "PLANNER");
		delivery(FAST);
		String key = write();

		Receiver.Request first = receiver.next(20);
		Receiver.Request second = receiver.next(20);
		assertThat(first.header("Idempotency-Key")).isEqualTo(key);
		assertThat(second.header("Idempotency-Key")).isEqualTo(key);
		assertThat(first.header("GovGraph-Delivery-Attempt")).isEqualTo("1");
		assertThat(second.header("GovGraph-Delivery-Attempt")).isEqualTo("2");
		assertThat(second.body()).isEqualTo(first.body());

		Thread.sleep(300);
		assertThat(receiver.requests).isEmpty();
		Map<String, Object> webhook = webhook(id);
		assertThat(webhook).containsEntry("status", "ACTIVE").containsEntry("lastStatusCode", 200);
		assertThat((List<Map<String, Object>>) webhook.get("deliveries")).singleElement()
			.satisfies(d -> assertThat(d).containsEntry("status", "DELIVERED").containsEntry("attempts", 2));
	}

	@Test
	void theLastFailedAttemptParksTheWebhookUntilItIsResumed() throws Exception {
		Receiver receiver = receiver().answer(500, 503, 500);
		String id = register(receiver.url(), "PLANNER");
		delivery(FAST);
		String key = write();

		for (int i = 0; i < FAST.maxAttempts(); i++) {
			assertThat(receiver.next(20)).isNotNull();
		}
		assertThat(receiver.next(1)).as("no attempt after the last").isNull();
		Map<String, Object> webhook = webhook(id);
		assertThat(webhook).containsEntry("status", "PARKED")
			.containsEntry("attempts", 3)
			.containsEntry("lastError", "HTTP 500")
			.containsEntry("lastStatusCode", 500)
			.containsEntry("delivered", 0);
		assertThat((List<Map<String, Object>>) webhook.get("deliveries")).singleElement()
			.satisfies(d -> assertThat(d).containsEntry("key", key).containsEntry("status", "PARKED").containsEntry("attempts", 3));

		this.graphQl.document("mutation($id: ID!) { resumeWebhook(id: $id) { status attempts } }")
			.variable("id", id)
			.execute()
			.path("resumeWebhook.status")
			.entity(String.class)
			.isEqualTo("ACTIVE");
		Receiver.Request again = receiver.next(20);
		assertThat(again.header("Idempotency-Key")).isEqualTo(key);
		assertThat(again.header("GovGraph-Delivery-Attempt")).isEqualTo("1");
		Thread.sleep(300);
		assertThat(webhook(id)).containsEntry("status", "ACTIVE").containsEntry("delivered", 1);
	}

	@Test
	void aRestartGoesOnFromTheCursorInTheStore() throws Exception {
		Receiver receiver = receiver();
		String id = register(receiver.url(), "PLANNER");
		WebhookDelivery first = delivery(FAST);
		String one = write();
		assertThat(receiver.next(20).header("Idempotency-Key")).isEqualTo(one);
		Thread.sleep(300);
		first.stop();

		// written while nothing delivers (the server down)
		String two = write();
		String three = write();
		assertThat(receiver.next(1)).isNull();

		delivery(FAST);
		assertThat(receiver.next(20).header("Idempotency-Key")).isEqualTo(two);
		assertThat(receiver.next(20).header("Idempotency-Key")).isEqualTo(three);
		assertThat(receiver.next(1)).as("the event delivered before the restart is not sent again").isNull();
		assertThat(webhook(id)).containsEntry("delivered", 3);
	}

	@Test
	void aReceiverThatDoesNotAnswerHoldsUpNoImport() throws Exception {
		Receiver receiver = receiver();
		receiver.hold();
		register(receiver.url(), "PLANNER");
		delivery(new DeliveryProperties.Webhooks(Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMillis(100),
				Duration.ofMillis(400), 3, Duration.ofMillis(100), 50));
		String first = write();
		assertThat(receiver.held.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

		long started = System.nanoTime();
		DataSetImporter.ImportSummary summary = this.importer.importDataSet(MORE, false);
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		// the import returned while the receiver still holds its answer to the first delivery
		assertThat(receiver.requests).hasSize(1);
		assertThat(summary.posts().created()).isEqualTo(1);
		assertThat(took).isLessThan(Duration.ofSeconds(20));
		assertThat(receiver.next(1).header("Idempotency-Key")).isEqualTo(first);
		receiver.release();
		assertThat(receiver.next(20).header("Idempotency-Key")).as("the import's event, once the receiver answers")
			.isNotEqualTo(first)
			.contains("POST_STARTED|dl.p2|dl.c|MEMBER|2024-05-01");
	}

	@Test
	@WithMockUser(username = "planner", roles = "PLANNER")
	void onlyAdminsRegisterWebhooks() {
		this.graphQl.document("mutation { registerWebhook(url: \"http://127.0.0.1:9/hook\", secret: \"0123456789abcdef\", role: PLANNER) { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("registerWebhook", "ADMIN")));
		this.graphQl.document("{ webhooks { id } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("webhooks", "ADMIN")));
	}

	@Test
	void registrationsAreCheckedAndTheSecretIsNeverShown() {
		assertThat(error("ftp://example.org/hook", "0123456789abcdef", "PLANNER", null, null))
			.contains("registerWebhook(url)", "http or https");
		assertThat(error("http://127.0.0.1:9/hook", "short", "PLANNER", null, null))
			.contains("registerWebhook(secret)", "16");
		assertThat(error("http://127.0.0.1:9/hook", "0123456789abcdef", "PLANNER", null, List.of("FINDING_OPENED")))
			.contains("registerWebhook(types)", "FINDING_OPENED", "AUDITOR");
		assertThat(error("http://127.0.0.1:9/hook", "0123456789abcdef", "PLANNER", "no.such.unit", null))
			.contains("registerWebhook(scopeId)", "no.such.unit");
		this.graphQl.document("{ __type(name: \"Webhook\") { fields { name } } }")
			.execute()
			.path("__type.fields[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(names).contains("url", "status", "deliveries").doesNotContain("secret"));
		String id = this.graphQl.document("mutation { registerWebhook(url: \"http://127.0.0.1:9/hook\", secret: \"0123456789abcdef\", role: PLANNER) { id types } }")
			.execute()
			.path("registerWebhook.types")
			.entityList(String.class)
			.satisfies(types -> assertThat(types).contains("POST_STARTED").doesNotContain("FINDING_OPENED"))
			.path("registerWebhook.id")
			.entity(String.class)
			.get();
		assertThat(this.store.forDelivery(id)).hasValueSatisfying(r -> assertThat(r.secret()).isEqualTo("0123456789abcdef"));
		this.graphQl.document("mutation($id: ID!) { removeWebhook(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("removeWebhook.id")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(this.store.find(id)).isEmpty();
	}

	String error(String url, String secret, String role, String scopeId, List<String> types) {
		List<String> messages = new ArrayList<>();
		this.graphQl.document("""
				mutation($url: String!, $scopeId: ID, $types: [EventType!], $secret: String!, $role: Role!) {
				  registerWebhook(url: $url, scopeId: $scopeId, types: $types, secret: $secret, role: $role) { id }
				}""")
			.variable("url", url)
			.variable("scopeId", scopeId)
			.variable("types", types)
			.variable("secret", secret)
			.variable("role", role)
			.execute()
			.errors()
			.satisfy(errors -> errors.forEach(e -> messages.add(e.getMessage())));
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

}
