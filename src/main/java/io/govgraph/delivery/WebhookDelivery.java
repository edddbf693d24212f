package io.govgraph.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.govgraph.events.EventLog;

/**
 * Sends each webhook the events of its scope and types, in sequence order, each at least once: one
 * thread per webhook, so a dead or slow receiver holds up only its own deliveries, and never a
 * writer (writers only write the outbox). Each event is POSTed as JSON ({@link EventPayload}),
 * signed ({@link WebhookSignature}) and carrying its key as {@code Idempotency-Key}; an answer other
 * than 2xx within the read time-out is a failure, retried after a back-off that doubles, until the
 * last attempt parks the webhook. The cursor moves past an event only once it is delivered and is
 * kept in the store, so after a restart (or a crash) delivery resumes where it stood, retry state
 * included; an event whose delivery was under way may then be sent again, with the same key.
 */
@Component
class WebhookDelivery implements SmartLifecycle {

	/** The header carrying the event's idempotency key: a receiver keeps each key once. */
	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final Log log = LogFactory.getLog(WebhookDelivery.class);

	private final WebhookStore store;

	private final EventLog events;

	private final EventPayload payload;

	private final OutboxFeed feed;

	private final DeliveryProperties.Webhooks settings;

	private final int batchSize;

	private final Clock clock;

	private final Map<String, Worker> workers = new ConcurrentHashMap<>();

	private final OutboxFeed.Listener wake = batch -> this.workers.values().forEach(Worker::wake);

	private volatile Thread supervisor;

	@Autowired
	WebhookDelivery(WebhookStore store, EventLog events, EventPayload payload, OutboxFeed feed,
			DeliveryProperties properties, Clock clock) {
		this(store, events, payload, feed, properties.webhooks(), properties.batchSize(), clock);
	}

	WebhookDelivery(WebhookStore store, EventLog events, EventPayload payload, OutboxFeed feed,
			DeliveryProperties.Webhooks settings, int batchSize, Clock clock) {
		this.store = store;
		this.events = events;
		this.payload = payload;
		this.feed = feed;
		this.settings = settings;
		this.batchSize = batchSize;
		this.clock = clock;
	}

