package io.govgraph.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A GraphQL request body over govgraph.graphql.max-body-size is answered 413 before it is read. */
@IntegrationTest
class RequestBodyLimitTests {

	static final String REFUSAL = "The request body is larger than 256KB, the most a GraphQL request may send"
			+ " (govgraph.graphql.max-body-size). Send a shorter document or fewer variables.";

	@LocalServerPort
	int port;

	/** A request whose unused variable pads its body to {@code kilobytes}. */
	static byte[] body(int kilobytes) {
		String head = "{\"query\":\"{ unit(id: \\\"yz\\\") { id } }\",\"variables\":{\"pad\":\"";
		String tail = "\"}}";
		return (head + "x".repeat(kilobytes * 1024 - head.length() - tail.length()) + tail)
			.getBytes(StandardCharsets.UTF_8);
	}

	HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
		GovGraphHttp http = GovGraphHttp.as(this.port, TestAccounts.PLANNER);
		return http.send(http.request("/graphql").header("Content-Type", "application/json").POST(body).build());
	}

	@Test
	void aBodyOf300KbIsAnswered413() throws Exception {
		HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(body(300)));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(GovGraphHttp.json(response.body())).extractingByKey("errors")
			.asList()
			.singleElement()
			.satisfies(e -> assertThat(((Map<?, ?>) e).get("message")).isEqualTo(REFUSAL));
	}

	@Test
	void aChunkedBodyOf300KbIsAnswered413() throws Exception {
		// no Content-Length: the body is read up to the limit and one byte more
		HttpResponse<String> response = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body(300))));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains(REFUSAL);
	}

	@Test
	void aBodyWithinTheLimitIsAnswered() throws Exception {
		HttpResponse<String> whole = post(HttpRequest.BodyPublishers.ofByteArray(body(250)));
		assertThat(whole.statusCode()).isEqualTo(200);
		assertThat(whole.body()).isEqualTo("{\"data\":{\"unit\":{\"id\":\"yz\"}}}");
		HttpResponse<String> chunked = post(
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body(250))));
		assertThat(chunked.statusCode()).isEqualTo(200);
		assertThat(chunked.body()).isEqualTo("{\"data\":{\"unit\":{\"id\":\"yz\"}}}");
	}

	@Test
	void aLimitOfNothingStopsTheStart() {
		assertThatThrownBy(() -> new GraphQlProperties(15, 50_000, 30, DataSize.ofBytes(0), Duration.ofSeconds(30)))
			.hasMessage("govgraph.graphql.max-body-size must be at least 1 byte, not 0B");
	}

	@Test
	void aLimitIsShownAsASettingWouldSayIt() {
		assertThat(RequestBodyLimit.shown(DataSize.ofKilobytes(256))).isEqualTo("256KB");
		assertThat(RequestBodyLimit.shown(DataSize.ofMegabytes(2))).isEqualTo("2MB");
		assertThat(RequestBodyLimit.shown(DataSize.ofBytes(1000))).isEqualTo("1000B");
	}


	@Test
	void aBodyAlreadyReadIsGivenToANonBlockingReaderWhole() throws Exception {
		ServletInputStream in = new RequestBodyLimit.ReadBody(new MockHttpServletRequest(), body(1)).getInputStream();
		List<String> calls = new ArrayList<>();
		in.setReadListener(new ReadListener() {
			@Override
			public void onDataAvailable() throws IOException {
				calls.add("available " + in.readAllBytes().length);
			}

			@Override
			public void onAllDataRead() {
				calls.add("all read " + in.isFinished());
			}

			@Override
			public void onError(Throwable t) {
				calls.add("error " + t.getMessage());
			}
		});
		assertThat(calls).containsExactly("available 1024", "all read true");
	}

	@Test
	void aReaderThatFailsIsToldOfItsError() {
		ServletInputStream in = new RequestBodyLimit.ReadBody(new MockHttpServletRequest(), body(1)).getInputStream();
		List<String> calls = new ArrayList<>();
		in.setReadListener(new ReadListener() {
			@Override
			public void onDataAvailable() throws IOException {
				throw new IOException("disk full");
			}

			@Override
			public void onAllDataRead() {
				calls.add("all read");
			}

			@Override
			public void onError(Throwable t) {
				calls.add("error " + t.getMessage());
			}
		});
		assertThat(calls).containsExactly("error disk full");
	}

}
