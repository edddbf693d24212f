package io.govgraph.edit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Values;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing through GraphQL: changes checked by the importer's rules and answered with typed
 * errors; a rejected change changes nothing; a change and its Edit record commit or roll back
 * together; history lists every edit in order.
 */
@IntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class EditMutationTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	DataSetImporter store;

	@Autowired
	Driver driver;

	@BeforeEach
	void securityDataSet() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/security"), false);
	}

	/** Everything stored under the sx. ids, and every edit: compared before and after a rejected change. */
	private String snapshot() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE (n:Unit OR n:Person) AND n.id STARTS WITH 'sx.'
				OPTIONAL MATCH (n)-[r]->(m)
				WITH n, r, m ORDER BY n.id, type(r), m.id, toString(r.since)
				RETURN collect([labels(n), properties(n), type(r), properties(r), m.id]) AS graph,
				       COUNT { MATCH (e:Edit) } AS edits
				""").execute().records().get(0).toString();
	}

	private List<Map<String, Object>> errors(String document, String field) {
		return this.graphQl.document(document).execute().path(field + ".errors").entityList(Map.class).get()
			.stream().map(m -> (Map<String, Object>) m).toList();
	}

	@Test
	void createThenUpdateAUnitRecordsBothEditsInHistory() {
		this.graphQl.document("""
				mutation { createUnit(input: { id: "sx.e.team", type: "TEAM", name: "红色小分队", parentId: "sx.c",
				  founded: "2023-05", aliases: ["小分队"] }) {
				  unit { id name type parent { id } aliases founded } edit { seq account operation entity entityId before { field } after { field value } }
				  errors { field message } } }
				""")
			.execute()
			.path("createUnit.errors").entityList(Object.class).hasSize(0)
			.path("createUnit.unit.parent.id").entity(String.class).isEqualTo("sx.c")
			.path("createUnit.unit.founded").entity(String.class).isEqualTo("2023-05-01")
			.path("createUnit.edit.account").entity(String.class).isEqualTo("ed")
			.path("createUnit.edit.before").valueIsNull()
			.path("createUnit.edit.after[?(@.field == 'founded')].value").entityList(String.class).containsExactly("2023-05");
		this.graphQl.document("""
				mutation { updateUnit(id: "sx.e.team", changes: { type: "JOINT_MEETING", parentId: "sx.s", founded: null }) {
				  unit { type parent { id } founded } edit { operation before { field value } after { field value } } errors { field } } }
				""")
			.execute()
			.path("updateUnit.unit.type").entity(String.class).isEqualTo("JOINT_MEETING")
			.path("updateUnit.unit.parent.id").entity(String.class).isEqualTo("sx.s")
			.path("updateUnit.unit.founded").valueIsNull()
			.path("updateUnit.edit.before[?(@.field == 'type')].value").entityList(String.class).containsExactly("TEAM")
			.path("updateUnit.edit.after[?(@.field == 'founded')]").entityList(Object.class).hasSize(0);
		assertThat(this.driver.executableQuery("MATCH (u:Unit {id: 'sx.e.team'}) RETURN labels(u) AS l, COUNT { (u)-[:UNDER]->() } AS parents")
			.execute().records().get(0).get("l").asList(org.neo4j.driver.Value::asString)).containsExactlyInAnyOrder("Unit", "JointMeeting");
		this.graphQl.document("{ history(id: \"sx.e.team\") { seq operation entity entityId account } }")
			.execute()
			.path("history[*].operation").entityList(String.class).containsExactly("createUnit", "updateUnit")
			.path("history[*].account").entityList(String.class).containsExactly("ed", "ed");
	}

	@Test
	void editsAreRefusedWhileAnImportIsBeingWritten() {
		String before = snapshot();
		this.driver.executableQuery("""
				CREATE (:__GovGraphImport {id: 'edit-test', state: 'writing', active: true, source: 'big.zip',
				  started: datetime('2026-11-26T10:00:00Z'), heartbeat: datetime()})
				""").execute();
		try {
			this.graphQl.document("""
					mutation { updateUnit(id: "sx.c", changes: {name: "改名社区"}) { errors { field } } }
					""").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
						.satisfies(e -> assertThat(e.getMessage()).contains("an import is being written (import edit-test of big.zip")
							.contains("edits are refused until it has switched over or been rolled back")));
			assertThat(snapshot()).isEqualTo(before);
		}
		finally {
			this.driver.executableQuery("MATCH (i:__GovGraphImport {id: 'edit-test'}) DELETE i").execute();
		}
		this.graphQl.document("""
				mutation { updateUnit(id: "sx.c", changes: {name: "改名社区"}) { errors { field } unit { name } } }
				""").execute().path("updateUnit.unit.name").entity(String.class).isEqualTo("改名社区");
	}

	@Test
	void everyImporterRuleIsATypedErrorAndChangesNothing() {
		String before = snapshot();
		assertThat(errors("mutation { createUnit(input: { id: \"bad id!\", type: \"CASTLE\", name: \" \", founded: \"2023-13\" }) { errors { field message } } }", "createUnit"))
			.extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("input.id", "input.type", "input.name", "input.founded");
		// U+FFFE (here as a GraphQL escape) would make every GraphML/GEXF export unreadable
		assertThat(errors("mutation { updateUnit(id: \"sx.c\", changes: { name: \"甲社区\\uFFFE\" }) { errors { field message } } }", "updateUnit"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "changes.name")
				.containsEntry("message", "character U+FFFE is not allowed (not a character of XML 1.0; exports could not be read)"));
		assertThat(errors("mutation { createUnit(input: { id: \"sx.c\", type: \"TEAM\", name: \"重复\" }) { errors { field message } } }", "createUnit"))
			.singleElement().satisfies(e -> assertThat(e.get("message")).isEqualTo("duplicate id \"sx.c\" (a unit in the store)"));
		assertThat(errors("mutation { createUnit(input: { id: \"sx.p1\", type: \"TEAM\", name: \"撞号\" }) { errors { field message } } }", "createUnit"))
			.singleElement().satisfies(e -> assertThat(e.get("message")).isEqualTo("unit id \"sx.p1\" is already a person id in the store"));
		assertThat(errors("mutation { createUnit(input: { id: \"sx.e.orphan\", type: \"TEAM\", name: \"孤儿\", parentId: \"sx.nowhere\" }) { errors { field message } } }", "createUnit"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "input.parentId"));
		assertThat(errors("mutation { updateUnit(id: \"sx.s\", changes: { parentId: \"sx.cp\" }) { errors { field message } } }", "updateUnit"))
			.singleElement().satisfies(e -> assertThat(e.get("message")).asString().contains("cycle"));
		assertThat(errors("mutation { updateUnit(id: \"sx.c\", changes: { name: null }) { errors { field message } } }", "updateUnit"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "changes.name"));
		assertThat(errors("mutation { updateUnit(id: \"sx.none\", changes: { note: \"x\" }) { errors { field message } } }", "updateUnit"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "id"));
		assertThat(errors("mutation { createPerson(input: { id: \"sx.c\", name: \"撞号\" }) { errors { field message } } }", "createPerson"))
			.singleElement().satisfies(e -> assertThat(e.get("message")).isEqualTo("person id \"sx.c\" is already a unit id in the store"));
		assertThat(errors("mutation { createPerson(input: { id: \"sx.e.p\", name: \"某人\", partySince: \"yesterday\" }) { errors { field message } } }", "createPerson"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "input.partySince"));
		assertThat(errors("mutation { createPost(input: { personId: \"sx.ghost\", unitId: \"sx.gone\", role: \"KING\", since: \"2024\", until: \"2023\" }) { errors { field message } } }", "createPost"))
			.extracting(e -> e.get("field"))
			.containsExactlyInAnyOrder("input.role", "input.until", "input.personId", "input.unitId");
		assertThat(errors("mutation { createPost(input: { personId: \"sx.p1\", unitId: \"sx.c\", role: \"SECRETARY\", since: \"2019-01-01\" }) { errors { field message } } }", "createPost"))
			.singleElement().satisfies(e -> assertThat(e.get("message")).asString().startsWith("duplicate post: same person, unit, role and since as a post in the store"));
		assertThat(errors("mutation { endPost(key: { personId: \"sx.p1\", unitId: \"sx.c\", role: \"SECRETARY\", since: \"2019-01-01\" }, until: \"2018-12-31\") { errors { field message } } }", "endPost"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "until"));
		assertThat(errors("mutation { endPost(key: { personId: \"sx.p1\", unitId: \"sx.c\", role: \"SECRETARY\", since: \"2018\" }, until: \"2025\") { errors { field message } } }", "endPost"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "key"));
		assertThat(errors("mutation { createLink(input: { fromId: \"sx.pc\", toId: \"sx.cp\", type: \"OWNS\" }) { errors { field message } } }", "createLink"))
			.singleElement().satisfies(e -> assertThat(e).containsEntry("field", "input.type"));
		assertThat(errors("mutation { createLink(input: { fromId: \"sx.pc\", toId: \"sx.cp\", type: \"SERVES\", since: \"2019-01-01\" }) { errors { field message } } }", "createLink"))
			.singleElement().satisfies(e -> assertThat(e.get("message")).asString().startsWith("duplicate link: same ends, type and since as a link in the store"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void postsAndLinksAreEndedNotDeletedAndHistoryIsComplete() {
		this.graphQl.document("""
				mutation {
				  p: createPerson(input: { id: "sx.e.vol", name: "志愿者甲", partyMember: false }) { errors { field } }
				  u: createUnit(input: { id: "sx.e.vt", type: "TEAM", name: "志愿服务队", parentId: "sx.c" }) { errors { field } }
				}
				""").execute().path("p.errors").entityList(Object.class).hasSize(0).path("u.errors").entityList(Object.class).hasSize(0);
		this.graphQl.document("""
				mutation {
				  a: createPost(input: { personId: "sx.e.vol", unitId: "sx.e.vt", role: "VOLUNTEER", since: "2024-03" }) { errors { field } }
				  b: updatePost(key: { personId: "sx.e.vol", unitId: "sx.e.vt", role: "VOLUNTEER", since: "2024-03" }, changes: { title: "队员" }) { post { title since } errors { field } }
				  c: endPost(key: { personId: "sx.e.vol", unitId: "sx.e.vt", role: "VOLUNTEER", since: "2024-03" }, until: "2025-06-30") { post { until } errors { field } }
				  d: createLink(input: { fromId: "sx.e.vt", toId: "sx.c", type: "PAIRED_WITH", since: "2024" }) { link { type from { id } to { id } } errors { field } }
				  e: endLink(key: { fromId: "sx.e.vt", toId: "sx.c", type: "PAIRED_WITH", since: "2024" }, until: "2025") { link { until } errors { field } }
				  f: updatePerson(id: "sx.e.vol", changes: { partyMember: true, partySince: "2025-07" }) { edit { operation } errors { field } }
				}
				""")
			.execute()
			.path("b.post.title").entity(String.class).isEqualTo("队员")
			.path("c.post.until").entity(String.class).isEqualTo("2025-06-30")
			.path("d.link.from.id").entity(String.class).isEqualTo("sx.e.vt")
			.path("e.link.until").entity(String.class).isEqualTo("2025-01-01")
			.path("f.edit.operation").entity(String.class).isEqualTo("updatePerson");
		var stored = this.driver.executableQuery("""
				MATCH (:Person {id: 'sx.e.vol'})-[h:HOLDS_POST]->(:Unit {id: 'sx.e.vt'})
				MATCH (:Unit {id: 'sx.e.vt'})-[l:PAIRED_WITH]->(:Unit {id: 'sx.c'})
				RETURN h.until AS postUntil, h.sinceGiven AS sinceGiven, h.title AS title, l.untilGiven AS linkUntil
				""").execute().records();
		assertThat(stored).singleElement().satisfies(r -> {
			assertThat(r.get("postUntil").asLocalDate()).hasToString("2025-06-30");
			assertThat(r.get("sinceGiven").asString()).isEqualTo("2024-03");
			assertThat(r.get("title").asString()).isEqualTo("队员");
			assertThat(r.get("linkUntil").asString()).isEqualTo("2025");
		});
		this.graphQl.document("{ history(id: \"sx.e.vt\") { operation entity entityId } }")
			.execute()
			.path("history[*].operation")
			.entityList(String.class)
			.containsExactly("createUnit", "createPost", "updatePost", "endPost", "createLink", "endLink");
		this.graphQl.document("{ history(id: \"sx.e.vol\") { operation } }")
			.execute()
			.path("history[*].operation")
			.entityList(String.class)
			.containsExactly("createPerson", "createPost", "updatePost", "endPost", "updatePerson");
		this.graphQl.document("{ history(id: \"sx.e.vt\", afterSeq: 0, first: 2) { seq } }")
			.execute()
			.path("history[*].seq")
			.entityList(Integer.class)
			.hasSize(2);
	}

	@Test
	void aPersonsValuesInHistoryAreForAuditorsOnly() {
		this.graphQl.document("mutation { createPerson(input: { id: \"sx.e.priv\", name: \"隐私人\", phone: \"13800000000\" }) { errors { field } } }")
			.execute().path("createPerson.errors").entityList(Object.class).hasSize(0);
		this.graphQl.document("{ history(id: \"sx.e.priv\") { operation after { field value } } }")
			.execute()
			.path("history[0].operation").entity(String.class).isEqualTo("createPerson")
			.path("history[0].after").valueIsNull();
	}

	@Test
	void anEditAndItsRecordRollBackTogether() {
		// The next edit's record would take an id that is already taken: writing the record fails,
		// and the unit written before it in the same transaction must not remain.
		long next = this.driver.executableQuery("OPTIONAL MATCH (c:__GovGraphCounter {name: 'edit'}) RETURN coalesce(c.value, 0) + 1 AS next")
			.execute().records().get(0).get("next").asLong();
		this.driver.executableQuery("CREATE (:Edit {id: $id, seq: -1, subjects: []})")
			.withParameters(Map.of("id", "edit-" + next)).execute();
		try {
			this.graphQl.document("mutation { createUnit(input: { id: \"sx.e.rollback\", type: \"TEAM\", name: \"回滚\" }) { errors { field } } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).isNotEmpty());
			assertThat(this.driver.executableQuery("MATCH (u:Unit {id: 'sx.e.rollback'}) RETURN count(u) AS n")
				.execute().records().get(0).get("n").asLong()).isZero();
			assertThat(this.driver.executableQuery("MATCH (c:__GovGraphCounter {name: 'edit'}) RETURN c.value AS v")
				.execute().records().stream().map(r -> r.get("v").asLong()).findFirst().orElse(0L)).isEqualTo(next - 1);
		}
		finally {
			this.driver.executableQuery("MATCH (e:Edit {seq: -1}) DELETE e").execute();
		}
		this.graphQl.document("mutation { createUnit(input: { id: \"sx.e.rollback\", type: \"TEAM\", name: \"回滚\" }) { edit { id } errors { field } } }")
			.execute()
			.path("createUnit.edit.id").entity(String.class).isEqualTo("edit-" + next);
	}

	@Test
	@WithMockUser(username = "viewer", roles = "PLANNER")
	void aPlannerCannotEditEvenByCallingTheService(@Autowired UnitEdits edits) {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> edits
				.createUnit(new UnitInput("sx.e.sneak", "TEAM", "偷偷", null, null, null, null, null, null, null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(Values.value(this.driver.executableQuery("MATCH (u:Unit {id: 'sx.e.sneak'}) RETURN count(u) AS n")
			.execute().records().get(0).get("n").asLong()).asLong()).isZero();
	}

}