	/** Starts a worker for every active webhook that has none; workers end by themselves when theirs is parked or removed. */
	private void supervise() {
		while (this.supervisor == Thread.currentThread()) {
			try {
				for (Webhook webhook : this.store.list()) {
					if (webhook.active()) {
						this.workers.computeIfAbsent(webhook.id(), Worker::new);
					}
				}
				Thread.sleep(Math.max(1, this.settings.idleCheck().toMillis()));
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Reading the webhooks failed: " + ex.getMessage());
				try {
					Thread.sleep(Math.max(1000, this.settings.idleCheck().toMillis()));
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	/** What one POST came to. */
	record Attempt(boolean delivered, Integer statusCode, String error) {
	}

	/** The thread delivering to one webhook. */
	private final class Worker implements Runnable {

		private final String id;

		private final Thread thread;

		private final Object signal = new Object();

		private boolean woken;

		private final HttpClient client;

		Worker(String id) {
			this.id = id;
			this.client = HttpClient.newBuilder()
				.connectTimeout(WebhookDelivery.this.settings.connectTimeout())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			this.thread = new Thread(this, "webhook-" + id);
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void wake() {
			synchronized (this.signal) {
				this.woken = true;
				this.signal.notifyAll();
			}
		}

		private void await(Duration timeout) throws InterruptedException {
			long until = System.nanoTime() + timeout.toNanos();
			synchronized (this.signal) {
				while (!this.woken) {
					long left = until - System.nanoTime();
					if (left <= 0) {
						break;
					}
					this.signal.wait(Math.max(1, left / 1_000_000));
				}
				this.woken = false;
			}
		}

		@Override
		public void run() {
			try {
				while (running()) {
					Optional<WebhookStore.Registration> registration = WebhookDelivery.this.store.forDelivery(this.id);
					if (registration.isEmpty() || !registration.get().webhook().active()) {
						return;
					}
					Webhook webhook = registration.get().webhook();
					long newest = WebhookDelivery.this.store.lastSeq();
					List<EventLog.StoredEvent> batch = WebhookDelivery.this.events.after(webhook.cursor(),
							new EventLog.Filter(webhook.scopeId(), webhook.types(), null, null),
							WebhookDelivery.this.batchSize);
					for (EventLog.StoredEvent event : batch) {
						if (!deliver(registration.get(), event)) {
							return;
						}
					}
					if (batch.size() < WebhookDelivery.this.batchSize) {
						// every event up to newest had committed when it was read: none of them is left
						WebhookDelivery.this.store.skipTo(this.id, newest);
						await(WebhookDelivery.this.settings.idleCheck());
					}
				}
			}
			catch (InterruptedException ex) {
				// stopping
			}
			catch (RuntimeException ex) {
				log.warn("Delivering to webhook " + this.id + " stopped: " + ex.getMessage()
						+ "; it starts again within " + WebhookDelivery.this.settings.idleCheck(), ex);
			}
			finally {
				WebhookDelivery.this.workers.remove(this.id, this);
			}
		}

		/** Delivers one event, retrying; false when the webhook got parked or removed meanwhile. */
		private boolean deliver(WebhookStore.Registration registration, EventLog.StoredEvent event)
				throws InterruptedException {
			Webhook webhook = registration.webhook();
			boolean resumed = webhook.failingSeq() != null && webhook.failingSeq() == event.seq();
			int attempts = resumed ? webhook.attempts() : 0;
			if (resumed && webhook.nextAttempt() != null) {
				// retry state survives a restart: the back-off is not cut short by one
				Duration left = Duration.between(OffsetDateTime.now(WebhookDelivery.this.clock), webhook.nextAttempt());
				if (!left.isNegative()) {
					Thread.sleep(left.toMillis());
				}
			}
			byte[] body = WebhookDelivery.this.payload.json(webhook, event);
			while (true) {
				Attempt attempt = post(registration, event, body, attempts + 1);
				attempts++;
				OffsetDateTime now = OffsetDateTime.now(WebhookDelivery.this.clock);
				int keep = WebhookDelivery.this.settings.logSize();
				if (attempt.delivered()) {
					WebhookDelivery.this.store.delivered(this.id, event, attempts, attempt.statusCode(), now, keep);
					return true;
				}
				boolean park = attempts >= WebhookDelivery.this.settings.maxAttempts();
				Duration wait = WebhookDelivery.this.settings.backoff(attempts);
				WebhookDelivery.this.store.failed(this.id, event, attempts, attempt.statusCode(), attempt.error(),
						park ? null : now.plus(wait), park, now, keep);
				if (park) {
					log.warn("Webhook " + this.id + " parked after " + attempts + " failed attempts at event "
							+ event.key() + ": " + attempt.error());
					return false;
				}
				Thread.sleep(wait.toMillis());
				Optional<WebhookStore.Registration> still = WebhookDelivery.this.store.forDelivery(this.id);
				if (still.isEmpty() || !still.get().webhook().active() || !running()) {
					return false;
				}
			}
		}

		private Attempt post(WebhookStore.Registration registration, EventLog.StoredEvent event, byte[] body,
				int attempt) throws InterruptedException {
			long timestamp = WebhookDelivery.this.clock.instant().getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(URI.create(registration.webhook().url()))
				.timeout(WebhookDelivery.this.settings.readTimeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "GovGraph-Webhook")
				.header(WebhookSignature.HEADER, WebhookSignature.header(registration.secret(), timestamp, body))
				.header(IDEMPOTENCY_KEY, event.key())
				.header("GovGraph-Event-Type", event.type().name())
				.header("GovGraph-Delivery-Attempt", Integer.toString(attempt))
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			try {
				HttpResponse<Void> response = this.client.send(request, HttpResponse.BodyHandlers.discarding());
				int status = response.statusCode();
				return status >= 200 && status < 300 ? new Attempt(true, status, null)
						: new Attempt(false, status, "HTTP " + status);
			}
			catch (HttpTimeoutException ex) {
				return new Attempt(false, null, "no answer within " + WebhookDelivery.this.settings.readTimeout()
						+ " (" + ex.getMessage() + ")");
			}
			catch (IOException ex) {
				return new Attempt(false, null, ex.getClass().getSimpleName()
						+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
			}
		}

	}

	private boolean running() {
		return this.supervisor != null;
	}

	/** How many webhooks have a delivering thread now. */
	int workers() {
		return this.workers.size();
	}

	@Override
	public void start() {
		Thread t = new Thread(this::supervise, "webhook-supervisor");
		t.setDaemon(true);
		this.supervisor = t;
		this.feed.register(this.wake);
		t.start();
	}

	@Override
	public void stop() {
		Thread t = this.supervisor;
		this.supervisor = null;
		this.feed.unregister(this.wake);
		if (t != null) {
			t.interrupt();
		}
		for (Worker worker : List.copyOf(this.workers.values())) {
			worker.thread.interrupt();
		}
		for (Worker worker : List.copyOf(this.workers.values())) {
			try {
				worker.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.supervisor != null;
	}

}
