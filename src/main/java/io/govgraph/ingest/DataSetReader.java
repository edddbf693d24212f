package io.govgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

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
import io.govgraph.model.FieldRules;
import io.govgraph.model.FieldRules.LinkCells;
import io.govgraph.model.FieldRules.PersonCells;
import io.govgraph.model.FieldRules.PostCells;
import io.govgraph.model.FieldRules.UnitCells;
import io.govgraph.model.PartialDate;
import io.govgraph.model.Problem;
import io.govgraph.model.ReferenceRules;
import io.govgraph.store.SideBySide;

/**
 * Reads and checks a data set (docs/spec/import-format.md, v1 and v1.1) completely before anything is
 * written: every problem in every file is collected and reported together, as
 * {@code file:line: column: message}.
 */
public final class DataSetReader {

	private DataSetReader() {
	}

	/**
	 * Reads the data set at {@code path} and checks it against itself and the store.
	 * @throws DataSetRejectedException listing every problem, if there is any
	 */
	public static DataSet read(Path path, StoreSnapshot store) {
		List<Problem> problems = new ArrayList<>();
		Map<DataFile, byte[]> files = DataSetFiles.read(path, problems);
		// Ids of rows rejected for their own cells still count as present, so that references to
		// them are not reported a second time as dangling.
		Set<String> rejectedUnits = new HashSet<>();
		Set<String> rejectedPeople = new HashSet<>();
		Set<String> rejectedAgreements = new HashSet<>();
		Set<String> rejectedItems = new HashSet<>();
		Set<String> rejectedEvents = new HashSet<>();
		boolean[] complete = { java.util.Arrays.stream(DataFile.values())
			.allMatch(f -> f.optionalFile() || files.containsKey(f)) };
		// The four files are parsed side by side, each into problems of its own (sorted together below).
		// They share one copy of each repeated cell (an id referred to from other rows, a type, a
		// role, a date), which halves the memory a large data set holds until it is written.
		Pool pool = new Pool();
		Parsed<UnitRow> units = parse(files, DataFile.UNITS, DataSetReader::unit, rejectedUnits, pool);
		Parsed<PersonRow> people = parse(files, DataFile.PEOPLE, DataSetReader::person, rejectedPeople, pool);
		Parsed<PostRow> posts = parse(files, DataFile.POSTS, DataSetReader::post, new HashSet<>(), pool);
		Parsed<LinkRow> links = parse(files, DataFile.LINKS, DataSetReader::link, new HashSet<>(), pool);
		Parsed<AgreementRow> agreements = parse(files, DataFile.AGREEMENTS, f -> f.rules.agreement(f.cells(), f.line(),
				f.extras()), rejectedAgreements, pool);
		Parsed<PartyRow> parties = parse(files, DataFile.AGREEMENT_PARTIES,
				f -> f.rules.party(f.cells(), f.line(), f.extras()), new HashSet<>(), pool);
		Parsed<ItemRow> items = parse(files, DataFile.ITEMS, f -> f.rules.item(f.cells(), f.line(), f.extras()),
				rejectedItems, pool);
		Parsed<EventRow> events = parse(files, DataFile.EVENTS, f -> f.rules.event(f.cells(), f.line(), f.extras()),
				rejectedEvents, pool);
		Parsed<AttendanceRow> attendance = parse(files, DataFile.ATTENDANCE,
				f -> f.rules.attendance(f.cells(), f.line(), f.extras()), new HashSet<>(), pool);
		List<Parsed<?>> all = List.of(units, people, posts, links, agreements, parties, items, events, attendance);
		runAll(all);
		for (Parsed<?> parsed : all) {
			problems.addAll(parsed.problems);
			complete[0] &= parsed.readable;
		}
		DataSet dataSet = new DataSet(units.rows, people.rows, posts.rows, links.rows, agreements.rows, parties.rows,
				items.rows, events.rows, attendance.rows);
		store = new StoreSnapshot(union(store.unitIds(), rejectedUnits), union(store.personIds(), rejectedPeople),
				store.parentOf(), store.unitTypes(), union(store.agreementIds(), rejectedAgreements),
				union(store.itemIds(), rejectedItems), union(store.eventIds(), rejectedEvents));
		if (complete[0]) {
			crossCheck(dataSet, store, problems);
		}
		if (!problems.isEmpty()) {
			Collections.sort(problems);
			throw new DataSetRejectedException(problems);
		}
		return dataSet;
	}

