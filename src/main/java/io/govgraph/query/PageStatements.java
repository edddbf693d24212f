package io.govgraph.query;

/**
 * The statements of a paged listing: a {@link PageQuery} itself, or the same kept rendered for
 * those who ask the same listing again ({@link ListingCache}).
 */
public interface PageStatements {

	/** The name and order of the list, which its cursors carry (see {@link Cursor}). */
	String list();

	/**
	 * The rows of the page (its position is the sort key and the id), {@link Page#limit()} of
	 * them, each with {@code rowId} and (unless ordered by id) {@code sortKey}.
	 */
	default Rendered page(Page page) {
		return page(page, 0);
	}

	/** See {@link PageQuery#page(Page, int)}. */
	Rendered page(Page page, int totalCap);

	/** See {@link PageQuery#count()}. */
	Rendered count();

}
