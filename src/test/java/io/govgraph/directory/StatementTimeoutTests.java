package io.govgraph.directory;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionTemplate;

import io.govgraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** A statement that outlives its transaction's timeout is stopped by Neo4j, not left running. */
@IntegrationTest
class StatementTimeoutTests {

	/** Counts to two billion: minutes of work for the DBMS unless something stops it. */
	static final String LONG_STATEMENT = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x) AS n";

	@Autowired
	TransactionAttributeSource transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Neo4jClient client;

	@Test
	void theRepositoriesGraphQlReadsThroughCarryTheRequestTimeout() throws Exception {
		TransactionDefinition attribute = this.transactions.getTransactionAttribute(
				Aggregates.class.getDeclaredMethod("subtreeCounts", java.util.Collection.class, LocalDate.class),
				Aggregates.class);
		assertThat(attribute).isNotNull();
		assertThat(attribute.isReadOnly()).isTrue();
		// govgraph.graphql.timeout defaults to 30s
		assertThat(attribute.getTimeout()).isEqualTo(30);
	}

	@Test
	void neo4jStopsAStatementWhenItsTransactionTimesOut() {
		TransactionTemplate oneSecond = new TransactionTemplate(this.transactionManager);
		oneSecond.setReadOnly(true);
		oneSecond.setTimeout(1);
		assertThatException()
			.isThrownBy(() -> oneSecond.executeWithoutResult(status -> this.client.query(LONG_STATEMENT).fetch().one()))
			.satisfies(ex -> assertThat(causes(ex)).containsPattern("(?i)timed ?out|timeout"));
		long stillRunning = this.client.query("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker "
				+ "RETURN count(*) AS n")
			.bindAll(Map.of("marker", "x % 1000003 = -1"))
			.fetchAs(Long.class)
			.one()
			.orElseThrow();
		assertThat(stillRunning).as("statements of the timed-out transaction still running").isZero();
	}

	private static String causes(Throwable ex) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
		}
		return all.toString();
	}

}
