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
import io.govgraph.model.DataSet.LinkRow;
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

/**
 * Reads and checks a v1 data set (docs/spec/import-format.md) completely before anything is written: every
 * problem in every file is collected and reported together, as {@code file:line: column: message}.
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
		boolean[] complete = { files.size() == DataFile.values().length };
		// The four files are parsed side by side, each into problems of its own (sorted together below).
		// They share one copy of each repeated cell (an id referred to from other rows, a type, a
		// role, a date), which halves the memory a large data set holds until it is written.
		Pool pool = new Pool();
		Parsed<UnitRow> units = parse(files, DataFile.UNITS, DataSetReader::unit, rejectedUnits, pool);
		Parsed<PersonRow> people = parse(files, DataFile.PEOPLE, DataSetReader::person, rejectedPeople, pool);
		Parsed<PostRow> posts = parse(files, DataFile.POSTS, DataSetReader::post, new HashSet<>(), pool);
		Parsed<LinkRow> links = parse(files, DataFile.LINKS, DataSetReader::link, new HashSet<>(), pool);
		runAll(List.of(units, people, posts, links));
		for (Parsed<?> parsed : List.of(units, people, posts, links)) {
			problems.addAll(parsed.problems);
			complete[0] &= parsed.readable;
		}
		DataSet dataSet = new DataSet(units.rows, people.rows, posts.rows, links.rows);
		store = new StoreSnapshot(union(store.unitIds(), rejectedUnits), union(store.personIds(), rejectedPeople),
				store.parentOf());
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
				f.get("gender"), f.get("birth_year"), f.get("phone"), f.get("source")), f.line(), f.extras());
	}

	private static PostRow post(Fields f) {
		return f.rules.post(new PostCells(f.get("person_id"), f.get("unit_id"), f.get("role"), f.get("title"),
				f.get("since"), f.get("until"), f.get("source")), f.line(), f.extras());
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
		Map<DataSet.PostKey, PostRow> posts = new HashMap<>();
		for (PostRow p : ds.posts()) {
			if (!personIds.contains(p.personId())) {
				problems.add(new Problem("posts.csv", p.line(), "person_id", dangling("person", p.personId(), "people.csv")));
			}
			if (!unitIds.contains(p.unitId())) {
				problems.add(new Problem("posts.csv", p.line(), "unit_id", dangling("unit", p.unitId(), "units.csv")));
			}
			PostRow first = posts.putIfAbsent(p.key(), p);
			if (first != null) {
				problems.add(new Problem("posts.csv", p.line(), "-",
						FieldRules.duplicatePost("line " + first.line())));
			}
		}
		Map<DataSet.LinkKey, LinkRow> links = new HashMap<>();
		for (LinkRow l : ds.links()) {
			if (!unitIds.contains(l.fromId())) {
				problems.add(new Problem("links.csv", l.line(), "from_id", dangling("unit", l.fromId(), "units.csv")));
			}
			if (!unitIds.contains(l.toId())) {
				problems.add(new Problem("links.csv", l.line(), "to_id", dangling("unit", l.toId(), "units.csv")));
			}
			LinkRow first = links.putIfAbsent(l.key(), l);
			if (first != null) {
				problems.add(new Problem("links.csv", l.line(), "-",
						FieldRules.duplicateLink("line " + first.line())));
			}
		}
		findCycles(ds, units, store, problems);
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
