package io.govgraph.export;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer's live feed in headless Chromium, signed in through the login form (the WebSocket
 * handshake carries the session cookie): the scope on screen is followed over the
 * {@code changeEvents} subscription, an edit made meanwhile through the API by an editor shows up
 * as a line, newest first, with names masked for a planner; a dropped connection is resumed from
 * the last cursor, missing nothing and repeating nothing; opening another unit completes the old
 * subscription and shows the new scope's latest events from the {@code changeEvents} query. No
 * test leaves an error on the browser's console. Units and people: datasets/feed (ids fd.*).
 */
@IntegrationTest
class ExplorerFeedTests {

	static final Path DATA_SET = Path.of("src/test/resources/datasets/feed");

	static final String COMMUNITY = "fd.c";

	static final String OTHER_COMMUNITY = "fd.c2";

	static final JsonMapper JSON = JsonMapper.builder().build();

	static ChromeDriver driver;

	static boolean imported;

	static String signedInAs;

	/** Posts created so far, each on a day of its own so that each is a new post with a new key. */
	static int posts;

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter importer;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (ExplorerPageTests.MISSING != null) {
			return;
		}
		driver = ExplorerPageTests.chromium();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@BeforeEach
	void needsTheBrowserAndTheUnits() {
		assumeTrue(ExplorerPageTests.MISSING == null, ExplorerPageTests.MISSING);
		if (!imported) {
			// once: a second import would find the posts the tests created and report them ended
			this.importer.importDataSet(DATA_SET, false);
			imported = true;
		}
	}

	@AfterEach
	void noConsoleErrors() {
		if (driver == null) {
			return;
		}
		assertThat(ExplorerPageTests.consoleErrors(driver)).as("browser console errors (a CSP violation or a refused WebSocket is one)").isEmpty();
	}

