package io.govgraph.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.roster.RosterImporter;
import io.govgraph.roster.TestStreet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page's activity views in headless Chromium, over the sample district (figures
 * counted from data/yinzhou's CSV files): 明楼's agreements, items and events in its side panel;
 * the timeline of 风格城事 and of 明楼 in 2025; 明楼's interlock graph; and the "who is who" review
 * queue, with a candidate of the tests' own street decided and gone, and hidden from a planner.
 * Every test ends with no error in the browser's console. Screenshots: target/explorer-activity.png,
 * explorer-timeline.png, explorer-interlocks.png, explorer-review.png.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.MethodName.class)
class ExplorerViewsTests {

	static ChromeDriver driver;

	/** The account the browser is signed in as, or null. */
	static String account;

	@LocalServerPort
	int port;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	RosterImporter importer;

	@Autowired
	Driver neo4j;

	@TempDir
	Path dir;

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
	void needsTheBrowser() {
		assumeTrue(ExplorerPageTests.MISSING == null, ExplorerPageTests.MISSING);
	}

	/** Whatever a test did, the page logged no error (a failed request or script error is one). */
	@AfterEach
	void noConsoleErrors() {
		if (driver == null) {
			return;
		}
		assertThat(ExplorerPageTests.consoleErrors(driver)).isEmpty();
	}

	@Test
	void aSidePanelShowsMingLousAgreementItsItemsAndEvents() throws IOException {
		openAs(TestAccounts.ADMIN);
		openUnit("明楼", "明楼街道党工委");
		WebElement activity = wait(Duration.ofSeconds(30))
			.until(d -> d.findElement(By.id("activity-body")).getText().contains("协议 Agreements")
					? d.findElement(By.id("activity-body")) : null);
		assertThat(activity.findElement(By.id("act-agreements")).getText()).isEqualTo("协议 Agreements (1)");
		assertThat(activity.findElement(By.id("act-items")).getText()).isEqualTo("事项 Items (10)");
		assertThat(activity.findElement(By.id("act-events")).getText()).isEqualTo("活动 Events (2)");
		WebElement agreement = activity.findElement(By.cssSelector("details[data-agreement='ag.minglou.2025']"));
		agreement.findElement(By.tagName("summary")).click();
		assertThat(agreement.findElement(By.tagName("summary")).getText()).startsWith("明楼街道党建联建共建协议")
			.contains("2025-03-18")
			.endsWith("14 方 parties · 17 项 items");
		assertThat(agreement.findElement(By.className("sum")).getText())
			.isEqualTo("17 项 items · 已认领 claimed 5 · 已完成 delivered 8 · ¥138,000 · 1876 小时 hours");
		assertThat(agreement.findElements(By.cssSelector("tr[data-item]"))).hasSize(17);
		WebElement signing = activity.findElement(By.cssSelector("li[data-event='ev00242']"));
		assertThat(signing.getText()).contains("2025-03-18").contains("明楼街道党建联建共建协议签约").contains("14 到 came");

		// A window: only what meets 2026 (the annual review; the agreement runs on, with no end).
		typeDate("act-from", "2026-01-01");
		typeDate("act-to", "2026-12-31");
		wait(Duration.ofSeconds(20)).until(d -> "活动 Events (1)".equals(d.findElement(By.id("act-events")).getText()));
		idle();
		assertThat(driver.findElement(By.id("act-agreements")).getText()).isEqualTo("协议 Agreements (1)");
		assertThat(driver.findElement(By.cssSelector("#activity-body li[data-event]")).getText())
			.contains("2026-01-22")
			.contains("年度清单评议会");
		screenshot("explorer-activity.png");
	}

