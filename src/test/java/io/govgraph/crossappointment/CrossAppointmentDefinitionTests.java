package io.govgraph.crossappointment;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-appointment definition of docs/spec/import-format.md on a hand-made street (datasets/
 * crossappointment): one community with a residents committee, three compounds, one property
 * company.
 */
@IntegrationTest
class CrossAppointmentDefinitionTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	DataSetImporter store;

	@Autowired
	CrossAppointmentService service;

	@BeforeEach
	void importHandMadeStreet() {
		// Its own ids under its own district: adds to the sample without touching it; idempotent.
		this.store.importDataSet(Path.of("src/test/resources/datasets/crossappointment"), false);
	}

	private void assertStats(String asOf, String json) {
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", "ca.s")
			.variable("asOf", asOf)
			.execute()
			.path("crossAppointmentStats")
			.matchesJson(json);
	}

	@Test
	void anOwnersCommitteeChairOnTheCommunityCommitteeAndAManagerOnTheOwnersCommitteeCount() {
		assertStats("2021-06-01", """
				{"compounds": 3, "withOwnersCommittee": 2, "withCrossAppointment": 2, "crossAppointedPeople": 2}
				""");
		assertThat(this.service.compounds("ca.s", java.time.LocalDate.parse("2021-06-01")))
			.extracting(CompoundSides::compoundId, CompoundSides::crossAppointed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ca.c.cp1", java.util.List.of("ca.p2")),
					org.assertj.core.groups.Tuple.tuple("ca.c.cp2", java.util.List.of("ca.p4")),
					org.assertj.core.groups.Tuple.tuple("ca.c.cp3", java.util.List.of()));
	}

	@Test
	void aCommunitySecretaryWhoAlsoDirectsTheResidentsCommitteeIsOnOneSideOnly() {
		for (String day : java.util.List.of("2019-06-01", "2021-06-01", "2023-06-01", "2024-06-01")) {
			assertThat(this.service.compounds("ca.s", java.time.LocalDate.parse(day)))
				.allSatisfy(c -> assertThat(c.crossAppointed()).doesNotContain("ca.p1"));
		}
	}

	@Test
	void aGridBranchPostIsNotTheCommunitySide() {
		assertThat(this.service.compounds("ca.s", java.time.LocalDate.parse("2024-06-01")))
			.allSatisfy(c -> assertThat(c.crossAppointed()).doesNotContain("ca.p5"));
	}

	@Test
	void anEndedPostDoesNotCountOnALaterDate() {
		// ca.p2's chair of cp1's owners committee ended 2022-12-31; the community post goes on.
		assertStats("2022-12-31", """
				{"withCrossAppointment": 2, "crossAppointedPeople": 2}
				""");
		assertStats("2023-06-01", """
				{"compounds": 3, "withOwnersCommittee": 2, "withCrossAppointment": 1, "crossAppointedPeople": 1}
				""");
	}

	@Test
	void aPostThatStartsLaterDoesNotCountYet() {
		// ca.p3 manages the company serving cp2 and cp3 and joins the community committee in 2024.
		assertStats("2023-12-31", """
				{"withCrossAppointment": 1, "crossAppointedPeople": 1}
				""");
		assertStats("2024-06-01", """
				{"withCrossAppointment": 2, "crossAppointedPeople": 2}
				""");
		assertThat(this.service.compounds("ca.s", java.time.LocalDate.parse("2024-06-01")))
			.filteredOn(c -> c.compoundId().equals("ca.c.cp3"))
			.singleElement()
			.satisfies(c -> assertThat(c.crossAppointed()).containsExactly("ca.p3"));
	}

	@Test
	void noOneIsCrossAppointedBeforeTheirPostsBegin() {
		assertStats("2018-06-01", """
				{"compounds": 3, "withOwnersCommittee": 2, "withCrossAppointment": 0, "crossAppointedPeople": 0}
				""");
	}

	@Test
	void aManagerPlacedOnAnotherCompoundIsNotOnThisOnesPropertySide() {
		// datasets/crossappointment-place: one company serves both compounds; cq.p1 runs cp1 and sits on
		// the community committee, cq.p3 runs cp2 and sits on cp1's owners committee, cq.p2 is placed
		// nowhere and sits on cp2's owners committee. Without place_id cp1 would count cq.p1 and cq.p3,
		// cp2 cq.p1 and cq.p2.
		this.store.importDataSet(Path.of("src/test/resources/datasets/crossappointment-place"), false);
		java.time.LocalDate day = java.time.LocalDate.parse("2024-06-01");
		assertThat(this.service.compounds("cq.s", day))
			.extracting(CompoundSides::compoundId, CompoundSides::crossAppointed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("cq.c.cp1", java.util.List.of("cq.p1")),
					org.assertj.core.groups.Tuple.tuple("cq.c.cp2", java.util.List.of("cq.p2")));
		assertThat(this.service.crossAppointments("cq.s", day))
			.extracting(ca -> ca.compoundId() + " " + ca.personId())
			.containsExactly("cq.c.cp1 cq.p1", "cq.c.cp2 cq.p2");
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", "cq.s")
			.variable("asOf", "2024-06-01")
			.execute()
			.path("crossAppointmentStats")
			.matchesJson("""
					{"compounds": 2, "withOwnersCommittee": 2, "withCrossAppointment": 2, "crossAppointedPeople": 2}
					""");
	}

}
