package io.govgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.govgraph.model.DataFile;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;
import io.govgraph.model.DataSet;

/** Writes a {@link DataSet} as the four v1 CSV files (UTF-8, RFC 4180), every column present. */
final class DataSetWriter {

	private DataSetWriter() {
	}

	static void write(DataSet ds, Path folder) throws IOException {
		Files.createDirectories(folder);
		write(folder, DataFile.UNITS, ds.units(), UnitRow::extras,
				u -> new Object[] { u.id(), u.type(), u.name(), u.parentId(), String.join("|", u.aliases()), u.sector(),
						u.founded(), u.dissolved(), u.note(), u.source() });
		write(folder, DataFile.PEOPLE, ds.people(), PersonRow::extras, p -> new Object[] { p.id(), p.name(),
				p.partyMember(), p.partySince(), p.gender(), p.birthYear(), p.phone(), p.source() });
		write(folder, DataFile.POSTS, ds.posts(), PostRow::extras, p -> new Object[] { p.personId(), p.unitId(),
				p.role(), p.title(), p.since(), p.until(), p.source() });
		write(folder, DataFile.LINKS, ds.links(), LinkRow::extras, l -> new Object[] { l.fromId(), l.toId(), l.type(),
				l.since(), l.until(), l.note(), l.source() });
	}

	private static <T> void write(Path folder, DataFile file, List<T> rows, Function<T, SortedMap<String, String>> extras,
			Function<T, Object[]> cells) throws IOException {
		TreeSet<String> extraColumns = new TreeSet<>();
		rows.forEach(r -> extraColumns.addAll(extras.apply(r).keySet()));
		List<String> header = new ArrayList<>(file.columns());
		header.addAll(extraColumns);
		try (Writer out = Files.newBufferedWriter(folder.resolve(file.fileName()), StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out,
						CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (T row : rows) {
				List<Object> values = new ArrayList<>();
				for (Object cell : cells.apply(row)) {
					values.add(cell == null ? "" : cell.toString());
				}
				Map<String, String> own = extras.apply(row);
				for (String column : extraColumns) {
					values.add(own.getOrDefault(column, ""));
				}
				printer.printRecord(values);
			}
		}
	}

}