	@Test
	void bTimelineOfFengGeChengShiIn2025HasItsElectionAndFourRedButlerMeetings() throws IOException {
		openAs(TestAccounts.ADMIN);
		driver.findElement(By.cssSelector("#views [data-view='timeline']")).click();
		driver.findElement(By.id("tl-scope")).sendKeys("yz.zhonghe.chengxing.fenggechengshi");
		typeDate("tl-from", "2025-01-01");
		typeDate("tl-to", "2025-12-31");
		driver.findElement(By.id("tl-load")).click();
		idle();
		assertThat(driver.findElement(By.id("tl-summary")).getText()).contains("共 63 条 entries · 已显示 shown 63");
		List<WebElement> entries = driver.findElements(By.cssSelector("#tl-list li"));
		assertThat(entries).hasSize(63);
		assertThat(entries.stream().filter(li -> li.getText().contains("“红色管家”社区共治委员会会议")).count()).isEqualTo(4);
		assertThat(entries.stream().map(WebElement::getText).filter(t -> t.contains("风格城事小区业主委员会换届选举")))
			.singleElement()
			.satisfies(t -> assertThat(t).startsWith("2025-06-01"));
		assertThat(driver.findElements(By.cssSelector("#tl-list li[data-kind='POST_START']"))).hasSize(45);
		assertThat(driver.findElements(By.cssSelector("#tl-list li[data-kind='POST_END']"))).hasSize(9);
		List<String> dates = entries.stream().map(li -> li.findElement(By.tagName("time")).getText()).toList();
		assertThat(dates).isSorted();
		assertThat(driver.findElement(By.id("tl-more")).isDisplayed()).isFalse();
		screenshot("explorer-timeline.png");
	}

	/**
	 * From 明楼's own panel: its whole history, more than a page, the rest behind "More"; then 2025
	 * alone, 71 entries (69 events, 2 posts begun).
	 */
	@Test
	void cTimelineFromAUnitsPanelPagesThroughItsScope() {
		openAs(TestAccounts.ADMIN);
		openUnit("明楼", "明楼街道党工委");
		driver.findElement(By.cssSelector("#details button[data-act='timeline']")).click();
		idle();
		assertThat(driver.findElement(By.id("view-timeline")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("cy")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.id("tl-scope")).getAttribute("value")).isEqualTo("yz.minglou");
		int total = this.graphQl.document("{ timeline(scopeId: \"yz.minglou\") { totalCount } }")
			.execute()
			.path("timeline.totalCount")
			.entity(Integer.class)
			.get();
		assertThat(total).isGreaterThan(100);
		assertThat(driver.findElements(By.cssSelector("#tl-list li"))).hasSize(100);
		while (driver.findElement(By.id("tl-more")).isDisplayed()) {
			driver.findElement(By.id("tl-more")).click();
			idle();
		}
		assertThat(driver.findElements(By.cssSelector("#tl-list li"))).hasSize(total);
		assertThat(driver.findElement(By.id("tl-summary")).getText()).contains("共 " + total + " 条 entries");

		typeDate("tl-from", "2025-01-01");
		typeDate("tl-to", "2025-12-31");
		driver.findElement(By.id("tl-load")).click();
		idle();
		assertThat(driver.findElement(By.id("tl-summary")).getText()).contains("共 71 条 entries · 已显示 shown 71");
		assertThat(driver.findElements(By.cssSelector("#tl-list li[data-kind='EVENT']"))).hasSize(69);
	}