	private interface RowReader<T> {

		T read(Fields fields);

	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> result = new HashSet<>(a);
		result.addAll(b);
		return result;
	}

	/** One file to parse: its rows, its problems and whether it could be read at all, once {@link #run} ran. */
	private static final class Parsed<T> implements Runnable {

		final List<T> rows = new ArrayList<>();

		final List<Problem> problems = new ArrayList<>();

		boolean readable = true;

		private final DataFile file;

		private byte[] bytes;

		private final RowReader<T> reader;

		private final Set<String> rejectedIds;

		private final Pool pool;

		Parsed(DataFile file, byte[] bytes, RowReader<T> reader, Set<String> rejectedIds, Pool pool) {
			this.file = file;
			this.bytes = bytes;
			this.reader = reader;
			this.rejectedIds = rejectedIds;
			this.pool = pool;
		}

		@Override
		public void run() {
			if (this.bytes == null) {
				return;
			}
			byte[] content = this.bytes;
			this.bytes = null; // the raw bytes go as soon as the file is read
			CsvTable table = CsvTable.parse(this.file, content, this.problems, row -> {
				Fields fields = new Fields(this.file, row, this.problems, this.pool);
				T value = this.reader.read(fields);
				if (!fields.rules.failed()) {
					this.rows.add(value);
				}
				else if (row.values().get("id") != null) {
					this.rejectedIds.add(row.values().get("id"));
				}
			});
			this.readable = table.readable;
		}

	}

	private static <T> Parsed<T> parse(Map<DataFile, byte[]> files, DataFile file, RowReader<T> reader,
			Set<String> rejectedIds, Pool pool) {
		return new Parsed<>(file, files.remove(file), reader, rejectedIds, pool);
	}

	/** One shared copy of each cell value and each date read while a data set is parsed. */
	private static final class Pool {

		private final Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();

		private final Map<String, PartialDate> dates = new java.util.concurrent.ConcurrentHashMap<>();

		String string(String value) {
			return value == null ? null : this.strings.computeIfAbsent(value, v -> v);
		}

		/** A date as parsed before, or parsed now; a malformed one is not kept. */
		PartialDate date(String text) {
			PartialDate known = this.dates.get(text);
			if (known == null) {
				known = PartialDate.parse(text);
				this.dates.put(text, known);
			}
			return known;
		}

	}

	/** Runs the parses on up to one thread per core and waits for all of them. */
	private static void runAll(List<? extends Runnable> parses) {
		SideBySide.each(parses, Runtime.getRuntime().availableProcessors(), "govgraph-import-reader", Runnable::run);
	}

	private static UnitRow unit(Fields f) {
		String aliases = f.get("aliases");
		return f.rules.unit(new UnitCells(f.get("id"), f.get("type"), f.get("name"), f.get("parent_id"),
				aliases == null ? null
						: Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList(),
				f.get("sector"), f.get("founded"), f.get("dissolved"), f.get("note"), f.get("source")), f.line(),
				f.extras());
	}

	private static PersonRow person(Fields f) {
		return f.rules.person(new PersonCells(f.get("id"), f.get("name"), f.get("party_member"), f.get("party_since"),
				f.get("gender"), f.get("birth_year"), f.get("phone"), f.get("source"), f.get("home_id"),
				f.get("party_branch_id")), f.line(), f.extras());
	}

	private static PostRow post(Fields f) {
		return f.rules.post(new PostCells(f.get("person_id"), f.get("unit_id"), f.get("role"), f.get("title"),
				f.get("since"), f.get("until"), f.get("source"), f.get("place_id")), f.line(), f.extras());
	}

	private static LinkRow link(Fields f) {
		return f.rules.link(new LinkCells(f.get("from_id"), f.get("to_id"), f.get("type"), f.get("since"),
				f.get("until"), f.get("note"), f.get("source")), f.line(), f.extras());
	}

