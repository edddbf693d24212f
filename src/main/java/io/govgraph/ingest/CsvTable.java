package io.govgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.govgraph.model.DataFile;
import io.govgraph.model.Problem;

/**
 * One CSV file of a data set, decoded (strict UTF-8, optional byte-order mark) and split into rows
 * keyed by header name, with the line each row starts on. Rows are handed on one at a time as they
 * are parsed, never held together (a city's files run to a million rows); the text is checked for
 * valid UTF-8 in a first pass without decoding it whole. Structural problems (encoding, quoting,
 * header, field counts) are collected, not thrown.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** A data row: its first line and its non-empty values by column. */
	record Row(int line, Map<String, String> values) {
	}

	final List<String> header = new ArrayList<>();

	/** False when the file could not be read far enough to check its rows. */
	boolean readable = true;

	/**
	 * Parses the file, handing each well-formed data row to {@code rows}; rows are handed on only
	 * when the header has every required column (a missing one is reported once, at the header).
	 */
	static CsvTable parse(DataFile file, byte[] bytes, List<Problem> problems, Consumer<Row> rows) {
		CsvTable table = new CsvTable();
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		if (!validUtf8(file, bytes, start, problems)) {
			table.readable = false;
			return table;
		}
		Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
				StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			long linesBefore = parser.getCurrentLineNumber();
			if (!records.hasNext()) {
				problems.add(new Problem(file.fileName(), 1, "-", "empty file: the header row is required"));
				table.readable = false;
				return table;
			}
			table.readHeader(file, records.next(), problems);
			boolean complete = table.header.containsAll(file.required());
			while (true) {
				linesBefore = parser.getCurrentLineNumber();
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					problems.add(new Problem(file.fileName(), (int) linesBefore + 1, "-",
							"broken CSV quoting: " + rootMessage(ex) + "; the rest of the file was not read"));
					table.readable = false;
					break;
				}
				int line = (int) linesBefore + 1;
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() != table.header.size()) {
					problems.add(new Problem(file.fileName(), line, "-", "the row has " + record.size()
							+ " field(s), the header " + table.header.size()));
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < record.size(); i++) {
					String value = record.get(i).strip();
					if (!value.isEmpty()) {
						values.put(table.header.get(i), value);
					}
				}
				if (complete) {
					rows.accept(new Row(line, values));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			problems.add(new Problem(file.fileName(), 1, "-", "broken CSV quoting: " + rootMessage(ex)));
			table.readable = false;
		}
		return table;
	}

	private void readHeader(DataFile file, CSVRecord record, List<Problem> problems) {
		Map<String, Integer> seen = new LinkedHashMap<>();
		for (String raw : record) {
			String column = raw.strip();
			if (seen.containsKey(column)) {
				problems.add(new Problem(file.fileName(), 1, column, "column appears twice in the header"));
			}
			else if (!file.knows(column)) {
				problems.add(new Problem(file.fileName(), 1, column, "unknown column (" + file.fileName()
						+ " takes " + String.join(", ", file.columns()) + ", and x_… columns of your own)"));
			}
			seen.put(column, seen.size());
			this.header.add(column);
		}
		for (String required : file.required()) {
			if (!seen.containsKey(required)) {
				problems.add(new Problem(file.fileName(), 1, required, "missing required column"));
			}
		}
	}

	/** Strict UTF-8; on a malformed byte, reports the line it is on and returns false. */
	private static boolean validUtf8(DataFile file, byte[] bytes, int start, List<Problem> problems) {
		int bad = firstMalformed(bytes, start);
		if (bad < 0) {
			return true;
		}
		int line = 1;
		for (int i = start; i < bad; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		problems.add(new Problem(file.fileName(), line, "-",
				"invalid UTF-8 at byte " + bad + " (save the file as UTF-8); the file was not read"));
		return false;
	}

	/** The offset of the first malformed byte, or -1; decodes through a small buffer, not the whole text. */
	private static int firstMalformed(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return in.position();
			}
			if (result.isUnderflow()) {
				result = decoder.flush(out.clear());
				return result.isError() ? in.position() : -1;
			}
			out.clear();
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}

}
