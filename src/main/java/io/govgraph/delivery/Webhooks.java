package io.govgraph.delivery;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.govgraph.events.EventType;
import io.govgraph.security.Caller;
import io.govgraph.security.Role;
import io.govgraph.web.UserInputException;

/**
 * Webhooks as admins manage them: registered with a URL, a scope, event types, a secret and the
 * role whose view they are sent; removed; resumed after being parked; listed with their delivery
 * logs. The secret is checked and stored, never shown again.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class Webhooks {

	static final int MIN_SECRET = 16;

	static final int MAX_SECRET = 200;

	static final int MAX_URL = 2000;

	private final WebhookStore store;

	private final Clock clock;

	Webhooks(WebhookStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Registers a webhook; it is sent the events that commit from now on. */
	public Webhook register(String url, String scopeId, List<EventType> types, String secret, Role role) {
		URI uri = url(url);
		if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
			throw new UserInputException("registerWebhook(secret): give " + MIN_SECRET + " to " + MAX_SECRET
					+ " characters (the receiver checks each delivery's signature with it)");
		}
		if (scopeId != null && !this.store.unitExists(scopeId)) {
			throw new UserInputException("registerWebhook(scopeId): no unit has the id \"" + scopeId + "\"");
		}
		if (types != null) {
			if (types.isEmpty()) {
				throw new UserInputException("registerWebhook(types): give at least one type, or leave it out for all");
			}
			Set<EventType> readable = EventType.readableWith(Role.effective(Set.of(role)));
			for (EventType type : types) {
				if (!readable.contains(type)) {
					throw new UserInputException("registerWebhook(types): events of type " + type + " need the role "
							+ type.reader() + ", which a webhook sent as " + role + " does not have");
				}
			}
			types = List.copyOf(new java.util.LinkedHashSet<>(types));
		}
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		return this.store.create(id, uri.toString(), scopeId, types, role, secret, OffsetDateTime.now(this.clock),
				Caller.current().name());
	}

	/** Removes a webhook and its log; answers it as it was, or null when there is none. */
	public Webhook remove(String id) {
		return this.store.remove(id).orElse(null);
	}

	/** Makes a parked webhook deliver again, from the event it was parked on; null when there is none. */
	public Webhook resume(String id) {
		return this.store.resume(id, OffsetDateTime.now(this.clock), Caller.current().name()).orElse(null);
	}

	/** Every webhook, oldest first. */
	public List<Webhook> list() {
		return this.store.list();
	}

	/** The newest {@code first} entries of these webhooks' delivery logs, by webhook id. */
	public Map<String, List<Webhook.Delivery>> deliveries(List<String> ids, int first) {
		return this.store.deliveries(ids, first);
	}

	private static URI url(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_URL) {
			throw new UserInputException("registerWebhook(url): give an http or https URL of at most " + MAX_URL
					+ " characters");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new UserInputException("registerWebhook(url): \"" + url + "\" is not a URL: " + ex.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
			throw new UserInputException("registerWebhook(url): \"" + url
					+ "\" is not an absolute http or https URL with a host");
		}
		if (uri.getUserInfo() != null) {
			throw new UserInputException(
					"registerWebhook(url): put no user name or password in the URL; the signature authenticates GovGraph");
		}
		return uri;
	}

}
