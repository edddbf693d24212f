package io.govgraph.directory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The real HTTP endpoint, as a script or front-end calls it, and GraphiQL. */
@IntegrationTest
class GraphQlOverHttpTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void postingAQueryToGraphqlAnswersTheArticlesFigures() throws Exception {
		String body = """
				{"query": "{ crossAppointmentStats(scopeId: \\"yz.minglou\\") { compounds withOwnersCommittee withCrossAppointment crossAppointedPeople } search(text: \\"明楼\\", first: 1) { id name } }"}
				""";
		HttpResponse<String> response = this.http.send(
				TestAccounts.request(this.port, "/graphql", TestAccounts.PLANNER)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"crossAppointmentStats\":{\"compounds\":21,"
				+ "\"withOwnersCommittee\":15,\"withCrossAppointment\":14,\"crossAppointedPeople\":22},"
				+ "\"search\":[{\"id\":\"yz.minglou\",\"name\":\"明楼街道党工委\"}]}}");
	}

	@Test
	void graphiqlIsServed() throws Exception {
		HttpResponse<String> response = this.http.send(
				TestAccounts.request(this.port, "/graphiql?path=/graphql", TestAccounts.PLANNER).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).containsIgnoringCase("graphiql");
	}

}
