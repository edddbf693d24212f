package io.govgraph.delivery;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import io.govgraph.events.EventType;
import io.govgraph.security.Role;

/** {@code webhooks}, {@code registerWebhook}, {@code removeWebhook} and {@code resumeWebhook}. */
@Controller
class WebhookController {

	/** How many log entries {@code Webhook.deliveries} shows at most (the store keeps log-size of them). */
	static final int MAX_LOG = 1000;

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@QueryMapping
	List<Webhook> webhooks() {
		return this.webhooks.list();
	}

	@MutationMapping
	Webhook registerWebhook(@Argument String url, @Argument String scopeId, @Argument List<EventType> types,
			@Argument String secret, @Argument Role role) {
		return this.webhooks.register(url, scopeId, types, secret, role);
	}

	@MutationMapping
	Webhook removeWebhook(@Argument String id) {
		return this.webhooks.remove(id);
	}

	@MutationMapping
	Webhook resumeWebhook(@Argument String id) {
		return this.webhooks.resume(id);
	}

	@SchemaMapping(typeName = "Webhook")
	Set<EventType> types(Webhook webhook) {
		return webhook.types();
	}

	@BatchMapping(typeName = "Webhook")
	Map<Webhook, List<Webhook.Delivery>> deliveries(List<Webhook> list) {
		Map<String, List<Webhook.Delivery>> logs = this.webhooks
			.deliveries(list.stream().map(Webhook::id).toList(), MAX_LOG);
		Map<Webhook, List<Webhook.Delivery>> result = new java.util.LinkedHashMap<>();
		list.forEach(w -> result.put(w, logs.getOrDefault(w.id(), List.of())));
		return result;
	}

}
