package io.govgraph.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.execution.AbortExecutionException;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.util.unit.DataSize;

import io.govgraph.IntegrationTest;
import io.govgraph.StatementCounter;
import io.govgraph.query.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits count what a request will run: every alias and every use of a fragment, the page
 * sizes of its lists, the scope of its analyses.
 */
@IntegrationTest
class OperationCostTests {

	/** A page of 500 units, two levels of children under each: 1 + 500 × (1 + 1 + 5 × (1 + 5)). */
	static final String PAGE = "fragment Page on UnitConnection { edges { node { children { children { id } } } } }";

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphQlSource source;

	@Autowired
	OperationLimits limits;

	@Autowired
	List<FieldPrices> prices;

	@Autowired
	StatementCounter counter;

	OperationCost count(String document, Map<String, Object> variables) {
		return this.limits.count(normalize(document, variables), this.source.schema());
	}

	graphql.normalized.ExecutableNormalizedOperation normalize(String document, Map<String, Object> variables) {
		return this.limits.normalize(this.source.schema(), Parser.parse(document), null, variables);
	}

	static String aliases(int n, String field) {
		return IntStream.rangeClosed(1, n).mapToObj(i -> "a" + i + ": " + field).collect(Collectors.joining(" "));
	}

	@Test
	void sixAliasesThroughOneNamedFragmentCostSixTimesOne() {
		String one = "{ " + aliases(1, "units(first: 500) { ...Page }") + " } " + PAGE;
		String six = "{ " + aliases(6, "units(first: 500) { ...Page }") + " } " + PAGE;
		assertThat(count(one, Map.of()).complexity()).isEqualTo(16_001);
		assertThat(count(six, Map.of()).complexity()).isEqualTo(6 * 16_001);

		this.graphQl.document(one).execute().path("a1.edges").entityList(Object.class).hasSizeGreaterThan(100);
		long before = this.counter.count();
		this.graphQl.document(six)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage())
					.startsWith("The query's complexity is 96006; at most 50000 is allowed (govgraph.graphql.max-complexity).")
					.contains("each use of a fragment apart", "Costliest: a1 16001, a2 16001, a3 16001, … (6 top-level fields)")));
		assertThat(this.counter.count()).isEqualTo(before);
	}

	@Test
	void aFieldAskedTwiceUnderOneNameRunsOnceAndCostsOnce() {
		assertThat(count("{ unit(id: \"yz\") { children { id } children { name } } }", Map.of()).complexity())
			.isEqualTo(count("{ unit(id: \"yz\") { children { id name } } }", Map.of()).complexity())
			.isEqualTo(1 + 5);
	}

	@Test
	void aPageCostsInProportionToItsSize() {
		String units = "query($first: Int) { units(first: $first) { totalCount edges { node { id name } } } }";
		// the connection, then an edge and a node for each unit of the page
		assertThat(count(units, Map.of("first", 100)).complexity()).isEqualTo(1 + 100 * 2);
		assertThat(count(units, Map.of("first", 5)).complexity()).isEqualTo(1 + 5 * 2);
		assertThat(count(units, Map.of()).complexity()).isEqualTo(1 + Page.DEFAULT_SIZE * 2);
		// a schema default counts when the request gives none: search(first: Int = 10)
		assertThat(count("{ search(text: \"明楼\") { id } }", Map.of()).complexity()).isEqualTo(10);
		// limit sizes both lists of a subgraph
		assertThat(count("{ neighborhood(ids: [\"yz\"], limit: 300) { vertices { id } edges { id } truncated } }",
				Map.of())
			.complexity()).isEqualTo(1 + 300 + 300);

		String deep = "{ units(first: %d) { edges { node { children { children { children { id } } } } } } }";
		this.graphQl.document(deep.formatted(5)).execute().path("units.edges").entityList(Object.class).hasSize(5);
		this.graphQl.document(deep.formatted(500))
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage())
					.startsWith("The query's complexity is 78501; at most 50000 is allowed")));
	}

	@Test
	void theDefaultPageSizeIsTheConnections() {
		assertThat(OperationCost.DEFAULT_PAGE_SIZE).isEqualTo(Page.DEFAULT_SIZE);
	}

	@Test
	void anAnalysisCostsTheVerticesOfItsScope() {
		String centrality = "query($scopeId: ID) { centrality(measure: DEGREE, scopeId: $scopeId) { vertexCount } }";
		int whole = this.graphQl.document(centrality)
			.execute()
			.path("centrality.vertexCount")
			.entity(Integer.class)
			.get();
		String small = "yz.zhonghe.chengxing";
		int scope = this.graphQl.document(centrality)
			.variable("scopeId", small)
			.execute()
			.path("centrality.vertexCount")
			.entity(Integer.class)
			.get();
		assertThat(whole).isGreaterThan(1000);
		assertThat(scope).isBetween(10, 200);
		// vertexCount is a scalar: the cost is the price, the vertices the analysis reads
		assertThat(count(centrality, Map.of()).complexity()).isEqualTo(whole);
		assertThat(count(centrality, Map.of("scopeId", small)).complexity()).isEqualTo(scope);
		assertThat(count(centrality, Map.of()).priced()).singleElement()
			.asString()
			.matches("centrality: " + whole + " vertices in the whole graph on \\d{4}-\\d\\d-\\d\\d");

		OperationLimits small500 = new OperationLimits(limits(500, 30), this.prices);
		assertThat(small500.check(normalize(centrality, Map.of("scopeId", small)), this.source.schema()).complexity())
			.isEqualTo(scope);
		assertThatThrownBy(() -> small500.check(normalize(centrality, Map.of()), this.source.schema()))
			.isInstanceOf(AbortExecutionException.class)
			.hasMessageStartingWith("The query's complexity is " + whole + "; at most 500 is allowed")
			.hasMessageContaining("Priced: centrality: " + whole + " vertices in the whole graph on ");
	}

	@Test
	void everyAnalysisIsPricedAndAUnknownScopeIsLeftToTheFieldToRefuse() {
		int whole = (int) count("{ centrality(measure: DEGREE) { vertexCount } }", Map.of()).complexity();
		assertThat(count("{ betweennessExplanation(vertexId: \"yz\") { betweenness } }", Map.of()).complexity())
			.isEqualTo(whole);
		assertThat(count("mutation { recordCentrality(measure: DEGREE) { id } }", Map.of()).complexity())
			.isEqualTo(whole);
		assertThat(count("{ axisReport(streetId: \"yz.minglou\") { axisRank } }", Map.of()).complexity())
			.isEqualTo(count("{ centrality(measure: DEGREE, scopeId: \"yz.minglou\") { vertexCount } }", Map.of())
				.complexity())
			.isBetween(100L, (long) whole);
		assertThat(count("{ centrality(measure: DEGREE, scopeId: \"nowhere\") { vertexCount } }", Map.of()).complexity())
			.isEqualTo(1);
		this.graphQl.document("{ centrality(measure: DEGREE, scopeId: \"nowhere\") { vertexCount } }")
			.execute()
			.errors()
			.expect(e -> e.getMessage().equals("scopeId: no unit with id \"nowhere\""))
			.verify();
	}

	@Test
	void aFieldPricedTwiceIsAMistakeAtStart() {
		FieldPrices one = new FieldPrices() {
			@Override
			public java.util.Set<String> fields() {
				return java.util.Set.of("Query.unit");
			}

			@Override
			public Price price(String field, Map<String, Object> arguments) {
				return new Price(1, "one");
			}
		};
		assertThatThrownBy(() -> new OperationLimits(limits(500, 30), List.of(one, one)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("Query.unit is priced twice");
	}

	@Test
	void moreAliasesThanAllowedAreRefusedNamingTheSetting() {
		this.graphQl.document("{ " + aliases(30, "unit(id: \"yz\") { id }") + " }")
			.execute()
			.path("a30.id")
			.entity(String.class)
			.isEqualTo("yz");
		long before = this.counter.count();
		this.graphQl.document("{ " + aliases(31, "unit(id: \"yz\") { id }") + " }")
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("The query runs 31 fields under an alias"
						+ " (each use of a fragment counts); at most 30 are allowed (govgraph.graphql.max-aliases)."
						+ " Ask for the same field fewer times, or in more than one request.")));
		assertThat(this.counter.count()).isEqualTo(before);
	}

	@Test
	void aliasesInAFragmentCountEachTimeItIsUsed() {
		String names = "fragment Names on Unit { " + IntStream.rangeClosed(1, 16)
			.mapToObj(i -> "n" + i + ": name")
			.collect(Collectors.joining(" ")) + " }";
		this.graphQl.document("{ unit(id: \"yz\") { ...Names } } " + names)
			.execute()
			.path("unit.n16")
			.hasValue();
		this.graphQl.document("{ unit(id: \"yz\") { ...Names parent { ...Names } } } " + names)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).startsWith("The query runs 32 fields under an alias")));
	}

	@Test
	void theDepthCountsAFragmentWhereverItIsUsed() {
		String deep = "fragment Up on Unit { " + "parent { ".repeat(10) + "id" + " }".repeat(10) + " }";
		// used first near the top (12 levels), then under four more parents (16)
		this.graphQl.document("{ a: unit(id: \"yz\") { ...Up } b: unit(id: \"yz\") { parent { parent { parent { parent"
				+ " { ...Up } } } } } } " + deep)
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("The query nests 16 levels deep; at most 15"
						+ " are allowed (govgraph.graphql.max-depth). Ask for fewer nested levels.")));
	}

	@Test
	void fragmentsThatSpreadEachOtherIntoMillionsOfFieldsAreRefusedUncounted() {
		// six levels of ten spreads each: a million fields, well within the depth limit
		StringBuilder document = new StringBuilder("{ unit(id: \"yz\") { ...F0 } }");
		for (int i = 0; i < 6; i++) {
			document.append(" fragment F").append(i).append(" on Unit {");
			for (int j = 0; j < 10; j++) {
				document.append(" a").append(j).append(": parent { ...F").append(i + 1).append(" }");
			}
			document.append(" }");
		}
		document.append(" fragment F6 on Unit { id }");
		this.graphQl.document(document.toString())
			.execute()
			.errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("The query runs more than 2000 fields once"
						+ " its fragments are expanded (each use of a fragment counts; a list's items do not), far more"
						+ " than any question needs. Spread fewer fragments.")));
	}

	static GraphQlProperties limits(int maxComplexity, int maxAliases) {
		return new GraphQlProperties(15, maxComplexity, maxAliases, DataSize.ofKilobytes(256), Duration.ofSeconds(30));
	}

}
