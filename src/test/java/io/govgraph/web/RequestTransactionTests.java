package io.govgraph.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.transaction.PlatformTransactionManager;

import io.govgraph.IntegrationTest;
import io.govgraph.StatementCounter;
import io.govgraph.store.TransactionProperties;
import io.govgraph.store.TransientFailures;
import io.govgraph.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A GraphQL query over HTTP reads all its levels in one transaction ({@link RequestTransaction});
 * the same query run without the web layer (no interceptors) opens one per level, and both
 * answer the same.
 */
@IntegrationTest
class RequestTransactionTests {

	private static final String UNITS_WITH_DETAIL = """
			query unitsWithDetail($where: UnitWhere, $first: Int) {
			  units(where: $where, first: $first) {
			    totalCount
			    edges { node { id parent { id } children { id posts { role person { name posts { unit { id } } } } }
			      links { type other { name } } } }
			  }
			}""";

	private static final Map<String, Object> VARIABLES = Map.of("first", 20, "where",
			Map.of("within", "yz", "type", Map.of("in", List.of("COMPOUND", "COMMUNITY_COMMITTEE"))));

	/** Tomcat's request threads. */
	private static final String SERVER_THREADS = "http-nio-";

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter counter;

	@Autowired
	GraphQlTester graphQl;

	@Test
	void aQueryOverHttpReadsAllItsLevelsInOneTransaction() throws Exception {
		String testThread = Thread.currentThread().getName();
		GovGraphHttp admin = GovGraphHttp.as(this.port, TestAccounts.ADMIN);
		long statements = this.counter.count();
		long transactions = this.counter.transactions(SERVER_THREADS);
		var response = admin.graphQl(UNITS_WITH_DETAIL, VARIABLES);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(GovGraphHttp.json(response.body())).doesNotContainKey("errors");
		// the page with its total count, parents, children, their posts, the people, their posts
		// (and those units), links (and the other ends): seven statements for ten levels
		// (directory/KnownUnits, query/PageQuery)
		assertThat(this.counter.count() - statements).isEqualTo(7);
		assertThat(this.counter.transactions(SERVER_THREADS) - transactions).isEqualTo(1);

		// Without the web layer each level opens its own, and the answer is the same.
		statements = this.counter.count();
		transactions = this.counter.transactions(testThread);
		Object direct = this.graphQl.document(UNITS_WITH_DETAIL)
			.variables(VARIABLES)
			.execute()
			.path("units")
			.entity(Object.class)
			.get();
		assertThat(this.counter.transactions(testThread) - transactions).isEqualTo(this.counter.count() - statements).isEqualTo(7);
		@SuppressWarnings("unchecked")
		Map<String, Object> data = (Map<String, Object>) GovGraphHttp.json(response.body()).get("data");
		assertThat(data.get("units")).isEqualTo(direct);
	}

	@Test
	void mutationsSubscriptionsIntrospectionAndTextsThatDoNotParseAreLeftAlone() {
		RequestTransaction tx = new RequestTransaction(mock(PlatformTransactionManager.class), Duration.ofSeconds(30),
				new TransactionProperties(3, 1), 50);
		assertThat(tx.readsInOneTransaction(request("{ units(first: 1) { totalCount } }", null))).isTrue();
		assertThat(tx.readsInOneTransaction(request("query a { units(first: 1) { totalCount } }", null))).isTrue();
		assertThat(tx.readsInOneTransaction(request("mutation m { revokeApiToken(id: \"x\") { id } }", null))).isFalse();
		assertThat(tx.readsInOneTransaction(request("subscription s { changeEvents { edges { cursor } } }", null))).isFalse();
		String two = "query a { units(first: 1) { totalCount } } mutation b { revokeApiToken(id: \"x\") { id } }";
		assertThat(tx.readsInOneTransaction(request(two, "a"))).isTrue();
		assertThat(tx.readsInOneTransaction(request(two, "b"))).isFalse();
		assertThat(tx.readsInOneTransaction(request(two, null))).isFalse();
		assertThat(tx.readsInOneTransaction(request(two, "c"))).isFalse();
		assertThat(tx.readsInOneTransaction(request("{ units(first: ", null))).isFalse();
		// introspection alone reads nothing from the store; with a field that does, or behind a fragment, it reads
		assertThat(tx.readsInOneTransaction(request("{ __typename }", null))).isFalse();
		assertThat(tx.readsInOneTransaction(request("query i { __schema { types { name } } __type(name: \"Unit\") { name } }", null))).isFalse();
		assertThat(tx.readsInOneTransaction(request("{ __typename units(first: 1) { totalCount } }", null))).isTrue();
		assertThat(tx.readsInOneTransaction(request("{ ...f } fragment f on Query { __typename }", null))).isTrue();
	}