	@Test
	void dInterlocksOfMingLouAtMinimumWeightTwoAreDrawnAsTheApiGivesThem() throws IOException {
		openAs(TestAccounts.ADMIN);
		typeDate("asof", "2026-07-01");
		driver.findElement(By.cssSelector("#views [data-view='interlocks']")).click();
		driver.findElement(By.id("il-scope")).sendKeys("yz.minglou");
		WebElement min = driver.findElement(By.id("il-min"));
		min.clear();
		min.sendKeys("2");
		driver.findElement(By.id("il-load")).click();
		idle();
		List<Map<String, Object>> api = interlocks(2);
		long units = api.stream()
			.flatMap(e -> List.of(((Map<?, ?>) e.get("a")).get("id"), ((Map<?, ?>) e.get("b")).get("id")).stream())
			.distinct()
			.count();
		assertThat(api).hasSize(INTERLOCKS_AT_TWO);
		assertThat(js("return explorer.interlockGraph().edges().length")).isEqualTo((long) INTERLOCKS_AT_TWO);
		assertThat(js("return explorer.interlockGraph().nodes().length")).isEqualTo(units);
		assertThat(driver.findElement(By.id("il-summary")).getText()).contains("2026-07-01")
			.contains("权重 ≥ 2 天 days: " + INTERLOCKS_AT_TWO + " 条联锁 interlocks · " + units + " 个单位 units");
		// the heaviest edge, clicked: its people
		Map<String, Object> heaviest = api.get(0);
		js("var e = explorer.interlockGraph().edges().max(function (e) { return e.data('weight'); }).ele; e.emit('tap');");
		assertThat(driver.findElement(By.id("il-detail")).getText()).contains("权重 weight " + heaviest.get("weight") + " 天 days")
			.contains(((List<?>) heaviest.get("people")).size() + " 人 people");
		screenshot("explorer-interlocks.png");

		// a higher minimum leaves fewer edges: 42 of at least 1,500 days
		int higher = 1500;
		min.clear();
		min.sendKeys(Integer.toString(higher));
		driver.findElement(By.id("il-load")).click();
		idle();
		assertThat(js("return explorer.interlockGraph().edges().length")).isEqualTo((long) interlocks(higher).size());
		assertThat(interlocks(higher)).hasSize(42);
	}

	/**
	 * 明楼's interlocks of at least 2 days on 2026-07-01 (its subtree and partners, as analysis.md's
	 * scope): every pair joined by a person, the lightest of 497 days.
	 */
	static final int INTERLOCKS_AT_TWO = 59;

