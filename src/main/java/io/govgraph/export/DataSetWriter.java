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
import io.govgraph.model.DataSet.AgreementRow;
import io.govgraph.model.DataSet.AttendanceRow;
import io.govgraph.model.DataSet.EventRow;
import io.govgraph.model.DataSet.ItemRow;
import io.govgraph.model.DataSet.LinkRow;
import io.govgraph.model.DataSet.PartyRow;
import io.govgraph.model.DataSet.PersonRow;
import io.govgraph.model.DataSet.PostRow;
import io.govgraph.model.DataSet.UnitRow;
import io.govgraph.model.DataSet;

/**
 * Writes a {@link DataSet} as CSV files (UTF-8, RFC 4180): the four v1 files with every v1 column, and
 * what v1.1 adds only where there is something to write (a file with rows, a column with a value), so
 * that a store holding v1 data exports the same v1 data set as before.
 */
final class DataSetWriter {

	private DataSetWriter() {
	}

	static void write(DataSet ds, Path folder) throws IOException {
		Files.createDirectories(folder);
		write(folder, DataFile.UNITS, ds.units(), UnitRow::extras,
				u -> new Object[] { u.id(), u.type(), u.name(), u.parentId(), String.join("|", u.aliases()), u.sector(),
						u.founded(), u.dissolved(), u.note(), u.source() });
		write(folder, DataFile.PEOPLE, ds.people(), PersonRow::extras, p -> new Object[] { p.id(), p.name(),
				p.partyMember(), p.partySince(), p.gender(), p.birthYear(), p.phone(), p.source(), p.homeId(),
				p.partyBranchId() });
		write(folder, DataFile.POSTS, ds.posts(), PostRow::extras, p -> new Object[] { p.personId(), p.unitId(),
				p.role(), p.title(), p.since(), p.until(), p.source(), p.placeId() });
		write(folder, DataFile.LINKS, ds.links(), LinkRow::extras, l -> new Object[] { l.fromId(), l.toId(), l.type(),
				l.since(), l.until(), l.note(), l.source() });
		write(folder, DataFile.AGREEMENTS, ds.agreements(), AgreementRow::extras, a -> new Object[] { a.id(),
				a.type(), a.name(), a.since(), a.until(), plain(a.amount()), a.note(), a.source() });
		write(folder, DataFile.AGREEMENT_PARTIES, ds.parties(), PartyRow::extras,
				p -> new Object[] { p.agreementId(), p.unitId(), p.role(), p.note() });
		write(folder, DataFile.ITEMS, ds.items(), ItemRow::extras,
				i -> new Object[] { i.id(), i.list(), i.title(), i.agreementId(), i.ownerId(), i.providerId(),
						i.beneficiaryId(), i.status(), i.since(), i.until(), plain(i.amount()), plain(i.hours()),
						i.note(), i.source() });
		write(folder, DataFile.EVENTS, ds.events(), EventRow::extras, e -> new Object[] { e.id(), e.type(), e.date(),
				e.hostId(), e.title(), e.agreementId(), e.note(), e.source() });
		write(folder, DataFile.ATTENDANCE, ds.attendance(), AttendanceRow::extras,
				a -> new Object[] { a.eventId(), a.personId(), a.unitId(), a.role(), a.note() });
	}

	private static String plain(java.math.BigDecimal number) {
		return number == null ? null : number.toPlainString();
	}

	private static <T> void write(Path folder, DataFile file, List<T> rows, Function<T, SortedMap<String, String>> extras,
			Function<T, Object[]> cells) throws IOException {
		Path target = folder.resolve(file.fileName());
		if (file.optionalFile() && rows.isEmpty()) {
			// An earlier export into the same folder may have left one: it would be read with this one.
			Files.deleteIfExists(target);
			return;
		}
		TreeSet<String> extraColumns = new TreeSet<>();
		rows.forEach(r -> extraColumns.addAll(extras.apply(r).keySet()));
		List<String> columns = file.columns();
		List<Integer> kept = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			int column = i;
			if (!DataFile.V11_COLUMNS.contains(columns.get(i))
					|| rows.stream().anyMatch(r -> cells.apply(r)[column] != null)) {
				kept.add(i);
			}
		}
		List<String> header = new ArrayList<>(kept.stream().map(columns::get).toList());
		header.addAll(extraColumns);
		try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(out,
						CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
			for (T row : rows) {
				List<Object> values = new ArrayList<>();
				Object[] all = cells.apply(row);
				for (int i : kept) {
					values.add(all[i] == null ? "" : all[i].toString());
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