	/** References, duplicates and cycles: the checks that need more than one row. */
	private static void crossCheck(DataSet ds, StoreSnapshot store, List<Problem> problems) {
		Map<String, UnitRow> units = new HashMap<>();
		for (UnitRow u : ds.units()) {
			UnitRow first = units.putIfAbsent(u.id(), u);
			if (first != null) {
				problems.add(new Problem("units.csv", u.line(), "id",
						FieldRules.duplicateId(u.id()) + " (first on line " + first.line() + ")"));
			}
		}
		Map<String, PersonRow> people = new HashMap<>();
		for (PersonRow p : ds.people()) {
			PersonRow first = people.putIfAbsent(p.id(), p);
			if (first != null) {
				problems.add(new Problem("people.csv", p.line(), "id",
						FieldRules.duplicateId(p.id()) + " (first on line " + first.line() + ")"));
			}
			else if (units.containsKey(p.id()) || store.unitIds().contains(p.id())) {
				problems.add(new Problem("people.csv", p.line(), "id", FieldRules.idOfTheOtherKind("person", p.id(), "unit")
						+ (units.containsKey(p.id())
								? " (units.csv line " + units.get(p.id()).line() + ")" : " in the store")));
			}
		}
		for (UnitRow u : units.values()) {
			if (store.personIds().contains(u.id()) && !people.containsKey(u.id())) {
				problems.add(new Problem("units.csv", u.line(), "id",
						FieldRules.idOfTheOtherKind("unit", u.id(), "person") + " in the store"));
			}
		}
		Set<String> unitIds = new HashSet<>(store.unitIds());
		unitIds.addAll(units.keySet());
		Set<String> personIds = new HashSet<>(store.personIds());
		personIds.addAll(people.keySet());
		for (UnitRow u : ds.units()) {
			if (u.parentId() != null && !unitIds.contains(u.parentId())) {
				problems.add(new Problem("units.csv", u.line(), "parent_id", dangling("unit", u.parentId(), "units.csv")));
			}
		}
		Map<String, String> unitTypes = new HashMap<>(store.unitTypes());
		units.values().forEach(u -> unitTypes.put(u.id(), u.type()));
		Set<String> agreementIds = union(store.agreementIds(), ids(ds.agreements(), AgreementRow::id));
		Set<String> eventIds = union(store.eventIds(), ids(ds.events(), EventRow::id));
		ReferenceRules.Known known = new ReferenceRules.Known(unitIds::contains, personIds::contains,
				agreementIds::contains, eventIds::contains, unitTypes::get);
		for (PersonRow p : ds.people()) {
			references(known, problems, "people.csv", p.line()).person(p);
		}
		Map<DataSet.PostKey, PostRow> posts = new HashMap<>();
		for (PostRow p : ds.posts()) {
			references(known, problems, "posts.csv", p.line()).post(p);
			PostRow first = posts.putIfAbsent(p.key(), p);
			if (first != null) {
				problems.add(new Problem("posts.csv", p.line(), "-",
						FieldRules.duplicatePost("line " + first.line())));
			}
		}
		Map<DataSet.LinkKey, LinkRow> links = new HashMap<>();
		for (LinkRow l : ds.links()) {
			references(known, problems, "links.csv", l.line()).link(l);
			LinkRow first = links.putIfAbsent(l.key(), l);
			if (first != null) {
				problems.add(new Problem("links.csv", l.line(), "-",
						FieldRules.duplicateLink("line " + first.line())));
			}
		}
		findCycles(ds, units, store, problems);
		crossCheckV11(ds, store, units, people, known, problems);
	}

	/** The reference rules for one row, each problem put at its file and line with where it looked. */
	private static ReferenceRules references(ReferenceRules.Known known, List<Problem> problems, String file,
			int line) {
		return new ReferenceRules(known, (column, message, missing) -> problems
			.add(new Problem(file, line, column, missing == null ? message : message + lookedIn(missing))));
	}

