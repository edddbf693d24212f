package io.govgraph.crossappointment;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party-join date cannot be read off an owners committee's composition: for planners and editors
 * the party members are counted by the party-member flag, which they see anyway, so varying asOf
 * around someone's join date — or, for an editor, giving them a post dated 1900 in a committee of
 * one's own — answers the same; auditors, who see the date, get the count on the day.
 */
@IntegrationTest
class PartyJoinDateTests {

	/** p00510 joined the party on 2021-10-22, a member of it since 2019-11-20. */
	static final String MEMBER_JOINED = "yz.baizhang.huaguang.taikanghuating.oc";

	/** p00755 joined the party on 2025-12-21, an owner representative on it since 2025-06-01. */
	static final String REP_JOINED = "yz.zhonghe.chengxing.fenggechengshi.oc";

	@Autowired
	DataSetImporter store;

	@LocalServerPort
	int port;

	@BeforeEach
	void securityDataSet() {
		// sx.p1 joined the party on 2001-07-01
		this.store.importDataSet(Path.of("src/test/resources/datasets/security"), false);
	}

	@Test
	void aPlannerVaryingAsOfAroundAJoinDateReadsNothing() throws Exception {
		for (String account : new String[] { TestAccounts.PLANNER, TestAccounts.EDITOR }) {
			assertThat(composition(account, MEMBER_JOINED, "2021-10-21"))
				.isEqualTo(composition(account, MEMBER_JOINED, "2021-10-22"));
			assertThat(composition(account, REP_JOINED, "2025-12-20"))
				.isEqualTo(composition(account, REP_JOINED, "2025-12-21"));
		}
		assertThat(composition(TestAccounts.PLANNER, MEMBER_JOINED, "2021-10-21").get("partyMembers"))
			.isEqualTo(composition(TestAccounts.AUDITOR, MEMBER_JOINED, "2021-10-22").get("partyMembers"));
	}

	@Test
	void anAuditorGetsTheCountOnTheDay() throws Exception {
		int before = (Integer) composition(TestAccounts.AUDITOR, MEMBER_JOINED, "2021-10-21").get("partyMembers");
		assertThat(composition(TestAccounts.AUDITOR, MEMBER_JOINED, "2021-10-22").get("partyMembers")).isEqualTo(before + 1);
		int reps = (Integer) composition(TestAccounts.AUDITOR, REP_JOINED, "2025-12-20").get("partyReps");
		assertThat(composition(TestAccounts.AUDITOR, REP_JOINED, "2025-12-21").get("partyReps")).isEqualTo(reps + 1);
	}

	@Test
	void anEditorWhoGivesSomeoneAPostDated1900ReadsNothing() throws Exception {
		GovGraphHttp editor = GovGraphHttp.as(this.port, TestAccounts.EDITOR);
		String created = editor.graphQl("""
				mutation { u: createUnit(input: { id: "sx.inv.oc", type: "OWNERS_COMMITTEE", name: "探针业主委员会", dissolved: "2002" }) { errors { field message } }
				  p: createPost(input: { personId: "sx.p1", unitId: "sx.inv.oc", role: "MEMBER", since: "1900", until: "2001-12-31" }) {
				    errors { field message } } }""", Map.of()).body();
		assertThat(GovGraphHttp.json(created).get("errors")).as(created).isNull();
		assertThat(created).doesNotContain("message");
		for (String account : new String[] { TestAccounts.EDITOR, TestAccounts.PLANNER }) {
			assertThat(composition(account, "sx.inv.oc", "2001-06-30")).isEqualTo(composition(account, "sx.inv.oc", "2001-07-01"))
				.containsEntry("members", 1)
				.containsEntry("partyMembers", 1);
		}
		assertThat(composition(TestAccounts.AUDITOR, "sx.inv.oc", "2001-06-30")).containsEntry("partyMembers", 0);
		assertThat(composition(TestAccounts.AUDITOR, "sx.inv.oc", "2001-07-01")).containsEntry("partyMembers", 1);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> composition(String account, String id, String asOf) throws Exception {
		String body = GovGraphHttp.as(this.port, account)
			.graphQl("query($id: ID!, $asOf: Date) { ownersCommitteeComposition(id: $id, asOf: $asOf) "
					+ "{ members partyMembers reps partyReps memberPartyShare repPartyShare } }", Map.of("id", id, "asOf", asOf))
			.body();
		Map<String, Object> json = GovGraphHttp.json(body);
		assertThat(json.get("errors")).as(body).isNull();
		return (Map<String, Object>) ((Map<String, Object>) json.get("data")).get("ownersCommitteeComposition");
	}

}
