package io.govgraph.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.SameAnswers;
import io.govgraph.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of Cypher statements a request sends (counted at the driver) does not grow with the
 * number of items it returns.
 */
@IntegrationTest
class StatementCountTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	StatementCounter counter;

	@Test
	void aPageOfUnitsWithNestedListsCostsTheSameForThreeItemsAsForFifty() {
		Map<String, Object> where = Map.of("within", "yz", "type", Map.of("in", List.of("COMPOUND", "COMMUNITY_COMMITTEE")));
		long small = statements(() -> this.graphQl.documentName("unitsWithDetail")
			.variable("where", where)
			.variable("first", 3)
			.execute()
			.path("units.edges")
			.entityList(Object.class)
			.hasSize(3));
		long large = statements(() -> this.graphQl.documentName("unitsWithDetail")
			.variable("where", where)
			.variable("first", 50)
			.execute()
			.path("units.edges")
			.entityList(Object.class)
			.hasSize(50));
		// the page with its total count, parents, children, their posts, the people, their posts
		// (with their units, which the next level then does not read again), links (with the
		// other ends, likewise): one statement each.
		assertThat(small).isEqualTo(7);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void aNeighbourhoodCostsAtMostDepthPlusTwoStatementsWhateverItsSize() {
		// around one vertex or several, two steps deep: the walk, the edges and the counts in one statement
		assertThat(neighbourhood(List.of("yz.minglou"), 2, 10, 10)).isEqualTo(1);
		assertThat(neighbourhood(List.of("yz.minglou"), 2, 500, 161)).isEqualTo(1);
		assertThat(neighbourhood(List.of("yz.minglou", "yz"), 2, 500, 385)).isEqualTo(1);
		// deeper, or a limit above 1,000: seeds, a statement a level, edges and counts; the walk that
		// the limit cuts at level 2 reads no level 3
		assertThat(neighbourhood(List.of("yz.minglou", "yz"), 2, 1_001, 385)).isEqualTo(4);
		assertThat(neighbourhood(List.of("yz.minglou"), 3, 100, 100)).isEqualTo(4);
	}

	/** The statements of a neighbourhood that must have {@code vertices} vertices. */
	private long neighbourhood(List<String> ids, int depth, int limit, int vertices) {
		return statements(() -> this.graphQl.documentName("exploreNeighborhood")
			.variable("ids", ids)
			.variable("depth", depth)
			.variable("limit", limit)
			.execute()
			.path("neighborhood.vertices")
			.entityList(Object.class)
			.hasSize(vertices));
	}

	@Test
	void postsWithTheirPeopleAndUnitsCostThreeStatementsForAnyPageSize() {
		for (int first : new int[] { 2, 200 }) {
			long n = statements(() -> this.graphQl.documentName("filteredPosts")
				.variable("first", first)
				.execute()
				.path("posts.edges")
				.entityList(Object.class)
				.hasSize(first));
			// the page with its total count, people, units
			assertThat(n).isEqualTo(3);
		}
	}

	@Test
	void aPersonAndTheirPostsWithTheirUnitsAreOneStatementTwoWithTheirParentsParents() {
		long units = statements(() -> this.graphQl
			.document("{ person(id: \"p01072\") { posts(asOf: \"2026-07-01\") { role unit { id name } } } }")
			.execute()
			.path("person.posts[*].unit.name")
			.entityList(String.class)
			.hasSize(5));
		long parents = statements(() -> this.graphQl
			.document("{ person(id: \"p01072\") { posts(asOf: \"2026-07-01\") { role unit { id name parent { id parent { id } } } } } }")
			.execute()
			.path("person.posts[*].unit.parent.id")
			.entityList(String.class)
			.hasSizeGreaterThan(1));
		long twice = statements(() -> this.graphQl
			.document("{ person(id: \"p01072\") { now: posts(asOf: \"2026-07-01\") { role } then: posts(asOf: \"2020-01-01\") { role } } }")
			.execute()
			.path("person.now")
			.entityList(Object.class)
			.hasSize(5));
		// the person with their posts (read with their units, and their parents when asked for:
		// directory/KnownUnits); the parents' parents are a level of their own; posts asked for
		// twice are the person, then the posts of each day
		assertThat(units).isEqualTo(1);
		assertThat(parents).isEqualTo(2);
		assertThat(twice).isEqualTo(3);
	}

	@Test
	void aPersonReadWithTheirPostsAnswersAsThePostsReadOnTheirOwn() {
		for (String day : List.of("2026-07-01", "2019-01-01", "1990-01-01")) {
			for (int n = 1; n <= 1113; n += 37) {
				String id = "p%05d".formatted(n);
				String posts = "posts(asOf: \"%s\") { role title since until unit { id name type parent { id name } } }".formatted(day);
				SameAnswers.assertSame(this.graphQl, id + " on " + day, "{ person(id: \"%s\") { id name %s } }".formatted(id, posts),
						"person", "{ people(where: {id: {eq: \"%s\"}}, first: 1) { edges { node { id name %s } } } }".formatted(id, posts),
						"people.edges[0].node");
			}
		}
		this.graphQl.document("{ person(id: \"nope\") { posts { role } } }").execute().path("person").valueIsNull();
	}

	@Test
	void aPathCostsOneStatementTwoWithHiddenNeighbours() {
		String query = """
				{ paths(fromId: "p00005", toId: "pc.mingzhu", first: 50) { length vertices { id name %s } } }
				""";
		long lean = statements(() -> this.graphQl.document(query.formatted("")).execute().path("paths").entityList(Object.class).hasSizeGreaterThan(0));
		long full = statements(() -> this.graphQl.document(query.formatted("hiddenNeighbors")).execute().path("paths").entityList(Object.class).hasSizeGreaterThan(0));
		// the two ends (checked) with the paths and their vertices; then each vertex's neighbours
		assertThat(lean).isEqualTo(1);
		assertThat(full).isEqualTo(2);
	}

	private long statements(Runnable request) {
		long before = this.counter.count();
		request.run();
		return this.counter.count() - before;
	}

}