	@Test
	void eReviewQueueShowsACandidateSideBySideAndADecisionTakesItAway() throws IOException {
		TestStreet.setUp(this.neo4j);
		try {
			this.importer.importPaths(List.of(
					csv("居委会2024.csv", "测试甲社区居委会成员名单（2024年1月1日）", "姓名,性别,出生年月,政治面貌,职务,联系电话",
							"赵六,男,1966.01,党员,委员,13700000000"),
					csv("业委会2024.csv", "测试甲花园业委会成员名单（2024年6月30日）", "姓名,政治面貌,职务", "赵六,群众,委员")),
					null, false, "tester");
			openAs(TestAccounts.ADMIN);
			WebElement tab = driver.findElement(By.cssSelector("#views [data-view='review']"));
			assertThat(tab.isDisplayed()).isTrue();
			tab.click();
			idle();
			driver.findElement(By.id("rv-scope")).sendKeys("test.roster.street");
			driver.findElement(By.id("rv-load")).click();
			idle();
			assertThat(driver.findElement(By.id("rv-count")).getText()).isEqualTo("待决定 open: 1");
			WebElement table = driver.findElement(By.cssSelector("#rv-candidate .review table"));
			assertThat(table.findElements(By.tagName("tr")).get(0).getText()).contains("业委会2024.csv!3")
				.contains("居委会2024.csv!3");
			assertThat(driver.findElements(By.cssSelector(".review tr.agree")).stream().map(tr -> tr.getAttribute("data-field")))
				.containsExactly("name", "street");
			assertThat(field("name")).contains("赵六 赵六");
			assertThat(field("street")).contains("测试甲街道 测试甲街道");
			assertThat(field("phone")).contains("13700000000");
			String id = (String) js("return document.querySelector('#rv-candidate .review').getAttribute('data-candidate')");
			screenshot("explorer-review.png");

			// no reason, no decision
			driver.findElement(By.id("rv-different")).click();
			assertThat(driver.findElement(By.id("rv-last")).getText()).contains("A reason is required");
			driver.findElement(By.id("rv-reason")).sendKeys("两人出生年月不同 not the same man");
			driver.findElement(By.id("rv-different")).click();
			idle();
			assertThat(driver.findElement(By.id("rv-last")).getText()).contains(id).contains("DIFFERENT");
			assertThat(driver.findElement(By.id("rv-count")).getText()).isEqualTo("待决定 open: 0");
			assertThat(driver.findElement(By.id("rv-candidate")).getText()).contains("No candidates left to review");
			this.graphQl.document("{ resolutionCandidates(scopeId: \"test.roster.street\") { totalCount } }")
				.execute()
				.path("resolutionCandidates.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		finally {
			TestStreet.remove(this.neo4j);
		}
	}

	/** A planner is not offered the review queue, and a view forced open says whose it is. */
	@Test
	void fPlannerIsNotShownTheReviewQueue() {
		openAs(TestAccounts.PLANNER);
		assertThat(driver.findElement(By.cssSelector("#views [data-view='review']")).isDisplayed()).isFalse();
		assertThat(driver.findElement(By.cssSelector("#views [data-view='timeline']")).isDisplayed()).isTrue();
		js("explorer.showView('review')");
		idle();
		assertThat(driver.findElement(By.id("rv-candidate")).getText())
			.isEqualTo("识别队列仅供审计和编辑人员使用。The review queue is for auditors and editors.");
	}

	private String field(String name) {
		return driver.findElement(By.cssSelector(".review tr[data-field='" + name + "']")).getText();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> interlocks(int minWeight) {
		return this.graphQl.document("query($min: Int) { interlocks(scopeId: \"yz.minglou\", asOf: \"2026-07-01\", minWeight: $min, first: 200) "
				+ "{ weight a { id } b { id } people { id } } }")
			.variable("min", minWeight)
			.execute()
			.path("interlocks")
			.entityList(Map.class)
			.get()
			.stream()
			.map(m -> (Map<String, Object>) m)
			.toList();
	}

	private Path csv(String name, String... lines) throws IOException {
		Path file = this.dir.resolve(name);
		Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
		return file;
	}

	/** Loads the page signed in as the account (signing out of another first) and waits for it to be ready. */
	private void openAs(String name) {
		String base = "http://127.0.0.1:" + this.port;
		if (!name.equals(account)) {
			driver.manage().deleteAllCookies();
			driver.get(base + "/");
			wait(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login"));
			driver.findElement(By.id("username")).sendKeys(name);
			driver.findElement(By.id("password")).sendKeys(name + "-pw");
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			wait(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/login"));
			account = name;
		}
		driver.get(base + "/");
		wait(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
				"return !!window.explorer && !!explorer.ready && (explorer.ready.then(function () { window.explorerReady = true; }), window.explorerReady === true)")));
		idle();
	}

	private void openUnit(String text, String name) {
		driver.findElement(By.id("search")).sendKeys(text);
		wait(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#results li[data-open]"))
			.stream()
			.filter(li -> li.getText().startsWith(name))
			.findFirst()
			.orElse(null))
			.click();
		idle();
		wait(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("details")).getText().startsWith(name));
		idle();
	}

	/** Types a date into a date picker, in the order the browser's locale shows its fields. */
	private void typeDate(String inputId, String date) {
		String order = (String) js("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 6, 1))"
				+ ".filter(function (p) { return p.type !== 'literal'; }).map(function (p) { return p.type; }).join(',');");
		Map<String, String> parts = Map.of("year", date.substring(0, 4), "month", date.substring(5, 7), "day",
				date.substring(8, 10));
		StringBuilder keys = new StringBuilder();
		for (String part : order.split(",")) {
			keys.append(parts.get(part));
		}
		driver.findElement(By.id(inputId)).sendKeys(keys);
		wait(Duration.ofSeconds(10)).until(d -> date.equals(js("return document.getElementById(arguments[0]).value", inputId)));
		idle();
	}

	private void idle() {
		wait(Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js(
				"return !!window.explorer && explorer.state.inflight === 0 && explorer.state.drawing === 0")));
	}

	private static WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(driver, timeout);
	}

	static Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	static void screenshot(String name) throws IOException {
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}
