package io.govgraph.query;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.govgraph.web.UserInputException;

/**
 * One page asked of a paged list: at most {@code size} rows after a keyset position (the
 * {@code first} and {@code after} arguments, checked), and the {@link Connection} made of the rows
 * read for it.
 *
 * @param list the name and order of the list, which its cursors carry (see {@link Cursor})
 * @param argument how the list is named in errors, e.g. {@code units} in {@code units(after)}
 * @param size how many rows the page holds at most
 * @param after the position of the row before the page, or null for the first page
 */
public record Page(String list, String argument, int size, List<Object> after) {

	/** The page size of a list when {@code first} is not given. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page a list returns unless it says otherwise. */
	public static final int MAX_SIZE = 500;

	/** The page asked for by {@code first} (default 20, at most 500) and {@code after}. */
	public static Page of(String list, String argument, Integer first, String after) {
		return of(list, argument, first, after, DEFAULT_SIZE, MAX_SIZE);
	}

	/** The page asked for by {@code first} and {@code after}, in a list with its own page sizes. */
	public static Page of(String list, String argument, Integer first, String after, int defaultSize, int maxSize) {
		int size = first == null ? defaultSize : first;
		if (size < 0 || size > maxSize) {
			throw new UserInputException(argument + "(first): " + size + " is out of range (0 to " + maxSize + ")");
		}
		return new Page(list, argument, size, Cursor.position(list, after, argument + "(after)"));
	}

	/** How many rows to read: one more than the page holds, to know whether another page follows. */
	public int limit() {
		return this.size + 1;
	}

	/**
	 * The value at {@code index} of the position to start after, or null on the first page.
	 * @throws UserInputException if the cursor's position has no such value of this type
	 */
	public <V> V after(int index, Class<V> type) {
		if (this.after == null) {
			return null;
		}
		if (index >= this.after.size() || !type.isInstance(this.after.get(index))) {
			// only a cursor forged with a valid checksum gets here
			throw new UserInputException(this.argument + "(after): not a position in " + this.list);
		}
		return type.cast(this.after.get(index));
	}

	/**
	 * The connection of the rows read for this page (at most {@link #limit()} of them): the first
	 * {@code size}, each with the cursor of its position.
	 * @param position the values a row is ordered by, its id last, as {@link #after} reads them back
	 */
	public <R, T> Connection<T> connection(List<R> rows, Function<R, List<?>> position, Function<R, T> node,
			LongSupplier counter) {
		List<Connection.Edge<T>> edges = rows.stream()
			.limit(this.size)
			.map(r -> new Connection.Edge<>(new Cursor(this.list, List.<Object>copyOf(position.apply(r))).text(), node.apply(r)))
			.toList();
		return new Connection<>(edges, new Connection.PageInfo(rows.size() > this.size,
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), counter);
	}

}