	/** Where a reader looked for a row of {@code kind}: its file and the store. */
	private static String lookedIn(String kind) {
		return switch (kind) {
			case ReferenceRules.UNIT_OR_PERSON -> " in units.csv, people.csv or the store";
			case "person" -> " in people.csv or in the store";
			default -> " in " + kind + "s.csv or in the store";
		};
	}

	private static <T> Set<String> ids(List<T> rows, java.util.function.Function<T, String> id) {
		Set<String> ids = new HashSet<>();
		rows.forEach(r -> ids.add(id.apply(r)));
		return ids;
	}

	/** The ids of one kind of row: those of its file (id → line) and those in the store. */
	private record Kind(String name, String file, Map<String, Integer> lines, Set<String> stored) {

		boolean has(String id) {
			return this.lines.containsKey(id) || this.stored.contains(id);
		}

		String where(String id) {
			return this.lines.containsKey(id) ? " (" + this.file + " line " + this.lines.get(id) + ")" : " in the store";
		}

	}

	private static <T> Map<String, Integer> ids(String file, List<T> rows, java.util.function.Function<T, String> id,
			java.util.function.ToIntFunction<T> line, List<Problem> problems) {
		Map<String, Integer> lines = new HashMap<>();
		for (T row : rows) {
			Integer first = lines.putIfAbsent(id.apply(row), line.applyAsInt(row));
			if (first != null) {
				problems.add(new Problem(file, line.applyAsInt(row), "id",
						FieldRules.duplicateId(id.apply(row)) + " (first on line " + first + ")"));
			}
		}
		return lines;
	}

	/**
	 * The v1.1 files: ids unique per file and disjoint from every other kind's (units, people,
	 * agreements, items, events, in the data set or the store), every reference resolving, and one row
	 * per agreement and party, per event and attendee.
	 */
	private static void crossCheckV11(DataSet ds, StoreSnapshot store, Map<String, UnitRow> units,
			Map<String, PersonRow> people, ReferenceRules.Known known, List<Problem> problems) {
		Map<String, Integer> unitLines = new HashMap<>();
		units.values().forEach(u -> unitLines.put(u.id(), u.line()));
		Map<String, Integer> personLines = new HashMap<>();
		people.values().forEach(p -> personLines.put(p.id(), p.line()));
		Kind unit = new Kind("unit", "units.csv", unitLines, store.unitIds());
		Kind person = new Kind("person", "people.csv", personLines, store.personIds());
		Kind agreement = new Kind("agreement", "agreements.csv",
				ids("agreements.csv", ds.agreements(), AgreementRow::id, AgreementRow::line, problems),
				store.agreementIds());
		Kind item = new Kind("item", "items.csv", ids("items.csv", ds.items(), ItemRow::id, ItemRow::line, problems),
				store.itemIds());
		Kind event = new Kind("event", "events.csv",
				ids("events.csv", ds.events(), EventRow::id, EventRow::line, problems), store.eventIds());
		// Units and people are checked against each other above; here every kind against the new ones.
		List<Kind> kinds = List.of(unit, person, agreement, item, event);
		for (Kind own : kinds) {
			for (Map.Entry<String, Integer> row : own.lines().entrySet()) {
				for (Kind other : kinds) {
					boolean v1Pair = (own == unit || own == person) && (other == unit || other == person);
					if (other != own && !v1Pair && other.has(row.getKey())) {
						problems.add(new Problem(own.file(), row.getValue(), "id",
								FieldRules.idOfTheOtherKind(own.name(), row.getKey(), other.name())
										+ other.where(row.getKey())));
						break;
					}
				}
			}
		}
		Map<DataSet.PartyKey, PartyRow> parties = new HashMap<>();
		for (PartyRow p : ds.parties()) {
			references(known, problems, "agreement_parties.csv", p.line()).party(p);
			PartyRow first = parties.putIfAbsent(p.key(), p);
			if (first != null) {
				problems.add(new Problem("agreement_parties.csv", p.line(), "-",
						FieldRules.duplicateRow("party: same agreement and unit", "line " + first.line())));
			}
		}
		for (ItemRow i : ds.items()) {
			references(known, problems, "items.csv", i.line()).item(i);
		}
		for (EventRow e : ds.events()) {
			references(known, problems, "events.csv", e.line()).event(e);
		}
		Map<DataSet.AttendanceKey, AttendanceRow> attendance = new HashMap<>();
		for (AttendanceRow a : ds.attendance()) {
			references(known, problems, "attendance.csv", a.line()).attendance(a);
			AttendanceRow first = attendance.putIfAbsent(a.key(), a);
			if (first != null) {
				problems.add(new Problem("attendance.csv", a.line(), "-",
						FieldRules.duplicateRow("attendance: same event and attendee", "line " + first.line())));
			}
		}
	}

