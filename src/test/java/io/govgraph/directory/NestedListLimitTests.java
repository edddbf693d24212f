package io.govgraph.directory;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/** A nested list stops at its documented maximum; the connection pages through the rest. */
@IntegrationTest
class NestedListLimitTests {

	@Autowired
	DataSetImporter store;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void importAUnitWith501Children() throws Exception {
		this.store.importDataSet(Path.of("src/test/resources/datasets/nested-lists"), false);
	}

	@Test
	void childrenStopAtTheFirst500InTheirOrder() {
		List<String> ids = this.graphQl.document("{ unit(id: \"nl\") { children { id } } }")
			.execute()
			.path("unit.children[*].id")
			.entityList(String.class)
			.get();
		assertThat(ids).hasSize(DirectoryRepository.MAX_NESTED)
			.isEqualTo(IntStream.range(0, 500).mapToObj(i -> "nl.t%03d".formatted(i)).toList());
	}

	@Test
	void theUnitsConnectionCountsAndReachesTheOneBeyond() {
		this.graphQl
			.document("{ units(where: {parent: {id: {eq: \"nl\"}}}, orderBy: {field: ID, direction: DESC}, first: 1) "
					+ "{ totalCount edges { node { id } } } }")
			.execute()
			.path("units.totalCount")
			.entity(Long.class)
			.isEqualTo(501L)
			.path("units.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("nl.t500");
	}

}
