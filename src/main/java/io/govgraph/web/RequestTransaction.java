package io.govgraph.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import io.govgraph.store.TransactionProperties;
import io.govgraph.store.TransientFailures;

/**
 * One read transaction for a whole GraphQL query over HTTP. The repositories GraphQL reads through
 * are {@code @Transactional(readOnly = true)} and fetch one level of the query each (a person, then
 * their posts, then the posts' units, then those units' parents); alone, each level would open,
 * and commit, a transaction of its own, three round trips to Neo4j and a transaction's set-up and
 * tear-down in it where the level's statement needs one. Here they all join the request's, which
 * also reads every level from the same state of the store. Writes are not touched: mutations
 * (and subscriptions, and anything over WebSocket) run as before, and what a query writes on the
 * side (an analysis run recorded, an access logged) runs in its own transaction. The transaction
 * is rolled back at the end (a read has nothing to commit) and times out with the request
 * ({@code govgraph.graphql.timeout}), so Neo4j stops what outlives the answer. A level that fails
 * for a transient reason (a cluster member restarting) runs the whole query again in a new
 * transaction, as an outermost {@code @Transactional} method would be ({@code govgraph.transactions}).
 * <p>
 * A request's transaction holds a connection of the driver's pool for the whole request, and
 * what the request reads on the side through a session of its own needs a second one: so at most
 * half the pool is held this way, and a query arriving when that many are running reads level by
 * level, as without this interceptor, rather than wait.
 * <p>
 * It runs as the innermost interceptor, on the thread that executes the query (Spring MVC's, for
 * which graphql-java resolves every level, the batched ones included, before it returns); a level
 * resolved on another thread opens its own transaction, as before.
 */
class RequestTransaction implements WebGraphQlInterceptor, Ordered {

	private static final Log log = LogFactory.getLog(RequestTransaction.class);

	/** How many distinct query texts' operation types are kept (the application's are a few dozen). */
	static final int MAX_KEPT = 1_000;

	private final PlatformTransactionManager transactions;

	private final DefaultTransactionDefinition definition = new DefaultTransactionDefinition();

	private final Map<Key, Boolean> queries = new ConcurrentHashMap<>();

	private final TransactionProperties retries;

	/** Requests holding a transaction (and so a connection) for their whole run. */
	private final Semaphore holders;

	/**
	 * @param maxHolders at most how many requests at once hold a transaction for their whole run:
	 * half the driver's connection pool, so that what they read on the side through a session of
	 * its own (an analysis's projection, the access log, the change events) always finds a
	 * connection, and no request waits for one held by another that waits in turn
	 */
	RequestTransaction(PlatformTransactionManager transactions, Duration timeout, TransactionProperties retries,
			int maxHolders) {
		this.transactions = transactions;
		this.retries = retries;
		this.holders = new Semaphore(Math.max(1, maxHolders));
		this.definition.setName("graphql-query");
		this.definition.setReadOnly(true);
		this.definition.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.definition.setTimeout((int) Math.max(1, timeout.toSeconds()));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request instanceof WebSocketGraphQlRequest || !readsInOneTransaction(request)) {
			return chain.next(request);
		}
		return Mono.defer(() -> {
			if (!this.holders.tryAcquire()) {
				// As many requests hold a connection for their whole run as may: this one reads level by level.
				return chain.next(request);
			}
			try {
				return Mono.justOrEmpty(withRetries(request, chain));
			}
			finally {
				this.holders.release();
			}
		});
	}

	private WebGraphQlResponse withRetries(WebGraphQlRequest request, Chain chain) {
		for (int attempt = 0;; attempt++) {
			WebGraphQlResponse[] response = new WebGraphQlResponse[1];
			TransientFailures.Attempt run = TransientFailures.watch(() -> response[0] = inTransaction(request, chain));
			if (!run.failedTransiently() || attempt >= this.retries.maxRetries()) {
				// the answer delivered: what its run left to do (the access log's entry) is done
				run.keep();
				return response[0];
			}
			long delay = TransientFailures.delay(this.retries.firstRetryDelayMs(), attempt);
			log.info("A query's read transaction failed transiently; retry " + (attempt + 1) + " of "
					+ this.retries.maxRetries() + " in " + delay + " ms");
			try {
				Thread.sleep(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				run.keep();
				return response[0];
			}
		}
	}

	private WebGraphQlResponse inTransaction(WebGraphQlRequest request, Chain chain) {
		TransactionStatus status;
		try {
			status = this.transactions.getTransaction(this.definition);
		}
		catch (RuntimeException ex) {
			// No transaction to be had (Neo4j unreachable, no connection free in time): each level
			// then opens its own, retried or answered with an error naming its field, as before.
			log.debug("No read transaction for the query; its levels read on their own", ex);
			return chain.next(request).block();
		}
		try {
			return chain.next(request).block();
		}
		finally {
			end(status);
		}
	}

	private void end(TransactionStatus status) {
		try {
			this.transactions.rollback(status);
		}
		catch (RuntimeException ex) {
			// Neo4j already ended it (the timeout, a failed statement): the answer stands as it is.
			log.debug("The request's read transaction had already ended", ex);
		}
	}

	/**
	 * Whether the operation the request runs is a query that reads the store (a text that does not
	 * parse is left to the usual path).
	 */
	boolean readsInOneTransaction(WebGraphQlRequest request) {
		Key key = new Key(request.getDocument(), request.getOperationName());
		Boolean query = this.queries.get(key);
		if (query == null) {
			query = operationReadsTheStore(key);
			if (this.queries.size() < MAX_KEPT) {
				this.queries.put(key, query);
			}
		}
		return query;
	}

	private static boolean operationReadsTheStore(Key key) {
		Document document;
		try {
			document = Parser.parse(key.document());
		}
		catch (RuntimeException ex) { // InvalidSyntaxException, or a parser limit passed
			return false;
		}
		OperationDefinition chosen = null;
		int operations = 0;
		for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
			operations++;
			if (key.operationName() != null && key.operationName().equals(operation.getName())) {
				chosen = operation;
			}
			else if (key.operationName() == null) {
				chosen = operation;
			}
		}
		if (chosen == null || (key.operationName() == null && operations != 1)) {
			return false;
		}
		return chosen.getOperation() == OperationDefinition.Operation.QUERY && readsTheStore(chosen);
	}

	/**
	 * Whether a query asks for anything but introspection ({@code __typename}, {@code __schema},
	 * {@code __type}), which graphql-java answers from the schema alone: such a query (GraphiQL asks
	 * one on every page load) opens no transaction. A fragment at the top counts as reading.
	 */
	private static boolean readsTheStore(OperationDefinition operation) {
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.anyMatch(s -> !(s instanceof Field field) || !field.getName().startsWith("__"));
	}

	private record Key(String document, String operationName) {
	}

}
