package io.govgraph.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example operation of graphql/examples/ (listed in docs/api.md, pasted into GraphiQL) runs
 * against the sample district and gives the answer the data says it must.
 */
@IntegrationTest
class ExampleOperationsTests {

	static final Path EXAMPLES = Path.of("graphql/examples");

	@Autowired
	GraphQlTester graphQl;

	GraphQlTester.Response run(String name) throws IOException {
		return this.graphQl.document(Files.readString(EXAMPLES.resolve(name + ".graphql"), StandardCharsets.UTF_8))
			.execute();
	}

	@Test
	void everyExampleIsTestedHere() throws IOException {
		try (Stream<Path> files = Files.list(EXAMPLES)) {
			assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
					"communitiesWithLegalAdvisor.graphql", "peopleOnOwnersAndCommunityCommittees.graphql",
					"streetAtAGlance.graphql", "compoundsWithoutOwnersCommittee.graphql",
					"ownersCommitteeElection2025.graphql", "lawFirmToStreet.graphql", "aroundTheRedButler.graphql",
					"youngFirstSecretaries.graphql", "redButlerMeetings2025.graphql");
		}
	}

	@Test
	void communitiesWithLegalAdvisor() throws IOException {
		var response = run("communitiesWithLegalAdvisor");
		response.path("units.totalCount").entity(Integer.class).isEqualTo(26);
		// each has a law firm among its pairings (teams pair with communities too)
		response.path("units.edges[*].node").entityList(java.util.Map.class).satisfies(communities -> {
			assertThat(communities).hasSize(26);
			assertThat(communities).allSatisfy(c -> assertThat(String.valueOf(c.get("links"))).contains("律师事务所"));
		});
	}

	@Test
	void peopleOnOwnersAndCommunityCommittees() throws IOException {
		var response = run("peopleOnOwnersAndCommunityCommittees");
		response.path("people.totalCount").entity(Integer.class).isEqualTo(11);
		response.path("people.edges[*].node.id").entityList(String.class).hasSize(11);
		response.path("peopleAggregate.count").entity(Integer.class).isEqualTo(11);
	}

	@Test
	void streetAtAGlance() throws IOException {
		var response = run("streetAtAGlance");
		response.path("unit.subtreeCounts.byType[?(@.type == 'COMPOUND')].count")
			.entityList(Integer.class)
			.containsExactly(21);
		response.path("unit.subtreeCounts.byType[?(@.type == 'OWNERS_COMMITTEE')].count")
			.entityList(Integer.class)
			.containsExactly(15);
		response.path("unit.subtreeCounts.peopleWithPosts").entity(Integer.class).isEqualTo(173);
		response.path("postsAggregate.count").entity(Integer.class).isEqualTo(199);
		response.path("postsAggregate.byParty.members").entity(Integer.class).isEqualTo(125);
	}

	@Test
	void compoundsWithoutOwnersCommittee() throws IOException {
		run("compoundsWithoutOwnersCommittee").path("units.totalCount").entity(Integer.class).isEqualTo(6);
	}

	@Test
	void ownersCommitteeElection2025() throws IOException {
		var response = run("ownersCommitteeElection2025");
		response.path("changes.totalCount").entity(Integer.class).isEqualTo(54);
		response.path("changes.edges[?(@.node.event == 'ENDED')]").entityList(Object.class).hasSize(9);
	}

	@Test
	void lawFirmToStreet() throws IOException {
		var response = run("lawFirmToStreet");
		response.path("paths[*].length").entityList(Integer.class).satisfies(l -> assertThat(l).isNotEmpty().containsOnly(2));
		response.path("paths[0].vertices[1].type").entity(String.class).isEqualTo("COMMUNITY_COMMITTEE");
	}

	@Test
	void aroundTheRedButler() throws IOException {
		var response = run("aroundTheRedButler");
		response.path("neighborhood.vertices[*].id").entityList(String.class).hasSize(12);
		// the article's members: police station, law enforcement, market regulation, the law firm,
		// the residents committee, the owners committee, the property company, the social work org
		response.path("neighborhood.edges[?(@.type == 'MEMBER_OF')]").entityList(Object.class).hasSize(8);
	}

	@Test
	void youngFirstSecretaries() throws IOException {
		var response = run("youngFirstSecretaries");
		response.path("people.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("people.edges[*].node.birthDecade").entityList(Integer.class).containsExactly(1990, 1990, 1990, 1990);
		response.path("people.edges[*].node.posts[?(@.title == '第一书记')].unit.name")
			.entityList(String.class)
			.satisfies(units -> assertThat(units).hasSize(4));
	}

	@Test
	void redButlerMeetings2025() throws IOException {
		var response = run("redButlerMeetings2025");
		response.path("events.totalCount").entity(Integer.class).isEqualTo(4);
		response.path("events.edges[*].node.date")
			.entityList(String.class)
			.containsExactly("2025-02-06", "2025-05-01", "2025-08-17", "2025-11-15");
		// chaired by 城兴's secretary; three of the member units absent in the second half
		response.path("events.edges[*].node.attendance[?(@.role == 'CHAIR')].person.id")
			.entityList(String.class)
			.containsExactly("p00170", "p00170", "p00170", "p00170");
		response.path("events.edges[*].node.attendance[?(@.role == 'ABSENT')]").entityList(Object.class).hasSize(3);
		response.path("attendanceRates[0].invited").entity(Integer.class).isEqualTo(38);
		response.path("attendanceRates[0].attended").entity(Integer.class).isEqualTo(35);
	}

}
