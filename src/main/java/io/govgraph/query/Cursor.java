package io.govgraph.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import io.govgraph.web.UserInputException;

/**
 * A position in a connection: the sort key and the id of the last row seen (keyset pagination,
 * so a page never skips or repeats a row, whatever was read before). Opaque to clients.
 */
public record Cursor(Object key, String id) {

	private static final char SEPARATOR = '\u0000';

	/** The cursor text of a row with this sort key (a string, a date or a number) and id. */
	public static String encode(Object key, String id) {
		char kind = key instanceof LocalDate ? 'D' : key instanceof Number ? 'I' : 'S';
		String text = "c" + kind + SEPARATOR + key + SEPARATOR + id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The cursor given as {@code argument}, or null when none was given.
	 * @throws UserInputException if it is not a cursor this API wrote
	 */
	public static Cursor decode(String cursor, String argument) {
		if (cursor == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int first = text.indexOf(SEPARATOR);
			int last = text.lastIndexOf(SEPARATOR);
			if (text.startsWith("c") && first == 2 && last > first) {
				String key = text.substring(first + 1, last);
				String id = text.substring(last + 1);
				return switch (text.charAt(1)) {
					case 'D' -> new Cursor(LocalDate.parse(key), id);
					case 'I' -> new Cursor(Long.parseLong(key), id);
					case 'S' -> new Cursor(key, id);
					default -> throw new IllegalArgumentException(text);
				};
			}
		}
		catch (RuntimeException ex) {
			// not ours: the user error below
		}
		throw new UserInputException(argument + ": \"" + cursor + "\" is not a cursor of this connection");
	}

}
