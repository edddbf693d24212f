package io.govgraph.query;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Listings asked again are not built and rendered again. A listing's statements depend only on
 * what it was asked with (its kind, {@code where}, {@code orderBy} and day, and for a page its
 * size, cursor and count cap): the same question gets the same statement text with the same
 * parameter values, so both are kept here, for the {@value #LISTINGS} listings asked most
 * recently, and up to {@value #STATEMENTS_PER_LISTING} statements (pages) of each. Building a
 * statement with Cypher-DSL and rendering it took 20 % of a listing request's CPU on the request
 * thread (docs/performance.md, "Listings rendered once, and the driver's debug lines").
 * <p>
 * What is kept is the statement, never an answer: every request still runs its statement against
 * the store as it is. The cache is the same for every caller, as the statements are: what a role
 * may see is decided by the fields it is answered (security/FieldAccess), not by the statement.
 * A listing that fails to build (a bad filter, a forged cursor) is not kept, and fails again
 * with the same error.
 */
@Component
public class ListingCache {

	/** How many listings are kept, the least recently asked dropped first. */
	public static final int LISTINGS = 256;

	/** How many statements (pages of the listing, and its count) are kept for one listing. */
	public static final int STATEMENTS_PER_LISTING = 16;

	/** Builds a listing's page query from what it was asked with. */
	@FunctionalInterface
	public interface Builder {

		PageQuery build(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf);

	}

	/** What a listing was asked with: equal inputs build equal statements. */
	private record Source(String kind, Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
	}

	private final Map<Source, Kept> listings = new LinkedHashMap<>(LISTINGS * 2, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Source, Kept> eldest) {
			return size() > LISTINGS;
		}
	};

	private final AtomicLong built = new AtomicLong();

	private final AtomicLong rendered = new AtomicLong();

	/**
	 * The statements of the listing of {@code kind} asked with these inputs, built by
	 * {@code builder} unless a listing asked with equal inputs is kept.
	 * @param kind which listing ({@code units}, {@code people} …): the builder's name
	 */
	public PageStatements get(String kind, Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf,
			Builder builder) {
		Source source = new Source(kind, where, orderBy, asOf);
		Kept kept;
		synchronized (this.listings) {
			kept = this.listings.get(source);
		}
		if (kept != null) {
			return kept;
		}
		// built outside the lock: a listing asked by two requests at once may be built twice, and
		// both builds are the same
		Kept made = new Kept(builder.build(where, orderBy, asOf));
		this.built.incrementAndGet();
		synchronized (this.listings) {
			kept = this.listings.putIfAbsent(source, made);
		}
		return kept != null ? kept : made;
	}

	/** How many listings were built, and how many statements rendered, since the start (for tests and benchmarks). */
	public long[] builtAndRendered() {
		return new long[] { this.built.get(), this.rendered.get() };
	}

	/** A listing kept, with the statements rendered for it so far. */
	private final class Kept implements PageStatements {

		private static final Object COUNT = new Object();

		private final PageQuery query;

		private final Map<Object, Rendered> statements = new ConcurrentHashMap<>();

		Kept(PageQuery query) {
			this.query = query;
		}

		@Override
		public String list() {
			return this.query.list();
		}

		@Override
		public Rendered page(Page page, int totalCap) {
			return statement(new PageKey(page, totalCap));
		}

		@Override
		public Rendered count() {
			return statement(COUNT);
		}

		private Rendered statement(Object key) {
			Rendered statement = this.statements.get(key);
			if (statement != null) {
				return statement;
			}
			Rendered made = key instanceof PageKey p ? this.query.page(p.page(), p.totalCap()) : this.query.count();
			made = new Rendered(made.cypher(), Collections.unmodifiableMap(made.parameters()));
			ListingCache.this.rendered.incrementAndGet();
			if (this.statements.size() >= STATEMENTS_PER_LISTING) {
				// paged far through one listing: start again rather than keep every page
				this.statements.clear();
			}
			Rendered before = this.statements.putIfAbsent(key, made);
			return before != null ? before : made;
		}

	}

	private record PageKey(Page page, int totalCap) {
	}

}
