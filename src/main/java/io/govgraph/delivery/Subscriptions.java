package io.govgraph.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import reactor.core.Exceptions;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.scheduler.Schedulers;

import org.springframework.stereotype.Component;

import io.govgraph.events.EventLog;
import io.govgraph.events.EventType;
import io.govgraph.web.UserInputException;

/**
 * The streams behind the {@code changeEvents} subscription: the outbox after a cursor, read from the
 * store, then the live events that {@link OutboxFeed} hands on, with no event missed or repeated
 * between the two. A subscriber is registered with the feed before its replay starts; the live
 * events that come meanwhile wait until the replay has caught up with them.
 */
@Component
class Subscriptions {

	private final EventLog log;

	private final OutboxFeed feed;

	private final DeliveryProperties properties;

	Subscriptions(EventLog log, OutboxFeed feed, DeliveryProperties properties) {
		this.log = log;
		this.feed = feed;
		this.properties = properties;
	}

	/**
	 * The events in the scope (null: all) of these types after sequence number {@code afterSeq}
	 * (null: from now on), then live ones as they commit.
	 */
	Flux<EventLog.StoredEvent> subscribe(String scopeId, Set<EventType> types, Long afterSeq) {
		EventLog.Filter filter = new EventLog.Filter(scopeId, types, null, null);
		int buffer = this.properties.subscriberBuffer();
		return Flux.<EventLog.StoredEvent>create(sink -> {
			Subscriber subscriber = new Subscriber(sink, filter);
			long live = this.feed.register(subscriber);
			sink.onDispose(() -> this.feed.unregister(subscriber));
			if (afterSeq == null || afterSeq >= live) {
				subscriber.goLive(afterSeq == null ? live : afterSeq);
			}
			else {
				Schedulers.boundedElastic().schedule(() -> subscriber.replay(afterSeq, live));
			}
		}, FluxSink.OverflowStrategy.BUFFER)
			.onBackpressureBuffer(buffer, dropped -> {
			}, BufferOverflowStrategy.ERROR)
			.onErrorMap(Exceptions::isOverflow,
					ex -> new UserInputException("changeEvents: more than " + buffer
							+ " events waited for this subscriber; subscribe again with after: the cursor of the last event received"));
	}

	/** One subscriber: its filter, where it stands, and the live events that wait for its replay. */
	private final class Subscriber implements OutboxFeed.Listener {

		private final FluxSink<EventLog.StoredEvent> sink;

		private final EventLog.Filter filter;

		private final List<EventLog.StoredEvent> waiting = new ArrayList<>();

		private boolean replaying = true;

		private long position;

		Subscriber(FluxSink<EventLog.StoredEvent> sink, EventLog.Filter filter) {
			this.sink = sink;
			this.filter = filter;
		}

		private boolean wants(EventLog.StoredEvent event) {
			return this.filter.types().contains(event.type())
					&& (this.filter.scopeId() == null || event.scope().contains(this.filter.scopeId()));
		}

		@Override
		public synchronized void accept(List<EventLog.StoredEvent> events) {
			for (EventLog.StoredEvent event : events) {
				if (wants(event)) {
					if (this.replaying) {
						this.waiting.add(event);
					}
					else {
						emit(event);
					}
				}
			}
		}

		private void emit(EventLog.StoredEvent event) {
			if (event.seq() > this.position) {
				this.position = event.seq();
				this.sink.next(event);
			}
		}

		synchronized void goLive(long from) {
			this.position = from;
			this.replaying = false;
			List<EventLog.StoredEvent> ready = List.copyOf(this.waiting);
			this.waiting.clear();
			ready.forEach(this::emit);
		}

		/** The stored events after {@code afterSeq} up to {@code live}, then those that came meanwhile. */
		void replay(long afterSeq, long live) {
			try {
				synchronized (this) {
					this.position = afterSeq;
				}
				long at = afterSeq;
				int batch = Subscriptions.this.properties.batchSize();
				while (at < live && !this.sink.isCancelled()) {
					List<EventLog.StoredEvent> page = Subscriptions.this.log.after(at, this.filter, batch);
					synchronized (this) {
						for (EventLog.StoredEvent event : page) {
							if (event.seq() <= live) {
								emit(event);
							}
						}
					}
					if (page.size() < batch) {
						break;
					}
					at = page.get(page.size() - 1).seq();
				}
				goLive(Math.max(afterSeq, Math.min(this.position, live)));
			}
			catch (RuntimeException ex) {
				this.sink.error(ex);
			}
		}

	}

}
