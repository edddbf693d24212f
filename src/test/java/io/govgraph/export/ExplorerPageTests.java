package io.govgraph.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.ExternalPrograms;
import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The explorer page at {@code /} in headless Chromium (Debian's chromium and chromedriver; nothing is
 * downloaded): search "明楼", open 明楼街道党工委, expand 常青藤社区, switch the date, and count what is
 * drawn; then, against the same server, size by betweenness, the axis report, the path finder,
 * folding a box and the PNG/SVG downloads. Dates are typed into the date picker. Expected figures are
 * counted from data/yinzhou's CSV files with the neighbourhood rule of the {@code neighborhood} query
 * (a vertex, its neighbours on the day, every edge among them); UNDER edges into a street, community
 * or grid box are drawn as nesting, not as edges.
 * Screenshots: target/explorer-minglou.png (after the expansion), explorer-2023-06-01.png,
 * explorer-betweenness.png, explorer-axis.png, explorer-path.png, explorer-2000.png; the downloads
 * as explorer-export.png and explorer-export.svg.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.MethodName.class)
class ExplorerPageTests {

	static final Path CHROMIUM = ExternalPrograms.chromium();

	static final Path CHROMEDRIVER = ExternalPrograms.chromedriver();

	/** Why the tests skip: Chromium or its driver is missing (null when both are there). */
	static final String MISSING = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) ? null
			: "Browser test skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "): apt-get install chromium chromium-driver";

	static ChromeDriver driver;

	/** 55 edges less the 19 that touch the 11 units in 常青藤社区党委's box. */
	static final long FOLDED_EDGES = 38L;

	@LocalServerPort
	int port;

	@Autowired
	GraphQlTester graphQl;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (MISSING != null) {
			return;
		}
		driver = chromium();
	}

	/** A headless Chromium for the explorer's browser tests, its console log kept (Chromium present). */
	static ChromeDriver chromium() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1600,1000", "--lang=zh-CN",
				"--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-profile").toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		// The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** What the page logged as errors so far (a failed request, a CSP violation, a script error). */
	static List<String> consoleErrors(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * Every test, not the class, skips where the browser is missing: a class-level skip leaves no
	 * test in the report for CI's guard to see.
	 */
	@BeforeEach
	void needsTheBrowser() {
		assumeTrue(MISSING == null, MISSING);
	}

	static boolean signedIn;

	/**
	 * Opens a page of the app, signing in through the login form first (as the admin, who sees
	 * names in full) the first time: the explorer is behind the login like everything else.
	 */
	void open(String path) {
		String base = "http://127.0.0.1:" + this.port;
		if (!signedIn) {
			driver.get(base + path);
			wait(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login"));
			driver.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN);
			driver.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN + "-pw");
			driver.findElement(By.cssSelector("button[type=submit]")).click();
			wait(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().endsWith("/login"));
			signedIn = true;
		}
		driver.get(base + path);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void searchOpenExpandAndSwitchTheDate() throws IOException {
		open("/");
		idle();
		driver.findElement(By.id("search")).sendKeys("明楼");
		WebElement hit = wait(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#results li[data-open]"))
			.stream()
			.filter(li -> li.getText().startsWith("明楼街道党工委"))
			.findFirst()
			.orElse(null));
		hit.click();
		idle();

		Map<String, Object> opened = counts();
		assertThat(opened).containsEntry("nodes", 23L).containsEntry("edges", 16L).containsEntry("nested", 9L);
		assertThat(types(opened, "nodeTypes")).containsExactlyInAnyOrderEntriesOf(Map.of("STREET_COMMITTEE", 1L,
				"DISTRICT_COMMITTEE", 1L, "COMMUNITY_COMMITTEE", 5L, "JOINT_MEETING", 1L, "PARTY_BRANCH", 3L,
				"STATIONED_UNIT", 5L, "INDUSTRY_SYSTEM", 2L, "NEW_FIELD_ORG", 1L, "PERSON", 4L));
		assertThat(types(opened, "edgeTypes"))
			.containsExactlyInAnyOrderEntriesOf(Map.of("CO_CONSTRUCTS", 11L, "HOLDS_POST", 4L, "UNDER", 1L));
		assertThat(parentOf("yz.minglou.changqingteng")).isEqualTo("yz.minglou");
		assertThat(driver.findElement(By.id("details")).getText()).contains("明楼街道党工委").contains("任职 Posts (4)");

		// Click the community on the canvas, then "Expand" in its panel.
		clickNode("yz.minglou.changqingteng");
		wait(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("details")).getText().contains("常青藤社区党委"));
		idle();
		driver.findElement(By.cssSelector("#details button[data-act='expand']")).click();
		idle();
		Map<String, Object> expanded = counts();
		assertThat(expanded).containsEntry("nodes", 52L).containsEntry("edges", 57L).containsEntry("nested", 20L);
		assertThat(types(expanded, "nodeTypes")).containsEntry("GRID_BRANCH", 4L)
			.containsEntry("COMPOUND", 5L)
			.containsEntry("OWNERS_COMMITTEE", 4L)
			.containsEntry("PROPERTY_COMPANY", 3L)
			.containsEntry("PERSON", 13L);
		assertThat(types(expanded, "edgeTypes")).containsExactlyInAnyOrderEntriesOf(Map.of("CO_CONSTRUCTS", 11L,
				"GUIDES", 7L, "HOLDS_POST", 19L, "MEMBER_OF", 8L, "PAIRED_WITH", 2L, "SERVES", 5L, "UNDER", 5L));
		assertThat(parentOf("yz.minglou.changqingteng.g01")).isEqualTo("yz.minglou.changqingteng");
		screenshot("explorer-minglou.png");

		// 2023-06-01: three co-construction links and their drivers are not yet in force.
		typeDate("2023-06-01");
		idle();
		Map<String, Object> earlier = counts();
		assertThat(earlier).containsEntry("nodes", 47L).containsEntry("edges", 52L).containsEntry("nested", 20L);
		assertThat(types(earlier, "nodeTypes")).containsEntry("STATIONED_UNIT", 4L)
			.containsEntry("INDUSTRY_SYSTEM", 1L)
			.containsEntry("PERSON", 10L);
		assertThat(types(earlier, "edgeTypes")).containsEntry("CO_CONSTRUCTS", 8L).containsEntry("HOLDS_POST", 17L);
		assertThat(driver.findElement(By.id("status")).getText()).contains("2023-06-01");
		screenshot("explorer-2023-06-01.png");
	}

	/**
	 * 2,000 drawn elements: the district's neighbourhood three steps out, cut at 700 vertices, with the
	 * edges among them; the time to draw is printed and kept in target/explorer-timing.txt.
	 */
	@Test
	void twoThousandElementsDrawAndStayResponsive() throws IOException {
		open("/");
		idle();
		@SuppressWarnings("unchecked")
		Map<String, Object> timing = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch('/graphql', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({
				  query: 'query { neighborhood(ids: ["yz"], depth: 3, limit: 700) { vertices { id kind type name parentId hiddenNeighbors } edges { id source target kind type role title since until } truncated } }'})})
				  .then(function (r) { return r.json(); })
				  .then(function (body) {
				    var t0 = performance.now();
				    return explorer.draw(body.data.neighborhood, null).then(function () {
				      var drawn = performance.now() - t0;
				      var t1 = performance.now();
				      explorer.cy.zoom(explorer.cy.zoom() * 1.5);
				      explorer.cy.nodes()[0].select();
				      requestAnimationFrame(function () { requestAnimationFrame(function () {
				        done({drawMs: drawn, interactionMs: performance.now() - t1,
				              elements: explorer.cy.elements().length, nodes: explorer.cy.nodes().length});
				      }); });
				    });
				  }).catch(function (e) { done({error: String(e)}); });
				""");
		assertThat(timing).doesNotContainKey("error");
		long elements = ((Number) timing.get("elements")).longValue();
		double drawMs = ((Number) timing.get("drawMs")).doubleValue();
		double interactionMs = ((Number) timing.get("interactionMs")).doubleValue();
		String line = String.format("%d elements (%d vertices): drawn in %.0f ms; zoom + select repainted in %.0f ms%n",
				elements, ((Number) timing.get("nodes")).longValue(), drawMs, interactionMs);
		System.out.print("explorer timing: " + line);
		Files.writeString(Path.of("target", "explorer-timing.txt"), line);
		screenshot("explorer-2000.png");
		// The times are measured and reported (target/explorer-timing.txt), never asserted: a test
		// does not depend on how busy the machine is.
		assertThat(elements).isGreaterThanOrEqualTo(2000);
		assertThat(drawMs).isPositive();
	}

	/**
	 * Size by betweenness on 2026-07-01: the page asks the server for the scores of 明楼's scope; the
	 * vertices' widths must follow them (the highest score drawn widest, a lower score never wider),
	 * and the street box, the scope's highest, gets the widest border.
	 */
	@Test
	void sizingByBetweennessDrawsTheHigherScoresLarger() throws IOException {
		openMingLouOn("2026-07-01");
		expandChangQingTeng();
		new Select(driver.findElement(By.id("measure"))).selectByValue("BETWEENNESS");
		idle();

		Map<String, Double> scores = new HashMap<>();
		this.graphQl.documentName("centrality")
			.variable("measure", "BETWEENNESS")
			.variable("scopeId", "yz.minglou")
			.variable("asOf", "2026-07-01")
			.variable("top", 5000)
			.execute()
			.path("centrality.scores")
			.entityList(Map.class)
			.get()
			.forEach(s -> scores.put((String) ((Map<?, ?>) s.get("vertex")).get("id"),
					((Number) s.get("score")).doubleValue()));
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> drawn = (Map<String, Map<String, Object>>) js("var out = {};"
				+ "explorer.cy.nodes().forEach(function (n) { out[n.id()] = {box: n.isParent(), width: n.width(),"
				+ " border: parseFloat(n.style('border-width'))}; }); return out;");
		assertThat(drawn).hasSize(52);

		List<String> vertices = drawn.keySet().stream().filter(id -> !(Boolean) drawn.get(id).get("box")).toList();
		List<String> byScore = vertices.stream()
			.sorted(Comparator.comparing((String id) -> scores.getOrDefault(id, 0.0)).thenComparing(id -> id))
			.toList();
		for (int i = 1; i < byScore.size(); i++) {
			String lower = byScore.get(i - 1);
			String higher = byScore.get(i);
			if (scores.getOrDefault(higher, 0.0) > scores.getOrDefault(lower, 0.0)) {
				assertThat(width(drawn, higher)).as("%s scores above %s", higher, lower)
					.isGreaterThan(width(drawn, lower));
			}
			else {
				assertThat(width(drawn, higher)).as("%s scores as %s", higher, lower).isEqualTo(width(drawn, lower));
			}
		}
		String top = byScore.get(byScore.size() - 1);
		assertThat(vertices.stream().max(Comparator.comparing((String id) -> width(drawn, id)))).contains(top);
		assertThat(width(drawn, top)).isGreaterThan(40.0);
		assertThat(vertices.stream().map(id -> width(drawn, id)).distinct().count()).isGreaterThan(10);
		// The street committee has the scope's highest score; its box shows it with the widest border.
		assertThat(scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
			.isEqualTo("yz.minglou");
		assertThat(border(drawn, "yz.minglou")).isEqualTo(12.0);
		assertThat(border(drawn, "yz.minglou.changqingteng")).isGreaterThan(2.0).isLessThan(12.0);
		screenshot("explorer-betweenness.png");
	}

	/** The axis report of 明楼 on 2026-07-01, from the button in the street's panel (figures: AxisReportTests). */
	@Test
	void axisReportPanelShowsMingLouAsTheAxis() throws IOException {
		openMingLouOn("2026-07-01");
		driver.findElement(By.cssSelector("#details button[data-act='axis']")).click();
		idle();
		String axis = driver.findElement(By.id("axis")).getText();
		assertThat(axis).contains("一轴多驱 Axis report · 明楼街道党工委 · 2026-07-01")
			.contains("轴心排名 Axis rank 1\n")
			.contains("轴心份额 Axis share 10.6%")
			.contains("去轴后分裂 Components without axis 11\n")
			.contains("驱动覆盖 Driver coverage 100.0%")
			.contains("单点 Single points of failure (65)");
		assertThat(driver.findElements(By.cssSelector("#axis h3 + ul")).get(0).findElements(By.tagName("li")))
			.extracting(WebElement::getText)
			.containsExactly("行业系统 INDUSTRY_SYSTEM: 2", "律师事务所 LAW_FIRM: 4", "新兴领域 NEW_FIELD_ORG: 1",
					"驻区单位 STATIONED_UNIT: 5");
		screenshot("explorer-axis.png");
	}

	/**
	 * From 常青藤社区党委 to 鄞州区第二医院, both picked on the canvas: two steps through the street
	 * committee, the one shortest path; its vertices and its drawn edge are marked.
	 */
	@Test
	void pathFinderMarksTheShortestPathBetweenTwoPickedVertices() throws IOException {
		openMingLouOn("2026-07-01");
		pick("yz.minglou.changqingteng", "常青藤社区党委", "from");
		pick("su.hosp.second", "鄞州区第二医院", "to");
		assertThat(driver.findElement(By.id("path-from")).getText()).isEqualTo("常青藤社区党委");
		assertThat(driver.findElement(By.id("path-to")).getText()).isEqualTo("鄞州区第二医院");
		driver.findElement(By.id("find-paths")).click();
		idle();
		assertThat(driver.findElements(By.cssSelector("#path-result li")).stream().map(WebElement::getText).toList())
			.containsExactly("2 步 steps: 常青藤社区党委 — 明楼街道党工委 — 鄞州区第二医院");
		String hospitalToStreet = (String) js("var cy = explorer.cy;"
				+ "return cy.getElementById('su.hosp.second').edgesWith(cy.getElementById('yz.minglou')).id();");
		assertThat(marked()).containsExactlyInAnyOrder("yz.minglou.changqingteng", "yz.minglou", "su.hosp.second",
				hospitalToStreet);
		// The step from the community to its street is drawn as the community inside the street's box.
		assertThat(parentOf("yz.minglou.changqingteng")).isEqualTo("yz.minglou");
		screenshot("explorer-path.png");
	}

	/** Folding 常青藤社区党委's box hides its 11 units and their edges; unfolding brings them back. */
	@Test
	void foldingABoxHidesItsContentsAndUnfoldingRestoresThem() {
		openMingLouOn("2026-07-01");
		expandChangQingTeng();
		assertThat(counts()).containsEntry("nodes", 52L).containsEntry("edges", 57L).containsEntry("compounds", 2L);
		assertThat(js("return explorer.cy.getElementById('yz.minglou.changqingteng').children().length")).isEqualTo(11L);

		pick("yz.minglou.changqingteng", "常青藤社区党委", "collapse");
		assertThat(counts()).containsEntry("nodes", 41L)
			.containsEntry("edges", FOLDED_EDGES)
			.containsEntry("compounds", 1L);
		assertThat(js("return explorer.cy.getElementById('yz.minglou.changqingteng').data('label')"))
			.isEqualTo("常青藤社区党委 (+11)");
		assertThat(js("return explorer.cy.getElementById('yz.minglou.changqingteng.g01').length")).isEqualTo(0L);
		WebElement unfold = driver.findElement(By.cssSelector("#details button[data-act='collapse']"));
		assertThat(unfold.getText()).isEqualTo("展开容器 Unfold");

		unfold.click();
		idle();
		assertThat(counts()).containsEntry("nodes", 52L).containsEntry("edges", 57L).containsEntry("compounds", 2L);
		assertThat(parentOf("yz.minglou.changqingteng.g01")).isEqualTo("yz.minglou.changqingteng");
		assertThat(js("return explorer.cy.getElementById('yz.minglou.changqingteng').data('label')"))
			.isEqualTo("常青藤社区党委");
	}

	/**
	 * The PNG and SVG buttons: each hands the browser a file to download (caught here in place of
	 * the download); the PNG is the canvas at twice its size, the SVG has a circle and a label per
	 * vertex and a rectangle per box. Both are kept as target/explorer-export.png and .svg.
	 */
	@Test
	void pngAndSvgButtonsDownloadTheDrawing() throws Exception {
		openMingLouOn("2026-07-01");
		js("window.downloads = []; var create = URL.createObjectURL;"
				+ "URL.createObjectURL = function (blob) { window.lastBlob = blob; return create.call(URL, blob); };"
				+ "HTMLAnchorElement.prototype.click = function () { downloads.push({name: this.download, blob: lastBlob}); };");
		driver.findElement(By.id("png")).click();
		driver.findElement(By.id("svg")).click();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> files = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				Promise.all(downloads.map(function (d) {
				  return d.blob.arrayBuffer().then(function (buf) {
				    var bytes = new Uint8Array(buf), bin = '';
				    for (var i = 0; i < bytes.length; i++) { bin += String.fromCharCode(bytes[i]); }
				    return {name: d.name, type: d.blob.type, base64: btoa(bin)};
				  });
				})).then(done);
				""");
		assertThat(files).extracting(f -> f.get("name"), f -> f.get("type"))
			.containsExactly(tuple("govgraph-2026-07-01.png", "image/png"),
					tuple("govgraph-2026-07-01.svg", "image/svg+xml"));

		byte[] png = Base64.getDecoder().decode((String) files.get(0).get("base64"));
		assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
		long canvasWidth = ((Number) js("return explorer.cy.width()")).longValue();
		assertThat(ByteBuffer.wrap(png, 16, 4).getInt()).isEqualTo((int) (2 * canvasWidth));
		Files.write(Path.of("target", "explorer-export.png"), png);

		byte[] svg = Base64.getDecoder().decode((String) files.get(1).get("base64"));
		Files.write(Path.of("target", "explorer-export.svg"), svg);
		Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
		assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(22);
		// The white background and the street's box.
		assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
		assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(16);
		assertThat(new String(svg, StandardCharsets.UTF_8)).contains(">明楼街道党工委</text>", ">鄞州区第二医院</text>");
	}

	/** Loads the page, types the date into the date picker, searches "明楼" and opens the street. */
	private void openMingLouOn(String date) {
		open("/");
		idle();
		typeDate(date);
		idle();
		driver.findElement(By.id("search")).sendKeys("明楼");
		wait(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#results li[data-open]"))
			.stream()
			.filter(li -> li.getText().startsWith("明楼街道党工委"))
			.findFirst()
			.orElse(null))
			.click();
		idle();
		assertThat(driver.findElement(By.id("status")).getText()).contains(date);
	}

	private void expandChangQingTeng() {
		pick("yz.minglou.changqingteng", "常青藤社区党委", "expand");
	}

	/** Clicks a vertex on the canvas, waits for its panel, and presses one of its buttons. */
	private void pick(String id, String name, String action) {
		clickNode(id);
		wait(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("details")).getText().startsWith(name));
		idle();
		driver.findElement(By.cssSelector("#details button[data-act='" + action + "']")).click();
		idle();
	}

	/**
	 * Types the date into the date picker as a person would, in the order the browser's locale shows
	 * its fields (month/day/year in en-US, year/month/day in zh-CN).
	 */
	private void typeDate(String date) {
		String order = (String) js("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 6, 1))"
				+ ".filter(function (p) { return p.type !== 'literal'; }).map(function (p) { return p.type; }).join(',');");
		Map<String, String> parts = Map.of("year", date.substring(0, 4), "month", date.substring(5, 7), "day",
				date.substring(8, 10));
		StringBuilder keys = new StringBuilder();
		for (String part : order.split(",")) {
			keys.append(parts.get(part));
		}
		driver.findElement(By.id("asof")).sendKeys(keys);
		wait(Duration.ofSeconds(10)).until(d -> date.equals(js("return explorer.state.asOf")));
		idle();
	}

	@SuppressWarnings("unchecked")
	private static List<String> marked() {
		return (List<String>) js("return explorer.cy.elements('.path').map(function (e) { return e.id(); });");
	}

	private static double width(Map<String, Map<String, Object>> drawn, String id) {
		return ((Number) drawn.get(id).get("width")).doubleValue();
	}

	private static double border(Map<String, Map<String, Object>> drawn, String id) {
		return ((Number) drawn.get(id).get("border")).doubleValue();
	}

	private void idle() {
		wait(Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js(
				"return !!window.explorer && explorer.state.inflight === 0 && explorer.state.drawing === 0")));
	}

	private static WebDriverWait wait(Duration timeout) {
		return new WebDriverWait(driver, timeout);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> counts() {
		return (Map<String, Object>) js("var c = explorer.counts(); c.nested = explorer.cy.nodes()"
				+ ".filter(function (n) { return n.parent().nonempty(); }).length; return c;");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> types(Map<String, Object> counts, String key) {
		return (Map<String, Object>) counts.get(key);
	}

	private static String parentOf(String id) {
		return (String) js("var p = explorer.cy.getElementById(arguments[0]).parent(); return p.nonempty() ? p.id() : null;", id);
	}

	/** A real click on the node where Cytoscape drew it; on a box, just inside its top border, clear of its contents. */
	private static void clickNode(String id) {
		@SuppressWarnings("unchecked")
		Map<String, Object> at = (Map<String, Object>) js("var n = explorer.cy.getElementById(arguments[0]);"
				+ "explorer.cy.center(n); var p = n.renderedPosition(); var b = explorer.cy.container().getBoundingClientRect();"
				// A box is clicked on its own padding, at a point no child, label or edge covers: a
				// point its top edge shares with an edge drawn across it would select the edge.
				+ "if (n.isParent()) { var bb = n.renderedBoundingBox({includeLabels: false});"
				+ "  var others = explorer.cy.elements().difference(n).difference(n.ancestors()).filter(function (e) { return e.visible(); });"
				+ "  var free = function (q) { return others.every(function (e) { var o = e.renderedBoundingBox();"
				+ "    return q.x < o.x1 || q.x > o.x2 || q.y < o.y1 || q.y > o.y2; }); };"
				+ "  var tries = [{x: p.x, y: bb.y1 + 6}, {x: bb.x1 + 6, y: bb.y1 + 6}, {x: bb.x2 - 6, y: bb.y1 + 6},"
				+ "    {x: bb.x1 + 6, y: p.y}, {x: bb.x2 - 6, y: p.y}, {x: p.x, y: bb.y2 - 6}, {x: bb.x1 + 6, y: bb.y2 - 6}];"
				+ "  p = tries.find(free) || tries[0]; }"
				+ "return {x: p.x - b.width / 2, y: p.y - b.height / 2};", id);
		WebElement canvas = driver.findElement(By.id("cy"));
		new Actions(driver).moveToElement(canvas, ((Number) at.get("x")).intValue(), ((Number) at.get("y")).intValue())
			.click()
			.perform();
	}

	static Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	static void screenshot(String name) throws IOException {
		Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
	}

}
