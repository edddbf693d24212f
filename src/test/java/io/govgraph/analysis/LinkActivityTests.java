package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Active and paper links (docs/spec/analysis.md v1.1) on the sample district: its four paper links
 * and the activity rates of 明楼 and 中河 on 2026-06-30 (data/yinzhou/README.md, computed there by
 * check.py from the CSV files).
 */
@IntegrationTest
class LinkActivityTests {

	static final LocalDate DAY = LocalDate.parse("2026-06-30");

	@Autowired
	LinkActivities activities;

	@Autowired
	GraphQlTester graphQl;

	@Test
	void theSampleHasFourPaperLinksOfOneHundredAndTwenty() {
		List<Results.LinkActivity> all = this.activities.inScope("yz", DAY);
		assertThat(all).hasSize(120);
		assertThat(all.stream().filter(a -> !a.active()).map(a -> a.link().fromId() + " -> " + a.link().toId() + " "
				+ a.link().type()))
			.containsExactly("is.housing -> yz.minglou CO_CONSTRUCTS", "lf.yingke -> yz.xiaying.baiyan PAIRED_WITH",
					"su.bank -> yz.zhonghe.huacheng CO_CONSTRUCTS", "yz.lawyers.t106 -> yz.xiaying.baiyan PAIRED_WITH");
		assertThat(all).filteredOn(Results.LinkActivity::active).allSatisfy(a -> assertThat(a.evidence()).isNotEmpty());
		assertThat(all).filteredOn(a -> !a.active()).allSatisfy(a -> assertThat(a.evidence()).isEmpty());
	}

