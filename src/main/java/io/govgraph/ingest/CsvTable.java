package io.govgraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file of a data set, decoded (strict UTF-8, optional byte-order mark) and split into rows
 * keyed by header name, with the line each row starts on. Structural problems (encoding, quoting,
 * header, field counts) are collected, not thrown.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	/** A data row: its first line and its non-empty values by column. */
	record Row(int line, Map<String, String> values) {
	}

	final List<String> header = new ArrayList<>();

	final List<Row> rows = new ArrayList<>();

	/** False when the file could not be read far enough to check its rows. */
	boolean readable = true;

	static CsvTable parse(DataFile file, byte[] bytes, List<Problem> problems) {
		CsvTable table = new CsvTable();
		String text = decode(file, bytes, problems);
		if (text == null) {
			table.readable = false;
			return table;
		}
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			Iterator<CSVRecord> records = parser.iterator();
			long linesBefore = parser.getCurrentLineNumber();
			if (!records.hasNext()) {
				problems.add(new Problem(file.fileName(), 1, "-", "empty file: the header row is required"));
				table.readable = false;
				return table;
			}
			table.readHeader(file, records.next(), problems);
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
				table.rows.add(new Row(line, values));
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

	/** Strict UTF-8; on a malformed byte, reports the line it is on and returns null. */
	private static String decode(DataFile file, byte[] bytes, List<Problem> problems) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException ex) {
			int bad = firstMalformed(bytes, start);
			int line = 1;
			for (int i = start; i < bad; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			problems.add(new Problem(file.fileName(), line, "-",
					"invalid UTF-8 at byte " + bad + " (save the file as UTF-8); the file was not read"));
			return null;
		}
	}

	private static int firstMalformed(byte[] bytes, int start) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
		java.nio.charset.CoderResult result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : bytes.length;
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null) {
			t = t.getCause();
		}
		return t.getMessage();
	}

}