	@Test
	void aQueryThatFailedTransientlyRunsAgainInANewTransactionAndOnlyTheDeliveredRunIsLogged() {
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
		RequestTransaction tx = new RequestTransaction(transactions, Duration.ofSeconds(30), new TransactionProperties(3, 1),
				50);
		WebGraphQlRequest request = request("{ units(first: 1) { totalCount } }", null);
		AtomicInteger runs = new AtomicInteger();
		// each run leaves an access-log entry as FieldAccess does: only the delivered run's is written
		List<Integer> logged = new ArrayList<>();
		WebGraphQlResponse answer = tx.intercept(request, r -> {
			int run = runs.incrementAndGet();
			TransientFailures.whenKept(() -> logged.add(run));
			// a level failed transiently in the first two runs (TransientRetry records it, not retrying inside)
			if (run <= 2) {
				TransientFailures.seen();
			}
			return Mono.just(response(r, run));
		}).block();
		assertThat(runs).hasValue(3);
		assertThat((Object) answer.getData()).isEqualTo(Map.of("run", 3));
		assertThat(logged).containsExactly(3);
		verify(transactions, times(3)).getTransaction(any());
		verify(transactions, times(3)).rollback(any());

		// at most govgraph.transactions.max-retries times; the last run's answer is delivered, and logged
		runs.set(0);
		logged.clear();
		answer = tx.intercept(request, r -> {
			int run = runs.incrementAndGet();
			TransientFailures.whenKept(() -> logged.add(run));
			TransientFailures.seen();
			return Mono.just(response(r, run));
		}).block();
		assertThat(runs).hasValue(4);
		assertThat((Object) answer.getData()).isEqualTo(Map.of("run", 4));
		assertThat(logged).containsExactly(4);
	}

	@Test
	void aRequestRunOnceLogsAtOnce() {
		RequestTransaction tx = new RequestTransaction(mock(PlatformTransactionManager.class), Duration.ofSeconds(30),
				new TransactionProperties(3, 1), 50);
		List<Integer> logged = new ArrayList<>();
		// a mutation is not run again, and nothing is watched: its entry is written when it is left
		tx.intercept(request("mutation m { revokeApiToken(id: \"x\") { id } }", null), r -> {
			TransientFailures.whenKept(() -> logged.add(1));
			assertThat(logged).containsExactly(1);
			return Mono.just(response(r, 1));
		}).block();
		assertThat(logged).containsExactly(1);
	}

	@Test
	void atMostHalfThePoolHoldsATransactionTheOthersReadLevelByLevel() throws Exception {
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
		RequestTransaction tx = new RequestTransaction(transactions, Duration.ofSeconds(30), new TransactionProperties(3, 1),
				1);
		WebGraphQlRequest request = request("{ units(first: 1) { totalCount } }", null);
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch leave = new CountDownLatch(1);
		Thread holder = new Thread(() -> tx.intercept(request, r -> {
			inside.countDown();
			try {
				leave.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Mono.just(response(r, 1));
		}).block());
		holder.start();
		assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
		// the one place is taken: this query runs at once, without a transaction of its own
		WebGraphQlResponse second = tx.intercept(request, r -> Mono.just(response(r, 2))).block();
		assertThat((Object) second.getData()).isEqualTo(Map.of("run", 2));
		verify(transactions, times(1)).getTransaction(any());
		leave.countDown();
		holder.join(10_000);
		// and once it is free again, the next one holds it
		tx.intercept(request, r -> Mono.just(response(r, 3))).block();
		verify(transactions, times(2)).getTransaction(any());
		verify(transactions, times(2)).rollback(any());
	}

	@Test
	void aQueryThatCannotHaveATransactionReadsLevelByLevel() {
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		when(transactions.getTransaction(any()))
			.thenThrow(new org.springframework.transaction.CannotCreateTransactionException("no connection"));
		RequestTransaction tx = new RequestTransaction(transactions, Duration.ofSeconds(30), new TransactionProperties(3, 1),
				50);
		WebGraphQlResponse answer = tx
			.intercept(request("{ units(first: 1) { totalCount } }", null), r -> Mono.just(response(r, 1)))
			.block();
		assertThat((Object) answer.getData()).isEqualTo(Map.of("run", 1));
		verify(transactions, times(0)).rollback(any());
	}

	private static WebGraphQlResponse response(WebGraphQlRequest request, int run) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				ExecutionResult.newExecutionResult().data(Map.of("run", run)).build()));
	}

	private static WebGraphQlRequest request(String document, String operationName) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("query", document);
		body.put("operationName", operationName);
		return new WebGraphQlRequest(java.net.URI.create("http://localhost/graphql"), new org.springframework.http.HttpHeaders(),
				null, null, Map.of(), body, "1", null);
	}

}
