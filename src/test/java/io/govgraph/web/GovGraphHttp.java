package io.govgraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;

import io.govgraph.TestAccounts;

/**
 * An HTTP client of a running GovGraph, as a script or front-end calls it. Every request is built
 * here, with HTTP Basic credentials from the system properties {@code govgraph.bench.user} and
 * {@code govgraph.bench.password} (default: the test admin account).
 */
public final class GovGraphHttp {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final String base;

	private final HttpClient client;

	private final String authorization;

	public GovGraphHttp(int port) {
		this(port, System.getProperty("govgraph.bench.user", TestAccounts.ADMIN),
				System.getProperty("govgraph.bench.password", TestAccounts.ADMIN + "-pw"));
	}

	/** Signed in as this account of the tests (see {@link TestAccounts}). */
	public static GovGraphHttp as(int port, String account) {
		return new GovGraphHttp(port, account, account + "-pw");
	}

	private GovGraphHttp(int port, String user, String password) {
		this.base = "http://127.0.0.1:" + port;
		this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		this.authorization = "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** A request to {@code path} with the credentials. */
	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofMinutes(2))
			.header("Authorization", this.authorization);
	}

	/** POSTs a GraphQL document with its variables to /graphql. */
	public HttpResponse<String> graphQl(String document, Map<String, Object> variables, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Parses a JSON answer. */
	public static Map<String, Object> json(String body) {
		@SuppressWarnings("unchecked")
		Map<String, Object> map = JSON.readValue(body, Map.class);
		return map;
	}

}