	@Test
	void paperLinksOverGraphQlShowWhenTheLinkWentQuiet() {
		GraphQlTester.Response r = this.graphQl.documentName("paperLinks")
			.variable("scopeId", "yz.xiaying")
			.variable("asOf", DAY.toString())
			.execute();
		r.path("paperLinks[*].link.from.id").entityList(String.class).containsExactly("lf.yingke", "yz.lawyers.t106");
		r.path("paperLinks[*].active").entityList(Boolean.class).containsExactly(false, false);
		// 盈科's advisor's last legal-service visit to 柏堰 was on 2025-05-08
		r.path("paperLinks[0].last.kind").entity(String.class).isEqualTo("EVENT");
		r.path("paperLinks[0].last.type").entity(String.class).isEqualTo("LEGAL_SERVICE");
		r.path("paperLinks[0].last.date").entity(String.class).isEqualTo("2025-05-08");
		r.path("paperLinks[0].last.inWindow").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void paperLinksOfTheWholeGraphHoldThoseOfEveryScope() {
		String document = "query($scopeId: ID, $asOf: Date) { paperLinks(scopeId: $scopeId, asOf: $asOf) { link { type from { id } to { id } since } } }";
		List<Object> whole = this.graphQl.document(document)
			.variable("scopeId", null)
			.variable("asOf", DAY.toString())
			.execute()
			.path("paperLinks[*].link")
			.entityList(Object.class)
			.get();
		for (String scope : List.of("yz", "yz.xiaying", "yz.minglou")) {
			List<Object> part = this.graphQl.document(document)
				.variable("scopeId", scope)
				.variable("asOf", DAY.toString())
				.execute()
				.path("paperLinks[*].link")
				.entityList(Object.class)
				.get();
			assertThat(whole).as(scope).containsAll(part);
		}
		List<String> fromIds = whole.stream()
			.map(l -> (String) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) l).get("from")).get("id"))
			.toList();
		assertThat(fromIds).contains("lf.yingke", "yz.lawyers.t106");
	}

	@Test
	void aLinkIsActiveOnTheDaysItsLastVisitIsInTheWindow() {
		// 2025-05-08 + 364 days = 2026-05-07: the last day the visit keeps the pairing active
		assertThat(activity("lf.yingke", "yz.xiaying.baiyan", LocalDate.parse("2026-05-07")).active()).isTrue();
		assertThat(activity("lf.yingke", "yz.xiaying.baiyan", LocalDate.parse("2026-05-08")).active()).isFalse();
	}

	private Results.LinkActivity activity(String from, String to, LocalDate day) {
		return this.activities.inScope(to, day)
			.stream()
			.filter(a -> a.link().fromId().equals(from) && a.link().toId().equals(to))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void linkActiveIsAnsweredForEveryLinkOfAUnitWithItsEvidence() {
		GraphQlTester.Response r = this.graphQl.documentName("linkActivity")
			.variable("id", "yz.xiaying.baiyan")
			.variable("asOf", DAY.toString())
			.execute();
		r.path("unit.links[?(@.other.id == 'lf.yingke')].active.active").entityList(Boolean.class).containsExactly(false);
		r.path("unit.links[?(@.other.id == 'lf.yingke')].active.evidence").entityList(Object.class).hasSize(1)
			.satisfies(l -> assertThat(l.get(0)).asString().isEqualTo("[]"));
		// links of other types have no activity
		r.path("unit.links[?(@.type == 'SERVES')].active").entityList(Object.class).satisfies(l -> assertThat(l).allMatch(x -> x == null));
		r.path("unit.links[?(@.type == 'PAIRED_WITH' && @.other.id != 'lf.yingke' && @.other.id != 'yz.lawyers.t106')].active.active")
			.entityList(Boolean.class)
			.satisfies(l -> assertThat(l).allMatch(Boolean::booleanValue));
	}

	@Test
	void theAxisReportCarriesTheActivityRateAndTheCoverageByType() {
		for (String street : List.of("yz.minglou", "yz.zhonghe")) {
			GraphQlTester.Response r = this.graphQl.documentName("axisActivity")
				.variable("streetId", street)
				.variable("asOf", DAY.toString())
				.execute();
			r.path("axisReport.linksInForce").entity(Integer.class).isEqualTo(21);
			r.path("axisReport.activeLinks").entity(Integer.class).isEqualTo(20);
			r.path("axisReport.activityRate").entity(Double.class).isEqualTo(20.0 / 21);
			r.path("axisReport.driverCoverageByType[*].type")
				.entityList(String.class)
				.containsExactly(AnalysisService.DRIVER_TYPES.toArray(String[]::new));
		}
		// Law firms reach every community but co-construct with none; stationed units co-construct
		// with 3 of 明楼's 5 and 3 of 中河's 4; 中河 has one new-field driver (counted from the CSVs).
		this.graphQl.documentName("axisActivity")
			.variable("streetId", "yz.minglou")
			.variable("asOf", DAY.toString())
			.execute()
			.path("axisReport.driverCoverageByType")
			.matchesJson("""
					[{"type": "STATIONED_UNIT", "coverage": 0.6, "coConstructsCoverage": 0.6},
					 {"type": "INDUSTRY_SYSTEM", "coverage": 0.0, "coConstructsCoverage": 0.0},
					 {"type": "NEW_FIELD_ORG", "coverage": 0.0, "coConstructsCoverage": 0.0},
					 {"type": "LAW_FIRM", "coverage": 1.0, "coConstructsCoverage": 0.0},
					 {"type": "ASSOCIATION", "coverage": 0.0, "coConstructsCoverage": 0.0}]
					""");
		this.graphQl.documentName("axisActivity")
			.variable("streetId", "yz.zhonghe")
			.variable("asOf", DAY.toString())
			.execute()
			.path("axisReport.driverCoverageByType")
			.matchesJson("""
					[{"type": "STATIONED_UNIT", "coverage": 0.75, "coConstructsCoverage": 0.75},
					 {"type": "INDUSTRY_SYSTEM", "coverage": 0.0, "coConstructsCoverage": 0.0},
					 {"type": "NEW_FIELD_ORG", "coverage": 0.25, "coConstructsCoverage": 0.25},
					 {"type": "LAW_FIRM", "coverage": 1.0, "coConstructsCoverage": 0.0},
					 {"type": "ASSOCIATION", "coverage": 0.0, "coConstructsCoverage": 0.0}]
					""");
	}

}