	private static String dangling(String kind, String id, String file) {
		return FieldRules.noSuch(kind, id) + " in " + file + " or in the store";
	}

	/** Walks up from every unit of the file over new and stored parents; reports each cycle once. */
	private static void findCycles(DataSet ds, Map<String, UnitRow> units, StoreSnapshot store,
			List<Problem> problems) {
		Map<String, String> parentOf = new HashMap<>(store.parentOf());
		for (UnitRow u : units.values()) {
			if (u.parentId() == null) {
				parentOf.remove(u.id());
			}
			else {
				parentOf.put(u.id(), u.parentId());
			}
		}
		Set<String> acyclic = new HashSet<>();
		Set<String> reported = new HashSet<>();
		for (UnitRow start : ds.units()) {
			LinkedHashSet<String> path = new LinkedHashSet<>();
			String at = start.id();
			while (at != null && !acyclic.contains(at) && path.add(at)) {
				at = parentOf.get(at);
			}
			if (at != null && !acyclic.contains(at)) {
				List<String> trail = new ArrayList<>(path);
				List<String> cycle = new ArrayList<>(trail.subList(trail.indexOf(at), trail.size()));
				if (Collections.disjoint(cycle, reported)) {
					reported.addAll(cycle);
					UnitRow where = cycle.stream()
						.map(units::get)
						.filter(java.util.Objects::nonNull)
						.min(java.util.Comparator.comparingInt(UnitRow::line))
						.orElse(start);
					int from = cycle.indexOf(where.id());
					List<String> shown = new ArrayList<>(cycle.subList(from, cycle.size()));
					shown.addAll(cycle.subList(0, from));
					shown.add(where.id());
					problems.add(new Problem("units.csv", where.line(), "parent_id",
							FieldRules.cycle(shown)));
				}
			}
			else {
				acyclic.addAll(path);
			}
		}
	}

	/** The cells of one row, checked by the field rules; every failed check adds a {@link Problem}. */
	private static final class Fields {

		private final CsvTable.Row row;

		private final Pool pool;

		final FieldRules rules;

		Fields(DataFile file, CsvTable.Row row, List<Problem> problems, Pool pool) {
			this.row = row;
			this.pool = pool;
			this.rules = new FieldRules(
					(column, message) -> problems.add(new Problem(file.fileName(), row.line(), column, message)),
					pool::date);
		}

		int line() {
			return this.row.line();
		}

		String get(String column) {
			String value = this.row.values().get(column);
			// Free text is seldom repeated: not worth a place in the pool.
			return "note".equals(column) || "phone".equals(column) ? value : this.pool.string(value);
		}

		/** The row's own cells (not its x_ columns) by column name. */
		Map<String, String> cells() {
			Map<String, String> cells = new HashMap<>();
			for (Map.Entry<String, String> cell : this.row.values().entrySet()) {
				if (!cell.getKey().startsWith(DataFile.EXTRA_PREFIX)) {
					cells.put(cell.getKey(), get(cell.getKey()));
				}
			}
			return cells;
		}

		SortedMap<String, String> extras() {
			SortedMap<String, String> extras = null;
			for (Map.Entry<String, String> cell : this.row.values().entrySet()) {
				if (cell.getKey().startsWith(DataFile.EXTRA_PREFIX)) {
					if (extras == null) {
						extras = new TreeMap<>();
					}
					extras.put(cell.getKey(), cell.getValue());
				}
			}
			// Most rows have no extra column: they share one empty map.
			return extras == null ? Collections.emptySortedMap() : extras;
		}

	}

}
