package io.govgraph.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * GraphiQL at {@code /graphiql} works with no internet: every script and style it loads comes from
 * this server, under a Content-Security-Policy that allows nothing else; in headless Chromium it runs
 * a query against the sample district.
 */
@IntegrationTest
class GraphiQlPageTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(TestAccounts.request(this.port, path, TestAccounts.PLANNER).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void thePageLoadsOnlyWhatThisServerServesUnderAContentSecurityPolicy() throws Exception {
		HttpResponse<String> page = get("/graphiql?path=/graphql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("esm.sh").doesNotContain("://");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'")
			.contains("script-src 'self';")
			.doesNotContain("unsafe-eval"));
		Matcher assets = ASSET.matcher(page.body());
		int count = 0;
		while (assets.find()) {
			count++;
			HttpResponse<String> asset = get(assets.group(1));
			assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
			assertThat(asset.body()).as(assets.group(1)).isNotEmpty();
		}
		assertThat(count).as("scripts, styles and the icon on the page").isEqualTo(7);
	}

	@Test
	void runsAQueryInTheBrowser() throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: needs Debian's chromium and chromium-driver (/usr/bin/chromium, "
						+ "/usr/bin/chromedriver): apt-get install chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1400,900",
				"--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-profile").toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build(), options);
		String base = "http://127.0.0.1:" + this.port;
		driver.get(base + "/login");
		driver.findElement(By.id("username")).sendKeys(TestAccounts.PLANNER);
		driver.findElement(By.id("password")).sendKeys(TestAccounts.PLANNER + "-pw");
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
		String query = "{ unit(id: \"yz.minglou\") { name type } }";
		driver.get(base + "/graphiql?path=/graphql&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
		wait.until(d -> !d.findElements(By.cssSelector(".graphiql-execute-button")).isEmpty());
		driver.findElement(By.cssSelector(".graphiql-execute-button")).click();
		wait.until(d -> d.findElement(By.cssSelector(".graphiql-response")).getText().contains("明楼街道党工委"));
		assertThat(driver.findElement(By.cssSelector(".graphiql-response")).getText()).contains("STREET_COMMITTEE");
		List<LogEntry> problems = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
		assertThat(problems).as("browser console errors (a CSP violation is one)").isEmpty();
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

}
