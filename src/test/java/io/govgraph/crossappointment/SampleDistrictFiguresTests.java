package io.govgraph.crossappointment;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The article's figures, asked of the sample district through GraphQL on today's date. */
@IntegrationTest
class SampleDistrictFiguresTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void mingLouStreetHasTheArticlesCrossAppointmentFigures() {
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", "yz.minglou")
			.execute()
			.path("crossAppointmentStats")
			.matchesJson("""
					{"compounds": 21, "withOwnersCommittee": 15, "withCrossAppointment": 14, "crossAppointedPeople": 22}
					""");
	}

	@Test
	void mingLouFiguresHoldOnLaterDatesToo() {
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", "yz.minglou")
			.variable("asOf", "2030-01-01")
			.execute()
			.path("crossAppointmentStats")
			.matchesJson("""
					{"compounds": 21, "withOwnersCommittee": 15, "withCrossAppointment": 14, "crossAppointedPeople": 22}
					""");
	}

	@Test
	void fengGeChengShiOwnersCommitteeIsARedOwnersCommittee() {
		String expected = """
				{"members": 9, "partyMembers": 7, "reps": 36, "partyReps": 25}
				""";
		this.graphQl.documentName("ownersCommitteeComposition")
			.variable("id", "yz.zhonghe.chengxing.fenggechengshi.oc")
			.execute()
			.path("ownersCommitteeComposition")
			.matchesJson(expected)
			.path("ownersCommitteeComposition.memberPartyShare")
			.entity(Double.class)
			.satisfies(share -> assertThat(share).isCloseTo(7.0 / 9, org.assertj.core.data.Offset.offset(1e-9)));
		// The compound's id names its owners committee too.
		this.graphQl.documentName("ownersCommitteeComposition")
			.variable("id", "yz.zhonghe.chengxing.fenggechengshi")
			.execute()
			.path("ownersCommitteeComposition")
			.matchesJson(expected);
	}

	@Test
	void thePreviousTermOfFengGeChengShiIsSeenOnAnEarlierDate() {
		this.graphQl.documentName("ownersCommitteeComposition")
			.variable("id", "yz.zhonghe.chengxing.fenggechengshi.oc")
			.variable("asOf", "2024-01-01")
			.execute()
			.path("ownersCommitteeComposition.members")
			.entity(Integer.class)
			.satisfies(members -> assertThat(members).isPositive())
			.path("ownersCommitteeComposition.reps")
			.entity(Integer.class)
			.satisfies(reps -> assertThat(reps).isNotEqualTo(36));
	}

	@Test
	void compositionOfAUnitThatIsNoOwnersCommitteeIsAUserError() {
		this.graphQl.documentName("ownersCommitteeComposition")
			.variable("id", "yz.minglou")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).contains("yz.minglou")
					.contains("not an OWNERS_COMMITTEE or a COMPOUND")));
	}

	@Test
	void unknownScopeIsAUserErrorNamingTheId() {
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", "no.such.unit")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(e -> assertThat(e.getMessage()).isEqualTo("scopeId: no unit with id \"no.such.unit\"")));
	}

}
