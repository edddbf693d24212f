package io.govgraph.export;

import java.io.StringWriter;
import java.io.Writer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

import io.govgraph.IntegrationTest;
import io.govgraph.TestAccounts;
import io.govgraph.ingest.DataSetImporter;
import io.govgraph.linkage.NeighbourhoodWalk;
import io.govgraph.linkage.ScopeService;
import io.govgraph.security.AccessLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bounds of an export over HTTP (govgraph.export.*): the whole graph only for auditors and
 * admins, at most so many vertices, so many exports at once, and a transaction timeout; each
 * refused before anything is written, with a message naming the setting. Bounds other than the
 * defaults are tried on an {@link ExportService} made here with them.
 */
@IntegrationTest
class ExportLimitsTests {

	static final LocalDate DAY = LocalDate.parse("2019-06-01");

	@LocalServerPort
	int port;

	@Autowired
	DataSetImporter store;

	@Autowired
	ExportRepository repository;

	@Autowired
	ScopeService scopes;

	@Autowired
	NeighbourhoodWalk walk;

	@Autowired
	AccessLog accessLog;

	@BeforeEach
	void importTestData() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/explorer"), false);
	}

	private ExportService exports(int maxVertices, int maxConcurrent, Duration timeout) {
		return new ExportService(this.repository, this.scopes, this.walk, this.accessLog,
				new ExportProperties(false, maxVertices, maxConcurrent, timeout));
	}

	@Test
	void aPlannerMayNotExportTheWholeGraphButAScope() throws Exception {
		HttpResponse<String> whole = ExportFiles.get(this.port, "/export/graphml", TestAccounts.PLANNER);
		assertThat(whole.statusCode()).isEqualTo(403);
		assertThat(whole.body()).contains("govgraph.export.whole-graph-for-everyone").contains("?scope=ID");
		assertThat(ExportFiles.get(this.port, "/export/graphml?scope=ex", TestAccounts.PLANNER).statusCode())
			.isEqualTo(200);
		assertThat(ExportFiles.get(this.port, "/export/graphml", TestAccounts.AUDITOR).statusCode()).isEqualTo(200);
		assertThat(ExportFiles.get(this.port, "/export/graphml", TestAccounts.ADMIN).statusCode()).isEqualTo(200);
	}

	@Test
	@WithMockUser(username = "big", roles = "AUDITOR")
	void anExportOfMoreVerticesThanAllowedIsRefusedBeforeAnythingIsWritten() {
		AtomicBoolean opened = new AtomicBoolean();
		// scope ex on 2019-06-01: 7 units and 3 people
		assertThatThrownBy(() -> exports(9, 2, Duration.ofSeconds(30)).stream("ex", null, 1, DAY, true,
				ExportFormat.GRAPHML, "test", () -> {
					opened.set(true);
					return new StringWriter();
				}))
			.isInstanceOfSatisfying(ExportRefused.class, ex -> assertThat(ex.status()).isEqualTo(422))
			.hasMessageContaining("would hold 10 vertices")
			.hasMessageContaining("govgraph.export.max-vertices");
		assertThat(opened).isFalse();
		StringWriter out = new StringWriter();
		exports(10, 2, Duration.ofSeconds(30)).stream("ex", null, 1, DAY, true, ExportFormat.GRAPHML, "test", () -> out);
		assertThat(out.toString()).contains("<node id=\"ex.p3\">");
	}

	@Test
	@WithMockUser(username = "busy", roles = "AUDITOR")
	void anExportBeyondTheConcurrentOnesIsAnsweredBusyWithRetryAfter() throws Exception {
		ExportService exports = exports(1000, 1, Duration.ofSeconds(30));
		CountDownLatch writing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> first = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(
				() -> exports.stream("ex", null, 1, DAY, true, ExportFormat.GEXF, "test", () -> {
					writing.countDown();
					await(release);
					return new StringWriter();
				}), SecurityContextHolder.getContext()));
		assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(() -> exports.stream("ex", null, 1, DAY, true, ExportFormat.GEXF, "test", StringWriter::new))
			.isInstanceOfSatisfying(ExportRefused.class, ex -> {
				assertThat(ex.status()).isEqualTo(503);
				assertThat(ex.retryAfterSeconds()).isEqualTo(ExportService.RETRY_AFTER_SECONDS);
			})
			.hasMessageContaining("govgraph.export.max-concurrent");
		release.countDown();
		first.get(30, TimeUnit.SECONDS);
		// the slot is free again
		StringWriter out = new StringWriter();
		exports.stream("ex", null, 1, DAY, true, ExportFormat.GEXF, "test", () -> out);
		assertThat(out.toString()).contains("</gexf>");
	}

	@Test
	@WithMockUser(username = "slow", roles = "AUDITOR")
	void neo4jEndsAnExportThatOutlivesItsTimeout() {
		ExportService exports = exports(1000, 2, Duration.ofSeconds(1));
		// Neo4j looks for timed-out transactions every 2 s (db.transaction.monitor.check.interval)
		assertThatThrownBy(() -> exports.stream("ex", null, 1, DAY, true, ExportFormat.GRAPHML, "test", () -> {
			await(5_000);
			return new StringWriter();
		})).isInstanceOf(Neo4jException.class).hasMessageContaining("timeout");
	}

	@Test
	void theLimitsAreAnsweredOverHttpAsPlainText() throws Exception {
		HttpResponse<String> refused = ExportFiles.get(this.port, "/export/cytoscape", TestAccounts.EDITOR);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
		assertThat(refused.body()).startsWith("Not allowed: an export of the whole graph");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
