package io.govgraph.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The party rules of docs/spec/analysis.md v1.1, paper co-construction and pairing without legal
 * service: each on the hand-made district {@code av} (datasets/audit-v11), with subjects that must be
 * found and subjects that must not, and the sample's deliberate findings of data/yinzhou/README.md,
 * exactly. The same data set checks the property side with place_id in the two cross-appointment rules.
 */
@IntegrationTest
class PartyRuleTests {

	static final LocalDate DAY = LocalDate.parse("2025-06-01");

	/** The day data/yinzhou/README.md states the v1.1 findings for. */
	static final LocalDate SAMPLE_DAY = LocalDate.parse("2026-06-30");

	@Autowired
	AuditService audit;

	@Autowired
	DataSetImporter store;

	@BeforeEach
	void importHandMadeDistrict() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/audit-v11"), false);
	}

	private List<AuditService.Hit> hits(String scopeId, LocalDate asOf, String ruleId) {
		return this.audit.evaluate(scopeId, asOf).stream().filter(h -> h.rule().id().equals(ruleId)).toList();
	}

	private List<String> subjects(String scopeId, LocalDate asOf, String ruleId) {
		return hits(scopeId, asOf, ruleId).stream().map(AuditService.Hit::subject).toList();
	}

	@Test
	void aPartyCommitteePostHeldByANonMemberOrBeforeJoining() {
		// av.p1 is no member; av.p2 became secretary in 2020 and joined in 2021. av.p3 is a member, av.p4
		// sits on the residents committee (not a party organization), av.p5's post ended in 2019.
		assertThat(subjects("av", DAY, "party_post_held_by_non_member")).containsExactly("av.p1", "av.p2");
		assertThat(hits("av", DAY, "party_post_held_by_non_member").get(1).evidence()).containsExactly(
				"av.p2 -[HOLDS_POST SECRETARY since 2020-01-01]-> av.s.c1.g1", "av.p2 party member since 2021-06-01");
		assertThat(subjects("av", LocalDate.parse("2019-06-01"), "party_post_held_by_non_member")).contains("av.p5");
	}

	@Test
	void twoSecretariesInForceAtOnce() {
		// 甲社区's 2015 secretary was never ended when the 2022 one came; 乙社区's handed over in time
		assertThat(subjects("av", DAY, "two_secretaries_at_once")).containsExactly("av.s.c1");
		assertThat(hits("av", DAY, "two_secretaries_at_once").get(0).evidence()).containsExactly(
				"av.p6 -[HOLDS_POST SECRETARY since 2015-01-01]-> av.s.c1",
				"av.p7 -[HOLDS_POST SECRETARY since 2022-03-01]-> av.s.c1");
		assertThat(subjects("av", LocalDate.parse("2022-02-28"), "two_secretaries_at_once")).isEmpty();
	}

	@Test
	void anOwnersCommitteeNotElectedInFiveYears() {
		// 东苑 was re-elected on 2021-01-10, 西苑 last on 2015-03-01, 南苑 (founded 2022) has no election yet
		assertThat(subjects("av", DAY, "owners_committee_not_reelected")).containsExactly("av.s.c1.k2.oc");
		assertThat(subjects("av", LocalDate.parse("2026-02-01"), "owners_committee_not_reelected"))
			.containsExactly("av.s.c1.k1.oc", "av.s.c1.k2.oc");
		assertThat(subjects("av", LocalDate.parse("2027-01-02"), "owners_committee_not_reelected"))
			.containsExactly("av.s.c1.k1.oc", "av.s.c1.k2.oc", "av.s.c1.k3.oc");
	}

	@Test
	void aJointBodyThatHasNotMetIn180Days() {
		// the joint meeting met on 2025-03-15, the co-governance committee last on 2024-10-01
		assertThat(subjects("av", DAY, "joint_body_without_meeting")).containsExactly("av.s.c2.gzw");
		assertThat(hits("av", DAY, "joint_body_without_meeting").get(0).evidence())
			.containsExactly("av.e5 COMMITTEE_MEETING 2024-10-01 hosted by av.s.c2.gzw");
		assertThat(subjects("av", LocalDate.parse("2025-03-29"), "joint_body_without_meeting")).isEmpty();
	}

	@Test
	void aLawFirmPairingWithoutLegalServiceIn90Days() {
		// 甲律所's lawyer served 甲社区 on 2025-05-08; 乙律所's was absent then, last served on 2025-01-08
		// (its joint activity of 2025-05-20 is no legal service)
		assertThat(subjects("av", DAY, "pairing_without_legal_service")).containsExactly("av.s.c2");
		assertThat(hits("av", DAY, "pairing_without_legal_service").get(0).evidence()).containsExactly(
				"av.lf2 -[PAIRED_WITH since 2020-01-01]-> av.s.c2", "last: av.e8 LEGAL_SERVICE 2025-01-08");
		// on 2025-04-07 乙律所's visit of 2025-01-08 is 89 days old; 甲律所 had not served 甲社区 yet
		assertThat(subjects("av", LocalDate.parse("2025-04-07"), "pairing_without_legal_service"))
			.containsExactly("av.s.c1");
	}

	@Test
	void aCoConstructionLinkOnPaper() {
		// 甲驻区单位's item with 甲社区 ran to 2024-09-30, and its liaison attended the street's meeting;
		// 乙驻区单位's item ended 2024-05-31 and it was absent from 乙社区's activity
		assertThat(subjects("av", DAY, "paper_co_construction")).containsExactly("av.s.c2");
		assertThat(hits("av", DAY, "paper_co_construction").get(0).evidence())
			.containsExactly("av.su2 -[CO_CONSTRUCTS since 2020-01-01]-> av.s.c2");
		assertThat(subjects("av", LocalDate.parse("2025-05-30"), "paper_co_construction")).isEmpty();
		assertThat(subjects("av", LocalDate.parse("2025-10-01"), "paper_co_construction"))
			.containsExactly("av.s.c1", "av.s.c2");
	}

	@Test
	void aCompanyPostPlacedOnAnotherCompoundIsNotOnThisOnesPropertySide() {
		// av.p13 and av.p15 run 东苑 (place_id); the company also serves 西苑, on whose owners committee they
		// sit or sat. av.p14 and av.p16 are placed nowhere, so they are on 西苑's property side.
		assertThat(subjects("av", DAY, "property_staff_on_owners_committee")).containsExactly("av.p14");
		assertThat(subjects("av", DAY, "cross_appointment_on_expired_post")).containsExactly("av.p16");
	}

	@Test
	void theSampleRaisesExactlyTheDeliberatePartyRuleFindings() {
		// data/yinzhou/README.md, "Party rules (analysis.md v1.1): the deliberate findings"
		assertThat(subjects("yz", SAMPLE_DAY, "party_post_held_by_non_member")).containsExactly("p00305", "p00612");
		assertThat(hits("yz", SAMPLE_DAY, "party_post_held_by_non_member")).extracting(h -> h.evidence().get(0))
			.containsExactly("p00305 -[HOLDS_POST SECRETARY since 2022-12-18]-> yz.xiaying.haichuang.g03",
					"p00612 -[HOLDS_POST MEMBER since 2024-12-23]-> yz.dongliu.huaqiaocheng");
		assertThat(subjects("yz", SAMPLE_DAY, "two_secretaries_at_once")).containsExactly("yz.minglou.qingfeng.g01");
		assertThat(hits("yz", SAMPLE_DAY, "two_secretaries_at_once").get(0).evidence())
			.anyMatch(e -> e.startsWith("p00140 -[HOLDS_POST SECRETARY"))
			.anyMatch(e -> e.startsWith("p00396 -[HOLDS_POST SECRETARY since 2022-03-01]"));
		assertThat(subjects("yz", SAMPLE_DAY, "owners_committee_not_reelected"))
			.containsExactly("yz.zhonghe.siji.yangguangmingdi.oc");
		assertThat(hits("yz", SAMPLE_DAY, "owners_committee_not_reelected").get(0).message()).contains("2018-07-13");
		assertThat(subjects("yz", SAMPLE_DAY, "joint_body_without_meeting")).containsExactly("yz.baizhang.dongjiao.ljhy");
		assertThat(hits("yz", SAMPLE_DAY, "joint_body_without_meeting").get(0).message()).contains("2025-08-18");
		assertThat(subjects("yz", SAMPLE_DAY, "pairing_without_legal_service")).containsExactly("yz.xiaying.baiyan");
		assertThat(hits("yz", SAMPLE_DAY, "pairing_without_legal_service").get(0).evidence()).hasSize(2)
			.startsWith("lf.yingke -[PAIRED_WITH since 2023-10-13]-> yz.xiaying.baiyan")
			.last()
			.satisfies(e -> assertThat(e).startsWith("last: ").endsWith(" LEGAL_SERVICE 2025-05-08"));
		// the paper links of README.md that are CO_CONSTRUCTS
		assertThat(subjects("yz", SAMPLE_DAY, "paper_co_construction")).containsExactly("yz.minglou",
				"yz.zhonghe.huacheng");
		assertThat(hits("yz", SAMPLE_DAY, "paper_co_construction")).extracting(h -> h.evidence().get(0))
			.allSatisfy(e -> assertThat(e).matches("(is\\.housing|su\\.bank) -\\[CO_CONSTRUCTS since .*"));
	}

}
