package io.govgraph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * "Is the street committee really the axis?" on the sample district, 2026-07-01. The figures were
 * checked against an independent networkx computation of docs/spec/analysis.md's definitions from the CSVs.
 */
@IntegrationTest
class AxisReportTests {

	@Autowired
	GraphQlTester graphQl;

	private GraphQlTester.Response report(String street) {
		return this.graphQl.documentName("axisReport")
			.variable("streetId", street)
			.variable("asOf", "2026-07-01")
			.execute();
	}

	@org.junit.jupiter.params.ParameterizedTest(name = "{0}: axis rank {1}")
	@org.junit.jupiter.params.provider.CsvSource({ "yz.baizhang, 1", "yz.minglou, 1", "yz.zhonghe, 5", "yz.dongliu, 1",
			"yz.dongsheng, 1", "yz.xiaying, 2" })
	void everyStreetOfTheSampleHasItsAxisRank(String street, int rank) {
		report(street).path("axisReport.axisRank").entity(Integer.class).isEqualTo(rank);
	}

	@Test
	void mingLouIsTheAxisOfItsStreet() {
		GraphQlTester.Response r = report("yz.minglou");
		r.path("axisReport.street.name").entity(String.class).isEqualTo("明楼街道党工委");
		r.path("axisReport.axisRank").entity(Integer.class).isEqualTo(1);
		r.path("axisReport.axisShare")
			.entity(Double.class)
			.satisfies(share -> assertThat(share).isCloseTo(0.10570744822442146, within(1e-9)));
		r.path("axisReport.fragmentationWithoutAxis").entity(Integer.class).isEqualTo(11);
		r.path("axisReport.vertexCount").entity(Integer.class).isEqualTo(451);
		r.path("axisReport.edgeCount").entity(Integer.class).isEqualTo(606);
		r.path("axisReport.approximate").entity(Boolean.class).isEqualTo(false);
		r.path("axisReport.drivers").matchesJson("""
				[{"type": "INDUSTRY_SYSTEM", "count": 2}, {"type": "LAW_FIRM", "count": 4},
				 {"type": "NEW_FIELD_ORG", "count": 1}, {"type": "STATIONED_UNIT", "count": 5}]
				""");
		r.path("axisReport.driverCoverage").entity(Double.class).isEqualTo(1.0);
		r.path("axisReport.topDrivers[*].vertex.id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(10).startsWith("lf.yingke", "lf.tongzhou"));
		r.path("axisReport.singlePointsOfFailure[*].id")
			.entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(65).doesNotContain("yz.minglou"));
		r.path("axisReport.bridges").entityList(Map.class).hasSize(16);
	}

	@Test
	void inZhongHeTheAxisDoesNotHold() {
		GraphQlTester.Response r = report("yz.zhonghe");
		r.path("axisReport.axisRank").entity(Integer.class).isEqualTo(5);
		r.path("axisReport.axisShare")
			.entity(Double.class)
			.satisfies(share -> assertThat(share).isCloseTo(0.060263849098836406, within(1e-9)));
		r.path("axisReport.fragmentationWithoutAxis").entity(Integer.class).isEqualTo(8);
		r.path("axisReport.singlePointsOfFailure").entityList(Map.class).hasSize(52);
		r.path("axisReport.bridges").entityList(Map.class).hasSize(14);
	}

	@Test
	void xiaYingRanksSecondBehindItsLegalAdvisor() {
		GraphQlTester.Response r = report("yz.xiaying");
		r.path("axisReport.axisRank").entity(Integer.class).isEqualTo(2);
		r.path("axisReport.topDrivers[0].vertex.id").entity(String.class).isEqualTo("lf.yingke");
		r.path("axisReport.drivers").matchesJson("""
				[{"type": "INDUSTRY_SYSTEM", "count": 2}, {"type": "LAW_FIRM", "count": 3},
				 {"type": "NEW_FIELD_ORG", "count": 2}, {"type": "STATIONED_UNIT", "count": 4}]
				""");
	}

	@Test
	void aSampledReportSaysSoAndIsReproducible() {
		List<String> first = sampledTopDrivers(7);
		assertThat(sampledTopDrivers(7)).isEqualTo(first);
		this.graphQl.documentName("axisReport")
			.variable("streetId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.variable("sampleSize", 100)
			.variable("seed", 7)
			.execute()
			.path("axisReport.approximate")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("axisReport.sampleSize")
			.entity(Integer.class)
			.isEqualTo(100);
	}

	private List<String> sampledTopDrivers(int seed) {
		return this.graphQl.documentName("axisReport")
			.variable("streetId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.variable("sampleSize", 100)
			.variable("seed", seed)
			.execute()
			.path("axisReport.topDrivers[*].score")
			.entityList(String.class)
			.get();
	}

	@Test
	void onlyAStreetCommitteeHasAnAxisReport() {
		report("yz.minglou.hefeng").errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage())
					.isEqualTo("streetId: \"yz.minglou.hefeng\" is a COMMUNITY_COMMITTEE, not a STREET_COMMITTEE")));
		report("nope").errors()
			.satisfy(e -> assertThat(e).singleElement()
				.satisfies(err -> assertThat(err.getMessage()).isEqualTo("scopeId: no unit with id \"nope\"")));
	}

}
