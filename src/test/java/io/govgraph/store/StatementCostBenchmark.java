package io.govgraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.govgraph.IntegrationTest;
import io.govgraph.bench.Rounds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one trivial statement ({@code RETURN 1}) costs by each way GovGraph can run it, so that the
 * cost of a request's read transaction can be told from the cost of its statements: auto-commit on
 * the driver, a driver read transaction (begin, run, roll back), a Spring read transaction with
 * {@code Neo4jClient} (the way a GraphQL query reads, {@code web/RequestTransaction}) with one
 * statement and with two, and {@code Neo4jClient} outside a Spring transaction. One thread and
 * eight; each way for {@code bench.costSeconds} (3) a round, three rounds after a warm-up round;
 * the median operations a second and CPU milliseconds of the whole process (the Bolt server's
 * threads included) an operation. Writes target/bench/statement-cost.txt; only with {@code -Pbench}.
 */
@Tag("bench")
@IntegrationTest
class StatementCostBenchmark {

	private static final String STATEMENT = "RETURN 1 AS one";

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient client;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aTrivialStatementByEachWay() throws Exception {
		long windowMillis = Long.getLong("bench.costSeconds", 3) * 1000;
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		Map<String, Runnable> ways = new LinkedHashMap<>();
		ways.put("driver, auto-commit", () -> {
			try (Session session = this.driver.session(read)) {
				assertThat(session.run(STATEMENT).single().get(0).asInt()).isEqualTo(1);
			}
		});
		ways.put("driver, read transaction", () -> {
			try (Session session = this.driver.session(read); Transaction tx = session.beginTransaction()) {
				assertThat(tx.run(STATEMENT).single().get(0).asInt()).isEqualTo(1);
				tx.rollback();
			}
		});
		ways.put("Spring read transaction, Neo4jClient", () -> readOnly.executeWithoutResult(status -> one()));
		ways.put("Spring read transaction, Neo4jClient twice", () -> readOnly.executeWithoutResult(status -> {
			one();
			one();
		}));
		ways.put("Neo4jClient, no Spring transaction", this::one);

		List<String> lines = new ArrayList<>();
		lines.add("load average at the start: " + Files.readString(Path.of("/proc/loadavg")).trim());
		lines.add("");
		lines.add("| way | threads | operations/s | CPU ms an operation |");
		lines.add("|---|---|---|---|");
		for (int threads : new int[] { 1, 8 }) {
			for (Map.Entry<String, Runnable> way : ways.entrySet()) {
				measure(way.getValue(), threads, windowMillis); // warm-up
				double[][] rounds = new double[3][];
				for (int round = 0; round < rounds.length; round++) {
					rounds[round] = measure(way.getValue(), threads, windowMillis);
				}
				lines.add(String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f |", way.getKey(), threads, Rounds.median(rounds, 0),
						Rounds.median(rounds, 1)));
				System.out.println(lines.get(lines.size() - 1));
			}
		}
		lines.add("");
		lines.add("load average at the end: " + Files.readString(Path.of("/proc/loadavg")).trim());
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/statement-cost.txt"), lines, StandardCharsets.UTF_8);
	}

	private void one() {
		assertThat(this.client.query(STATEMENT).fetchAs(Long.class).one()).contains(1L);
	}

	/** Operations a second and process CPU milliseconds an operation, {@code threads} running it for the window. */
	private static double[] measure(Runnable way, int threads, long windowMillis) throws InterruptedException {
		AtomicBoolean stop = new AtomicBoolean();
		AtomicLong operations = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		CountDownLatch done = new CountDownLatch(threads);
		long cpu = Rounds.processCpuNanos();
		long started = System.nanoTime();
		for (int i = 0; i < threads; i++) {
			Thread thread = new Thread(() -> {
				try {
					while (!stop.get()) {
						way.run();
						operations.incrementAndGet();
					}
				}
				catch (RuntimeException | AssertionError ex) {
					failures.incrementAndGet();
					throw ex;
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		Thread.sleep(windowMillis);
		stop.set(true);
		done.await();
		assertThat(failures.get()).as("operations that failed").isZero();
		long n = operations.get();
		return new double[] { n / ((System.nanoTime() - started) / 1e9), (Rounds.processCpuNanos() - cpu) / 1e6 / n };
	}

}
