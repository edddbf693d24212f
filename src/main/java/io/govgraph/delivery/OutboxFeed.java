package io.govgraph.delivery;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import io.govgraph.events.EventLog;
import io.govgraph.events.EventType;

/**
 * One reader of the outbox for every live subscriber: every poll interval it reads the events
 * after the last one it saw (sequence numbers are handed out in commit order, so none can appear
 * behind it later) and hands them to each listener, on its own thread. A listener registered gets
 * exactly the events after the number {@link #register} answers, none twice and none missed.
 * Writers never wait for it: they only write the outbox.
 */
@Component
class OutboxFeed implements SmartLifecycle {

	/** Receives each batch of new events, in sequence order; must return quickly (it holds up every listener). */
	@FunctionalInterface
	interface Listener {

		void accept(List<EventLog.StoredEvent> events);

	}

	private static final Log log = LogFactory.getLog(OutboxFeed.class);

	private static final EventLog.Filter ALL = new EventLog.Filter(null, EnumSet.allOf(EventType.class), null, null);

	private final EventLog events;

	private final WebhookStore store;

	private final DeliveryProperties properties;

	private final Object lock = new Object();

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	private long lastSeq = -1;

	private volatile Thread thread;

	OutboxFeed(EventLog events, WebhookStore store, DeliveryProperties properties) {
		this.events = events;
		this.store = store;
		this.properties = properties;
	}

	/** Adds a listener; answers the sequence number after which it will be handed every event. */
	long register(Listener listener) {
		synchronized (this.lock) {
			this.listeners.add(listener);
			return lastSeq();
		}
	}

	void unregister(Listener listener) {
		this.listeners.remove(listener);
	}

	/** How many listeners there are (subscriptions and webhook deliveries). */
	int listeners() {
		return this.listeners.size();
	}

	private long lastSeq() {
		if (this.lastSeq < 0) {
			// from the events that commit from now on: a subscriber wanting older ones gives a cursor
			this.lastSeq = this.store.lastSeq();
		}
		return this.lastSeq;
	}

	/** One read of the outbox; answers how many events it handed on. */
	int poll() {
		long after;
		synchronized (this.lock) {
			after = lastSeq();
		}
		List<EventLog.StoredEvent> batch = this.events.after(after, ALL, this.properties.batchSize());
		if (batch.isEmpty()) {
			return 0;
		}
		synchronized (this.lock) {
			for (Listener listener : this.listeners) {
				try {
					listener.accept(batch);
				}
				catch (RuntimeException ex) {
					log.warn("A listener of the outbox failed on events " + batch.get(0).seq() + " to "
							+ batch.get(batch.size() - 1).seq() + "; the others got them", ex);
				}
			}
			this.lastSeq = batch.get(batch.size() - 1).seq();
		}
		return batch.size();
	}

	private void run() {
		long pause = Math.max(1, this.properties.pollInterval().toMillis());
		while (this.thread == Thread.currentThread()) {
			try {
				if (poll() < this.properties.batchSize()) {
					Thread.sleep(pause);
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				// the store is away (a restart, a time-out): tried again next time, nothing is lost
				log.warn("Reading the outbox failed: " + ex.getMessage());
				try {
					Thread.sleep(Math.max(pause, 1000));
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		Thread t = new Thread(this::run, "outbox-feed");
		t.setDaemon(true);
		this.thread = t;
		t.start();
	}

	@Override
	public void stop() {
		Thread t = this.thread;
		this.thread = null;
		if (t != null) {
			t.interrupt();
			try {
				t.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
