package io.govgraph.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct query text once, as Apollo Server and other GraphQL servers
 * do: a front-end asks the same few operations again and again (with other variables, or other
 * literals in a handful of forms), and parsing and validating them again is a large part of a
 * small request's time. A validated document depends only on its text, the operation named and
 * the schema (fixed for the life of the application); what runs per request (the limits of
 * {@link OperationLimits}, the access rules, the data fetchers) runs on every request as before.
 * Bounded by the characters of the texts it keeps ({@value #MAX_CHARS}), least recently used
 * first out.
 */
class DocumentCache implements PreparsedDocumentProvider {

	/** The most characters of query text kept (the texts of the application's operations are a few hundred each). */
	static final long MAX_CHARS = 4_000_000;

	private final long maxChars;

	private final Map<Key, PreparsedDocumentEntry> entries = new LinkedHashMap<>(256, 0.75f, true);

	private long chars;

	DocumentCache() {
		this(MAX_CHARS);
	}

	DocumentCache(long maxChars) {
		this.maxChars = maxChars;
	}

	/** What a validated document depends on besides the schema (the locale: the language of its errors). */
	private record Key(String query, String operationName, Locale locale) {
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		Key key = new Key(input.getQuery(), input.getOperationName(), input.getLocale());
		PreparsedDocumentEntry entry;
		synchronized (this) {
			entry = this.entries.get(key);
		}
		if (entry == null) {
			// parsed outside the lock: two requests with a new text may both parse it, none waits
			entry = parseAndValidate.apply(input);
			put(key, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	private synchronized void put(Key key, PreparsedDocumentEntry entry) {
		long size = key.query().length();
		if (size > this.maxChars) {
			return;
		}
		if (this.entries.put(key, entry) == null) {
			this.chars += size;
		}
		Iterator<Key> oldest = this.entries.keySet().iterator();
		while (this.chars > this.maxChars && oldest.hasNext()) {
			this.chars -= oldest.next().query().length();
			oldest.remove();
		}
	}

	/** How many documents are kept. */
	synchronized int size() {
		return this.entries.size();
	}

}
