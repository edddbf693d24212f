package io.govgraph.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Listings asked again are not built and rendered again. A listing's statements depend only on
 * what it was asked with (which listing, its {@code where}, {@code orderBy} and day, and for a
 * page its size, cursor and count cap): the same question gets the same statement text with the
 * same parameter values, so both are kept here, for the {@value #LISTINGS} listings asked most
 * recently, and up to {@value #STATEMENTS_PER_LISTING} statements (pages) of each. Building a
 * statement with Cypher-DSL and rendering it was 20 % of a listing request's samples on the
 * request thread (docs/performance.md, "Listings rendered once, and the driver's debug lines").
 * <p>
 * What is kept is the statement, never an answer: every request still runs its statement against
 * the store as it is. One cache serves every caller: a role cannot even ask for a listing with a
 * filter or an order it may not use ({@code security/FieldAccess} refuses those arguments before
 * the listing is built), and the statement of a listing it may ask for is the same whoever asks.
 * A listing whose filter is refused while it is built is not kept, and fails again with the same
 * error; so is a page statement that cannot be made (a cursor of another order). A listing asked
 * with heavy arguments ({@code where} and {@code orderBy} together weighing more than
 * {@value #MAX_WEIGHT}: their maps, lists, values and the characters of their strings, such as a
 * long {@code in} list) is built afresh every time rather than kept, and so is a page whose
 * cursor position weighs more than {@value #MAX_POSITION_WEIGHT}.
 */
@Component
public class ListingCache {

	/** How many listings are kept, the least recently asked dropped first. */
	public static final int LISTINGS = 256;

	/** How many statements (pages of the listing, and its count) are kept for one listing. */
	public static final int STATEMENTS_PER_LISTING = 16;

	/**
	 * The heaviest arguments kept: every map, list and value in them, and the characters of their
	 * strings, counted together. Bounds what the cache holds (its keys, queries and parameters
	 * hold the arguments' values) to tens of megabytes.
	 */
	public static final int MAX_WEIGHT = 4_096;

	/** The heaviest cursor position whose page is kept (a position is a sort key and an id). */
	public static final int MAX_POSITION_WEIGHT = 512;

	/** Builds a listing's page query from what it was asked with. */
	@FunctionalInterface
	public interface Builder {

		PageQuery build(Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf);

	}

	/**
	 * One listing (units, people, …) and how it is built: a constant of the feature that owns it,
	 * and part of the key, so that two listings never share statements.
	 */
	public record Listing(String name, Builder builder) {
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
	 * The statements of {@code listing} asked with these inputs, built by its builder unless the
	 * same listing asked with equal inputs is kept.
	 */
	public PageStatements get(Listing listing, Map<String, Object> where, Map<String, Object> orderBy,
			LocalDate asOf) {
		if (weight(orderBy, weight(where, 0)) > MAX_WEIGHT) {
			PageQuery query = listing.builder().build(where, orderBy, asOf);
			this.built.incrementAndGet();
			return query;
		}
		// hashed once, here: not under the lock
		Source source = new Source(listing, where, orderBy, asOf);
		Kept kept;
		synchronized (this.listings) {
			kept = this.listings.get(source);
		}
		if (kept != null) {
			return kept;
		}
		// built outside the lock: a listing asked by two requests at once may be built twice, and
		// both builds are the same
		Kept made = new Kept(listing.builder().build(where, orderBy, asOf));
		this.built.incrementAndGet();
		synchronized (this.listings) {
			kept = this.listings.putIfAbsent(source, made);
		}
		return kept != null ? kept : made;
	}

	/**
	 * How many listings were built (kept or not), and how many statements were rendered for the
	 * listings kept, since the start (for tests and benchmarks).
	 */
	public long[] builtAndRendered() {
		return new long[] { this.built.get(), this.rendered.get() };
	}

	/**
	 * {@code sofar} plus the weight of an argument: one for it, and for a map or list its
	 * contents, for text its characters; counted until past {@link #MAX_WEIGHT}, no further.
	 */
	private static int weight(Object value, int sofar) {
		sofar += 1 + (value instanceof CharSequence text ? text.length() : 0);
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (sofar > MAX_WEIGHT) {
					break;
				}
				sofar = weight(e.getValue(), weight(e.getKey(), sofar));
			}
		}
		else if (value instanceof Collection<?> values) {
			for (Object v : values) {
				if (sofar > MAX_WEIGHT) {
					break;
				}
				sofar = weight(v, sofar);
			}
		}
		return sofar;
	}

	/**
	 * What a listing was asked with: equal inputs build the same statements. The hash is worked
	 * out once, when the source is made, outside the cache's lock.
	 */
	private static final class Source {

		private final Listing listing;

		private final Map<String, Object> where;

		private final Map<String, Object> orderBy;

		private final LocalDate asOf;

		private final int hash;

		Source(Listing listing, Map<String, Object> where, Map<String, Object> orderBy, LocalDate asOf) {
			this.listing = listing;
			this.where = where;
			this.orderBy = orderBy;
			this.asOf = asOf;
			this.hash = Objects.hash(System.identityHashCode(listing), where, orderBy, asOf);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Source s && s.hash == this.hash && s.listing == this.listing
					&& Objects.equals(s.asOf, this.asOf) && Objects.equals(s.orderBy, this.orderBy)
					&& Objects.equals(s.where, this.where);
		}

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
			if (page.after() != null && weight(page.after(), 0) > MAX_POSITION_WEIGHT) {
				// a position this heavy is not one GovGraph's own cursors carry: not kept
				return this.query.page(page, totalCap);
			}
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
				// paged far through one listing: keep its count and start the pages again
				Rendered count = this.statements.get(COUNT);
				this.statements.clear();
				if (count != null) {
					this.statements.put(COUNT, count);
				}
			}
			Rendered before = this.statements.putIfAbsent(key, made);
			return before != null ? before : made;
		}

	}

	private record PageKey(Page page, int totalCap) {
	}

}
