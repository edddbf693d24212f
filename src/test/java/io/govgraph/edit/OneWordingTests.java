package io.govgraph.edit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.ingest.DataSetRejectedException;
import io.govgraph.ingest.DataSets;
import io.govgraph.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The same bad value gets the same message from an import ({@code file:line: column: message}) and
 * from an edit (the error naming the input field): both read it by the one set of field rules.
 */
@IntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class OneWordingTests {

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	DataSetImporter importer;

	@TempDir
	Path dir;

	@BeforeEach
	void securityDataSet() {
		this.importer.importDataSet(Path.of("src/test/resources/datasets/security"), false);
	}

	/**
	 * A bad value made by one change of the tiny data set, the import's column, an edit that makes
	 * it, the edit's field, and what the import adds to the message to say where it looked.
	 */
	record Case(String name, String file, String from, String to, String column, String mutation, String field,
			String expected, String importAdds) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> badValues() {
		return Stream.of(
				new Case("a bad date", "posts.csv", "p1,c,SECRETARY,书记,2018-01-01", "p1,c,SECRETARY,书记,2018-13-01",
						"since", "createPost(input: { personId: \"sx.p1\", unitId: \"sx.c\", role: \"MEMBER\", since: \"2018-13-01\" })",
						"input.since", "bad date \"2018-13-01\" (no such day)", ""),
				new Case("an unknown role", "posts.csv", "p1,c,SECRETARY", "p1,c,BOSS", "role",
						"createPost(input: { personId: \"sx.p1\", unitId: \"sx.c\", role: \"BOSS\", since: \"2024\" })",
						"input.role", "unknown role \"BOSS\" (one of SECRETARY, ", ""),
				new Case("a malformed id", "people.csv", "p2,李四,", "p 2,李四,", "id",
						"createPerson(input: { id: \"p 2\", name: \"某人\" })", "input.id",
						"malformed id \"p 2\" (1 to 64 of A-Z a-z 0-9 _ . : -)", ""),
				new Case("an empty required value", "people.csv", "p2,李四,", "p2,,", "name",
						"createPerson(input: { id: \"sx.e.nameless\", name: \" \" })", "input.name",
						"empty value in a required column", ""),
				new Case("an unknown unit type", "units.csv", "cp,COMPOUND,", "cp,ESTATE,", "type",
						"createUnit(input: { id: \"sx.e.estate\", type: \"ESTATE\", name: \"某小区\" })", "input.type",
						"unknown unit type \"ESTATE\" (one of DISTRICT_COMMITTEE, ", ""),
				new Case("a bad year", "people.csv", ",女,1980,", ",女,80,", "birth_year",
						"createPerson(input: { id: \"sx.e.young\", name: \"某人\", birthYear: 80 })", "input.birthYear",
						"bad year \"80\" (four digits)", ""),
				new Case("an until before its since", "posts.csv", "2019-01-01,2021-12-31", "2019-01-01,2018-12-31",
						"until",
						"endPost(key: { personId: \"sx.p1\", unitId: \"sx.c\", role: \"SECRETARY\", since: \"2019-01-01\" }, until: \"2018-12-31\")",
						"until", "until 2018-12-31 is before since 2019-01-01", ""),
				new Case("a dissolved before its founded", "units.csv", "2001-05,,,test", "2001-05,2000,,test",
						"dissolved",
						"createUnit(input: { id: \"sx.e.old\", type: \"TEAM\", name: \"旧队\", founded: \"2001-05\", dissolved: \"2000\" })",
						"input.dissolved", "dissolved 2000 is before founded 2001-05", ""),
				new Case("a dangling unit id", "posts.csv", "p2,oc,CHAIR", "p2,ocx,CHAIR", "unit_id",
						"createPost(input: { personId: \"sx.p1\", unitId: \"ocx\", role: \"MEMBER\" })", "input.unitId",
						"no unit with id \"ocx\"", " in units.csv or in the store"),
				new Case("a person id that is a unit id", "people.csv", "p3,王五", "sx.c,王五", "id",
						"createPerson(input: { id: \"sx.c\", name: \"撞号\" })", "input.id",
						"person id \"sx.c\" is already a unit id in the store", ""),
				new Case("a cycle of parents", "units.csv", "su,STATIONED_UNIT,派出所,,,police,,,,test",
						"su,STATIONED_UNIT,派出所,,,police,,,,test\nsx.s,STREET_COMMITTEE,安全测试街道党工委,sx.cp,,,2001,,,test",
						"parent_id", "updateUnit(id: \"sx.s\", changes: { parentId: \"sx.cp\" })", "changes.parentId",
						"cycle in parent_id: sx.s → sx.cp → sx.c → sx.s", ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void importAndEditSayTheSame(Case c) throws IOException {
		String fromImport = importMessage(c);
		String fromEdit = editMessage(c);
		assertThat(fromImport).isEqualTo(fromEdit + c.importAdds());
		assertThat(fromEdit).startsWith(c.expected());
	}

	private String importMessage(Case c) throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), c.file(), c.from(), c.to());
		DataSetRejectedException rejected = catchThrowableOfType(DataSetRejectedException.class,
				() -> this.importer.check(bad, false));
		assertThat(rejected).as("the import of %s", c.to()).isNotNull();
		return rejected.problems()
			.stream()
			.filter(p -> p.file().equals(c.file()) && p.column().equals(c.column()))
			.map(Problem::message)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no problem in " + c.file() + " " + c.column() + ": "
					+ rejected.problems()));
	}

	@SuppressWarnings("unchecked")
	private String editMessage(Case c) {
		String operation = c.mutation().substring(0, c.mutation().indexOf('('));
		List<Map<String, Object>> errors = this.graphQl
			.document("mutation { " + c.mutation() + " { errors { field message } } }")
			.execute()
			.path(operation + ".errors")
			.entityList(Map.class)
			.get()
			.stream()
			.map(e -> (Map<String, Object>) e)
			.toList();
		assertThat(errors).extracting(e -> e.get("field")).containsExactly(c.field());
		return (String) errors.get(0).get("message");
	}

}
