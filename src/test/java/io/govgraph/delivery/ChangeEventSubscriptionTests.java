package io.govgraph.delivery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import reactor.core.Disposable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.events.ChangeEvent;
import io.govgraph.events.ChangeEvents;
import io.govgraph.events.EventType;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code changeEvents} subscription through a real WebSocket GraphQL client
 * (graphql-transport-ws): signed in on the handshake, masked for planners, refused without an
 * account or for types the account may not read, and resuming after a reconnect from the cursor of
 * the last event received: the stored events after it first, then the live ones.
 */
@IntegrationTest
class ChangeEventSubscriptionTests {

	static final String SUBSCRIPTION = """
			subscription($scopeId: ID, $types: [EventType!], $after: String) {
			  changeEvents(scopeId: $scopeId, types: $types, after: $after) {
			    seq key type cursor scope people { id name } units { id name }
			  }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	ChangeEvents changeEvents;

	@Autowired
	DataSetImporter importer;

	@Autowired
	Driver driver;

	final java.util.List<Disposable> subscriptions = new java.util.ArrayList<>();

	final java.util.List<WebSocketGraphQlClient> clients = new java.util.ArrayList<>();

	@BeforeEach
	void theTestUnits() {
		this.importer.importDataSet(WebhookDeliveryTests.DATA_SET, false);
	}

	@AfterEach
	void disconnect() {
		this.subscriptions.forEach(Disposable::dispose);
		this.clients.forEach(c -> c.stop().block(Duration.ofSeconds(5)));
	}

	WebSocketGraphQlClient client(String account) {
		WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient
			.builder(URI.create("ws://127.0.0.1:" + this.port + "/graphql-ws"), new StandardWebSocketClient());
		if (account != null) {
			builder.header("Authorization", TestAccounts.basic(account));
		}
		WebSocketGraphQlClient client = builder.build();
		this.clients.add(client);
		return client;
	}

	/** Subscribes; every event (or error) received goes into the answered queue. */
	BlockingQueue<Object> subscribe(WebSocketGraphQlClient client, String scopeId, List<String> types, String after) {
		BlockingQueue<Object> received = new LinkedBlockingQueue<>();
		this.subscriptions.add(client.document(SUBSCRIPTION)
			.variable("scopeId", scopeId)
			.variable("types", types)
			.variable("after", after)
			.executeSubscription()
			.subscribe(response -> received.add(event(response)), received::add));
		return received;
	}

	static Object event(ClientGraphQlResponse response) {
		if (!response.getErrors().isEmpty()) {
			return response.getErrors().get(0).getMessage();
		}
		return response.field("changeEvents").toEntity(Map.class);
	}

	String write(String unitId, String personId) {
		ChangeEvent event = new ChangeEvent(EventType.POST_STARTED, "subscription-test|" + UUID.randomUUID(),
				LocalDate.of(2025, 1, 1), List.of(unitId), List.of(personId), Map.of("personId", personId));
		try (Session session = this.driver.session()) {
			session.executeWrite(tx -> this.changeEvents.record(tx, List.of(event)));
		}
		return event.key();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> next(BlockingQueue<Object> received) throws InterruptedException {
		Object next = received.poll(20, TimeUnit.SECONDS);
		assertThat(next).as("an event within 20 s").isInstanceOf(Map.class);
		return (Map<String, Object>) next;
	}

	/** Waits until the subscription is live: an event written now reaches it. */
	String live(BlockingQueue<Object> received) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < until) {
			String key = write(WebhookDeliveryTests.COMMUNITY, WebhookDeliveryTests.PERSON);
			Object next = received.poll(2, TimeUnit.SECONDS);
			if (next instanceof Map<?, ?> event) {
				// an earlier probe may come late: skip to this one
				while (!key.equals(event.get("key"))) {
					event = (Map<?, ?>) received.poll(2, TimeUnit.SECONDS);
					assertThat(event).isNotNull();
				}
				return (String) event.get("cursor");
			}
			assertThat(next).as("no error").isNull();
		}
		throw new AssertionError("the subscription never went live");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aPlannersSubscriptionCarriesMaskedNamesOnly() throws Exception {
		BlockingQueue<Object> received = subscribe(client(TestAccounts.PLANNER), WebhookDeliveryTests.COMMUNITY,
				List.of("POST_STARTED"), null);
		live(received);
		String key = write(WebhookDeliveryTests.COMMUNITY, WebhookDeliveryTests.PERSON);
		Map<String, Object> event = next(received);
		assertThat(event).containsEntry("key", key).containsEntry("type", "POST_STARTED");
		assertThat((List<Map<String, Object>>) event.get("people")).singleElement()
			.satisfies(p -> assertThat(p).containsEntry("id", "dl.p1").containsEntry("name", "欧阳某"));
		assertThat(event.toString()).doesNotContain(WebhookDeliveryTests.NAME);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anAuditorsSubscriptionCarriesNamesInFull() throws Exception {
		BlockingQueue<Object> received = subscribe(client(TestAccounts.AUDITOR), WebhookDeliveryTests.COMMUNITY,
				List.of("POST_STARTED"), null);
		live(received);
		write(WebhookDeliveryTests.COMMUNITY, WebhookDeliveryTests.PERSON);
		assertThat((List<Map<String, Object>>) next(received).get("people")).singleElement()
			.satisfies(p -> assertThat(p).containsEntry("name", WebhookDeliveryTests.NAME));
	}

	@Test
	void aConnectionWithoutAnAccountIsRefused() throws Exception {
		WebSocketGraphQlClient client = client(null);
		// Tomcat's client meets the 401 with its Basic challenge, and has no user name to answer it
		assertThatThrownBy(() -> client.document(SUBSCRIPTION).executeSubscription().blockFirst(Duration.ofSeconds(20)))
			.hasRootCauseInstanceOf(org.apache.tomcat.websocket.AuthenticationException.class);
		HttpResponse<String> handshake = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql-ws"))
				.header("Sec-WebSocket-Protocol", "graphql-transport-ws")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(handshake.statusCode()).isEqualTo(401);
	}

	@Test
	void aPlannerMayNotSubscribeToAuditorsEvents() throws Exception {
		BlockingQueue<Object> received = subscribe(client(TestAccounts.PLANNER), null, List.of("CROSS_APPOINTMENT_STARTED"),
				null);
		Object answer = received.poll(20, TimeUnit.SECONDS);
		assertThat(answer).asString().contains("CROSS_APPOINTMENT_STARTED", "AUDITOR");
	}

	@Test
	void aReconnectResumesFromTheCursorStoredEventsFirstThenLiveOnes() throws Exception {
		WebSocketGraphQlClient first = client(TestAccounts.PLANNER);
		BlockingQueue<Object> received = subscribe(first, "dl.s", List.of("POST_STARTED"), null);
		String cursor = live(received);
		// the connection drops; meanwhile three events, one elsewhere
		this.subscriptions.forEach(Disposable::dispose);
		first.stop().block(Duration.ofSeconds(5));
		String a = write(WebhookDeliveryTests.COMMUNITY, WebhookDeliveryTests.PERSON);
		write("dl.d", WebhookDeliveryTests.PERSON);
		String b = write("dl.rc", "dl.p2");

		BlockingQueue<Object> resumed = subscribe(client(TestAccounts.PLANNER), "dl.s", List.of("POST_STARTED"), cursor);
		assertThat(next(resumed)).containsEntry("key", a);
		assertThat(next(resumed)).containsEntry("key", b);
		String c = write(WebhookDeliveryTests.COMMUNITY, WebhookDeliveryTests.PERSON);
		assertThat(next(resumed)).containsEntry("key", c);
		assertThat(resumed.poll(1, TimeUnit.SECONDS)).as("nothing twice, nothing outside the scope").isNull();
	}

}
