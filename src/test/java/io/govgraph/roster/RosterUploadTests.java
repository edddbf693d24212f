package io.govgraph.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.web.GovGraphHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /rosters} over real HTTP, on the roster tests' own street (测试甲街道): a clean upload
 * writes the posts and answers the report; one bad file among several writes nothing and names
 * its cells; a dry run writes nothing; planners are refused, anonymous callers asked to sign in.
 * Scripts sign in with an API token or HTTP Basic; a request with a session, or one a browser
 * says came from another site, needs a CSRF token.
 */
@IntegrationTest
class RosterUploadTests {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@BeforeEach
	void street() {
		TestStreet.setUp(this.driver);
	}

	@AfterEach
	void cleanUp() {
		TestStreet.remove(this.driver);
	}

	private long count(String statement) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(statement).single().get(0).asLong());
		}
	}

	private long rosterPosts() {
		return count("MATCH (:Person)-[h:HOLDS_POST]->(u:Unit) WHERE u.id STARTS WITH 'test.roster.' RETURN count(h)");
	}

	/** A bearer token of the test account, issued by the admin. */
	private String token(String account) throws IOException, InterruptedException {
		HttpResponse<String> issued = GovGraphHttp.as(this.port, TestAccounts.ADMIN)
			.graphQl("mutation($a: String!) { issueApiToken(account: $a, name: \"roster uploads\", expiresInDays: 1) "
					+ "{ secret } }", Map.of("a", account));
		assertThat(issued.statusCode()).isEqualTo(200);
		Object secret = ((Map<?, ?>) ((Map<?, ?>) GovGraphHttp.json(issued.body()).get("data")).get("issueApiToken"))
			.get("secret");
		assertThat(secret).as(issued.body()).isInstanceOf(String.class);
		return "Bearer " + secret;
	}

	/** A roster workbook of one sheet: a title row, then the header and data rows. */
	private static byte[] workbook(String sheet, String title, String[]... rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var s = wb.createSheet(sheet);
			s.createRow(0).createCell(0).setCellValue(title);
			for (int r = 0; r < rows.length; r++) {
				var row = s.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] residentsCommittee() throws IOException {
		return workbook("居委会", "测试甲社区居委会成员名单（2024年1月1日）", new String[] { "姓名", "性别", "出生年月", "职务", "联系电话" },
				new String[] { "王  伟", "男", "1975.03", "主任", "138-1234-5678" },
				new String[] { "李娜", "女", "1980-05", "委员", "13900000001" });
	}

	private static byte[] ownersCommittee() throws IOException {
		return workbook("业委会", "测试甲花园业委会成员名单（2024年6月30日）", new String[] { "姓名", "性别", "出生年月", "职务", "联系电话" },
				new String[] { "王伟", "男", "1975.03", "主任", "+86 138 1234 5678" });
	}

	private static byte[] badOwnersCommittee() throws IOException {
		return workbook("业委会", "测试甲花园业委会成员名单", new String[] { "姓名", "职务", "任职时间" },
				new String[] { "王伟", "大总管", "2021.06" }, new String[] { "李娜", "委员", "2021.13" });
	}

	private record Part(String name, byte[] bytes) {
	}

	/** A multipart/form-data request of the parts, each a part named "file". */
	private HttpRequest.Builder upload(String query, String authorization, Part... parts) {
		String boundary = "----govgraph" + UUID.randomUUID();
		List<byte[]> body = new ArrayList<>();
		for (Part part : parts) {
			body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + part.name()
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.add(part.bytes());
			body.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = TestAccounts.request(this.port, "/rosters" + query, null)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(body));
		return authorization == null ? request : request.header("Authorization", authorization);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return new GovGraphHttp(this.port).send(request.build());
	}

	@Test
	void aCleanUploadWritesThePostsAndAnswersTheReport() throws Exception {
		HttpResponse<String> response = send(upload("", token(TestAccounts.EDITOR),
				new Part("居委会.xlsx", residentsCommittee()), new Part("业委会.xlsx", ownersCommittee())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> answer = GovGraphHttp.json(response.body());
		assertThat(answer).containsEntry("written", true).containsEntry("dryRun", false).containsEntry("problems", List.of());
		assertThat((String) answer.get("importId")).startsWith("ri-");
		assertThat(answer.get("total")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("rows", 3)
			.containsEntry("certain", 1)
			.containsEntry("newPeople", 2)
			.containsEntry("postsStarted", 3);
		assertThat(answer.get("sheets")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.extracting(s -> ((Map<?, ?>) s).get("file") + "!" + ((Map<?, ?>) s).get("sheet") + " " + ((Map<?, ?>) s).get("asOf"))
			.containsExactly("居委会.xlsx!居委会 2024-01-01", "业委会.xlsx!业委会 2024-06-30");
		assertThat(answer.get("report")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.last()
			.asString()
			.endsWith("written (import " + answer.get("importId") + ").");
		assertThat(rosterPosts()).isEqualTo(3);
		assertThat(count("""
				MATCH (p:Person {name: '王伟'})-[h:HOLDS_POST]->(u:Unit) WHERE u.id STARTS WITH 'test.roster.'
				RETURN count(DISTINCT p)""")).isEqualTo(1);
		assertThat(count("MATCH (i:RosterImport {account: 'editor'}) RETURN count(i)")).isEqualTo(1);
	}

	@Test
	void oneBadFileAmongSeveralWritesNothingAndNamesItsCells() throws Exception {
		HttpResponse<String> response = send(upload("", token(TestAccounts.EDITOR),
				new Part("居委会.xlsx", residentsCommittee()), new Part("坏名单.xlsx", badOwnersCommittee())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		Map<String, Object> answer = GovGraphHttp.json(response.body());
		assertThat(answer).containsEntry("written", false).containsEntry("importId", null);
		assertThat(answer.get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2)
			.anySatisfy(p -> assertThat((String) p).startsWith("坏名单.xlsx!业委会!B3: 职务: "))
			.anySatisfy(p -> assertThat((String) p).startsWith("坏名单.xlsx!业委会!C4: 任职时间: "));
		assertThat(answer.get("report")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.last()
			.isEqualTo("2 problem(s); nothing was written.");
		assertThat(rosterPosts()).isZero();
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isZero();
	}

	@Test
	void aFileSentTwiceIsAProblemOfItsOwn() throws Exception {
		HttpResponse<String> response = send(upload("", token(TestAccounts.EDITOR),
				new Part("居委会.xlsx", residentsCommittee()), new Part("C:\\名单\\居委会.xlsx", residentsCommittee())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(GovGraphHttp.json(response.body()).get("problems"))
			.isEqualTo(List.of("居委会.xlsx!!-: -: sent twice in one upload; file names must be unique"));
		assertThat(rosterPosts()).isZero();
	}

	@Test
	void aDryRunReportsTheSameAndWritesNothing() throws Exception {
		String editor = token(TestAccounts.EDITOR);
		HttpResponse<String> dry = send(upload("?dryRun=true&asOf=2024-07-01", editor,
				new Part("居委会.xlsx", residentsCommittee()), new Part("业委会.xlsx", ownersCommittee())));
		assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
		Map<String, Object> answer = GovGraphHttp.json(dry.body());
		assertThat(answer).containsEntry("written", false).containsEntry("dryRun", true).containsEntry("importId", null);
		assertThat(answer.get("sheets")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.extracting(s -> (Object) ((Map<?, ?>) s).get("asOf"))
			.containsExactly("2024-07-01", "2024-07-01");
		assertThat(answer.get("report")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.last()
			.asString()
			.endsWith("dry run, nothing was written.");
		assertThat(rosterPosts()).isZero();
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isZero();
	}

	@Test
	void plannersAreRefusedAndAnonymousCallersAskedToSignIn() throws Exception {
		Part file = new Part("居委会.xlsx", residentsCommittee());
		assertThat(send(upload("", token(TestAccounts.PLANNER), file)).statusCode()).isEqualTo(403);
		HttpResponse<String> anonymous = send(upload("", null, file));
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
		// HTTP Basic is what a browser may send by itself to a cross-site form's target: from another
		// site (as the browser says) it needs a CSRF token, which that page cannot have
		assertThat(send(upload("", TestAccounts.basic(TestAccounts.EDITOR), file)
			.header("Origin", "http://evil.example")).statusCode()).isEqualTo(403);
		assertThat(send(upload("", TestAccounts.basic(TestAccounts.EDITOR), file)
			.header("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
		assertThat(rosterPosts()).isZero();
	}

	@Test
	void anEditorAtATerminalUploadsWithHttpBasic() throws Exception {
		// curl -u editor:… -F file=@居委会.xlsx: no cookie, no Origin
		HttpResponse<String> response = send(
				upload("?dryRun=true", TestAccounts.basic(TestAccounts.EDITOR), new Part("居委会.xlsx", residentsCommittee())));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		// the app's own page may send it too
		assertThat(send(upload("?dryRun=true", TestAccounts.basic(TestAccounts.EDITOR),
				new Part("居委会.xlsx", residentsCommittee()))
			.header("Origin", "http://127.0.0.1:" + this.port)
			.header("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(200);
		assertThat(rosterPosts()).isZero();
	}

	@Test
	void anUploadWithoutRostersIsAUserError() throws Exception {
		HttpResponse<String> response = send(upload("", token(TestAccounts.EDITOR)));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("no roster: send each .xlsx or .csv file as a part named \"file\"");
	}

}