	@Test
	void anEditShowsUpAsALineOfTheFeedOfTheScopeOnScreen() throws Exception {
		openScope(TestAccounts.ADMIN, COMMUNITY);
		// the last events of the scope first: among them the import's posts, beneath the community too
		assertThat(eventKeys(COMMUNITY)).contains("POST_STARTED|fd.p1|fd.c|SECRETARY|2021-01-01|2021-01-01",
				"POST_STARTED|fd.p2|fd.rc|MEMBER|2022-03-01|2022-03-01");
		assertThat(keys()).containsExactlyElementsOf(latest(COMMUNITY));
		String key = createPost("fd.p2", COMMUNITY);
		WebElement line = line(key);
		assertThat(line.getAttribute("data-type")).isEqualTo("POST_STARTED");
		assertThat(line.getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} 任职开始 post started 动态测试社区党委 · 诸葛青青 生效 effective "
				+ key.substring(key.length() - 10));
		// newest first
		assertThat(keys().get(0)).isEqualTo(key);
		assertThat(driver.findElement(By.id("feed-state")).getText()).isEqualTo("● 实时 live");
		assertThat(driver.findElement(By.id("feed-scope")).getText()).isEqualTo("· 动态测试社区党委");
	}

	@Test
	void aPlannersFeedShowsMaskedNamesOnly() throws Exception {
		openScope(TestAccounts.PLANNER, COMMUNITY);
		String key = createPost("fd.p1", "fd.rc");
		assertThat(line(key).getText()).contains("动态测试社区居委会 · 司马某 ");
		String feed = driver.findElement(By.id("feed")).getText();
		assertThat(feed).contains("司马某").doesNotContain("长风", "青青");
	}

	@Test
	void aDroppedConnectionResumesFromTheLastCursorMissingAndRepeatingNothing() throws Exception {
		openScope(TestAccounts.ADMIN, COMMUNITY);
		String before = createPost("fd.p1", COMMUNITY);
		line(before);
		long delivered = ((Number) js("return explorer.feed.received")).longValue();
		// The test closes the page's WebSocket, and holds back its attempt to open a new one until
		// the event has been written: it can only come by the resumption, not live.
		js("""
				window.held = []; var Real = window.WebSocket;
				window.WebSocket = function () {
				  var fake = {readyState: 0, send: function () {}, close: function () {}}; held.push(fake); return fake;
				};
				window.releaseSockets = function () {
				  window.WebSocket = Real;
				  held.forEach(function (fake) { fake.onclose({code: 1006, reason: 'held back by the test'}); });
				};
				window.closedSocket = explorer.socket(); window.closedSocket.close();
				""");
		wait(Duration.ofSeconds(20)).until(d -> ((Number) js("return held.length")).intValue() == 1);
		assertThat(driver.findElement(By.id("feed-state")).getText()).isEqualTo("○ 连接中 connecting…");
		String meanwhile = createPost("fd.p2", COMMUNITY);
		assertThat(keys()).doesNotContain(meanwhile);

		js("releaseSockets()");
		line(meanwhile);
		// a later event, live: once it is there, anything repeated would be there too
		String after = createPost("fd.p1", "fd.rc");
		line(after);
		assertThat(js("return explorer.socket() !== window.closedSocket && explorer.socket().readyState === 1"))
			.isEqualTo(true);
		List<String> keys = keys();
		assertThat(keys.subList(0, 3)).containsExactly(after, meanwhile, before);
		assertThat(Collections.frequency(keys, meanwhile)).isEqualTo(1);
		assertThat(keys).doesNotHaveDuplicates();
		// the server sent the two events after the cursor, and nothing the page had already
		assertThat(((Number) js("return explorer.feed.received")).longValue()).isEqualTo(delivered + 2);
	}

	@Test
	void openingAnotherUnitCompletesTheOldSubscriptionAndStartsWithTheLatestEventsOfTheNewScope() throws Exception {
		openScope(TestAccounts.ADMIN, COMMUNITY);
		// record what the page sends over its WebSocket
		js("window.sent = []; var s = explorer.socket(), send = s.send;"
				+ "s.send = function (text) { sent.push(JSON.parse(text)); return send.call(s, text); };");
		open(OTHER_COMMUNITY);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> sent = (List<Map<String, Object>>) js("return sent");
		assertThat(sent).extracting(m -> m.get("type")).containsExactly("complete", "subscribe");
		assertThat(sent.get(0).get("id")).isNotEqualTo(sent.get(1).get("id"));
		assertThat(driver.findElement(By.id("feed-note")).getText()).isEqualTo("暂无变化，新的变化会出现在这里 · no changes yet; new ones appear here.");
		assertThat(keys()).isEmpty();

		// more than the ten the page shows of a scope, none of them here
		List<String> elsewhere = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			elsewhere.add(createPost(i % 2 == 0 ? "fd.p1" : "fd.p2", COMMUNITY));
		}
		String here = createPost("fd.p2", OTHER_COMMUNITY);
		line(here);
		assertThat(keys()).containsExactly(here);
		assertThat(driver.findElement(By.id("feed-note")).isDisplayed()).isFalse();

		// back: the last ten events of the community, newest first, as the query reads them
		open(COMMUNITY);
		assertThat(keys()).hasSize(10).containsExactlyElementsOf(latest(COMMUNITY));
		assertThat(keys().get(0)).isEqualTo(elsewhere.get(10));
	}

	/** Signs in as the account (through the login form) and opens the unit in the explorer. */
	private void openScope(String account, String unitId) {
		String base = "http://127.0.0.1:" + this.port;
		if (!account.equals(signedInAs)) {
			driver.get(base + "/login");
			driver.manage().deleteAllCookies();
			driver.get(base + "/login");
			driver.findElement(By.id("username")).sendKeys(account);
			driver.findElement(By.id("password")).sendKeys(account + "-pw");
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			wait(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/login"));
			signedInAs = account;
		}
		driver.get(base + "/");
		wait(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js("return !!window.explorer")));
		open(unitId);
	}

	/** Opens the unit as the search results do, and waits until its feed is live. */
	private void open(String unitId) {
		js("explorer.open(arguments[0])", unitId);
		wait(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js("return explorer.feed.scope === arguments[0]"
				+ " && explorer.state.inflight === 0 && explorer.state.drawing === 0"
				+ " && document.getElementById('feed-state').textContent === '● 实时 live'", unitId)));
	}

	/** The feed's line of the event, waited for (the outbox is read every 200 ms). */
	private WebElement line(String key) {
		return wait(Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("#feed-list li"))
			.stream()
			.filter(li -> key.equals(li.getAttribute("data-key")))
			.findFirst()
			.orElse(null));
	}

	/** The keys of the feed's lines, top to bottom. */
	@SuppressWarnings("unchecked")
	private static List<String> keys() {
		return (List<String>) js("return Array.from(document.querySelectorAll('#feed-list li'))"
				+ ".map(function (li) { return li.getAttribute('data-key'); })");
	}

	/** Creates a post through the API as the editor; answers the key of its POST_STARTED event. */
	private String createPost(String personId, String unitId) throws Exception {
		String since = LocalDate.of(2024, 1, 1).plusDays(++posts).toString();
		JsonNode body = post(TestAccounts.EDITOR, """
				mutation($p: ID!, $u: ID!, $since: String) {
				  createPost(input: {personId: $p, unitId: $u, role: "MEMBER", since: $since}) { errors { message } }
				}""", Map.of("p", personId, "u", unitId, "since", since));
		assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
		assertThat(body.path("data").path("createPost").path("errors").size()).as(body.toString()).isZero();
		return "POST_STARTED|" + personId + "|" + unitId + "|MEMBER|" + since + "|" + since;
	}

	/** The keys of the scope's last ten events, newest first: what the feed shows of it first. */
	private List<String> latest(String scopeId) throws Exception {
		List<String> all = eventKeys(scopeId);
		List<String> latest = new ArrayList<>(all.subList(Math.max(0, all.size() - 10), all.size()));
		Collections.reverse(latest);
		return latest;
	}

	/** Every event key of the scope, oldest first, read with the changeEvents query as the admin. */
	private List<String> eventKeys(String scopeId) throws Exception {
		List<String> keys = new ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new HashMap<>();
			variables.put("s", scopeId);
			variables.put("a", after);
			JsonNode page = post(TestAccounts.ADMIN, """
					query($s: ID, $a: String) {
					  changeEvents(scopeId: $s, first: 500, after: $a) { edges { node { key } } pageInfo { hasNextPage endCursor } }
					}""", variables).path("data").path("changeEvents");
			page.path("edges").forEach(e -> keys.add(e.path("node").path("key").asString()));
			after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString()
					: null;
		}
		while (after != null);
		return keys;
	}

	private JsonNode post(String account, String query, Map<String, Object> variables) throws Exception {
		HttpRequest request = TestAccounts.request(this.port, "/graphql", account)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(driver, timeout);
	}

	static Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

}
