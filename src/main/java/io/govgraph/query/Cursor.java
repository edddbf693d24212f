package io.govgraph.query;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import io.govgraph.web.UserInputException;

/**
 * The one cursor scheme of every connection: the list a row was read from (its name and order)
 * and the row's keyset position in it (the values the list is ordered by, the row's id last), so
 * that a page never skips or repeats a row, whatever was read or changed before. Clients see it
 * as opaque base64url text.
 *
 * @param list the name and order of the list, e.g. {@code units by NAME descending}
 * @param position the row's sort values, each a string, a date or a whole number
 */
public record Cursor(String list, List<Object> position) {

	/** Marks the format, so that a later one can tell the cursors of this one apart. */
	private static final String VERSION = "g1";

	public Cursor {
		List<Object> values = new ArrayList<>();
		for (Object value : position) {
			if (!(value instanceof String || value instanceof LocalDate || value instanceof Long
					|| value instanceof Integer)) {
				throw new IllegalArgumentException(list + ": a cursor holds strings, dates and whole numbers, not "
						+ (value == null ? "null" : value.getClass().getSimpleName()));
			}
			values.add(value instanceof Integer i ? Long.valueOf(i) : value);
		}
		position = List.copyOf(values);
	}

	/**
	 * The opaque text of this cursor: each part written with its kind and length (an id may hold
	 * any character), then a checksum, so that a cursor cut short or changed is refused rather
	 * than read as another position.
	 */
	public String text() {
		StringBuilder out = new StringBuilder(VERSION);
		part(out, 'L', this.list);
		for (Object value : this.position) {
			part(out, value instanceof LocalDate ? 'D' : value instanceof String ? 'S' : 'I', value.toString());
		}
		byte[] payload = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] bytes = ByteBuffer.allocate(payload.length + 4).put(payload).putInt(checksum(payload)).array();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The position a cursor of {@code list} stands for, or null when none was given.
	 * @param argument the argument the text was given as, named in the error
	 * @throws UserInputException if the text is not a cursor this API wrote, or is one of another list
	 */
	public static List<Object> position(String list, String text, String argument) {
		if (text == null) {
			return null;
		}
		Cursor cursor = read(text);
		if (cursor == null) {
			throw new UserInputException(argument + ": \"" + text + "\" is not a cursor (pass the endCursor, or an edge's cursor, of a page of " + list + ")");
		}
		if (!cursor.list().equals(list)) {
			throw new UserInputException(argument + ": that is a cursor of " + cursor.list() + ", not of " + list
					+ " (pass the endCursor, or an edge's cursor, of a page of " + list + ")");
		}
		return cursor.position();
	}

	/** The cursor the text stands for, or null if it is not one. */
	private static Cursor read(String text) {
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(text);
			if (bytes.length < 4) {
				return null;
			}
			byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
			if (ByteBuffer.wrap(bytes, payload.length, 4).getInt() != checksum(payload)) {
				return null;
			}
			String content = new String(payload, StandardCharsets.UTF_8);
			if (!content.startsWith(VERSION)) {
				return null;
			}
			String list = null;
			List<Object> position = new ArrayList<>();
			int at = VERSION.length();
			while (at < content.length()) {
				char kind = content.charAt(at);
				int colon = content.indexOf(':', at);
				int length = Integer.parseInt(content.substring(at + 1, colon));
				String value = content.substring(colon + 1, colon + 1 + length);
				at = colon + 1 + length;
				if (kind == 'L' && list == null && position.isEmpty()) {
					list = value;
				}
				else if (list == null) {
					return null;
				}
				else {
					position.add(switch (kind) {
						case 'S' -> value;
						case 'D' -> LocalDate.parse(value);
						case 'I' -> Long.parseLong(value);
						default -> throw new IllegalArgumentException("kind " + kind);
					});
				}
			}
			return list == null ? null : new Cursor(list, position);
		}
		catch (RuntimeException ex) {
			// bad base64, a length past the end, a bad date or number: not a cursor this API wrote
			return null;
		}
	}

	private static void part(StringBuilder out, char kind, String value) {
		out.append(kind).append(value.length()).append(':').append(value);
	}

	private static int checksum(byte[] payload) {
		CRC32 crc = new CRC32();
		crc.update(payload);
		return (int) crc.getValue();
	}

}
