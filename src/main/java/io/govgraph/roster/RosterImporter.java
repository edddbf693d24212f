package io.govgraph.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Service;

import io.govgraph.events.ChangeEvents;
import io.govgraph.model.PartialDate;
import io.govgraph.store.CypherQueries;
import io.govgraph.web.AsOf;

/**
 * Imports rosters (spec rosters.md): reads every file, finds each sheet's unit, decides who is
 * who ({@link Resolver}) and plans each unit's snapshot ({@link Snapshots}); then, when nothing
 * is wrong in any file, writes people, posts started and ended, mentions, candidates and the
 * units' roster dates in one transaction. A district's rosters are a few thousand rows, so one
 * transaction is small, and it makes the import all-or-nothing across crashes without the
 * batched data-set importer's journal. A dry run does all but the write.
 */
@Service
public class RosterImporter {

	private static final String PEOPLE_KNOWN = "roster/people_known", DIFFERENT_PAIRS = "roster/different_pairs",
			UNIT_POSTS = "roster/unit_posts", CREATE_PEOPLE = "roster/create_people",
			FILL_PEOPLE = "roster/fill_people", CREATE_POSTS = "roster/create_posts", END_POSTS = "roster/end_posts",
			REMOVE_POSTS = "roster/remove_posts", CREATE_MENTIONS = "roster/create_mentions",
			CREATE_CANDIDATES = "roster/create_candidates", CREATE_SNAPSHOTS = "roster/create_snapshots",
			CREATE_IMPORT = "roster/create_import";

	/** A file to import: its name as the report shows it, and its bytes. */
	public record RosterFile(String name, byte[] bytes) {
	}

	private final Driver driver;

	private final StoreUnits units;

	private final RosterProperties properties;

	private final Roles roles;

	private final Map<String, String> cypher = new HashMap<>();

	private final AsOf asOf;

	private IdCardHasher hasher;

	private final ChangeEvents events;

	public RosterImporter(Driver driver, CypherQueries queries, StoreUnits units, RosterProperties properties,
			AsOf asOf, ChangeEvents events) {
		this.driver = driver;
		this.events = events;
		this.asOf = asOf;
		this.units = units;
		this.properties = properties;
		this.roles = properties.rolesFile() == null ? Roles.defaults() : Roles.withFile(properties.rolesFile());
		for (String name : List.of(PEOPLE_KNOWN, DIFFERENT_PAIRS, UNIT_POSTS, CREATE_PEOPLE, FILL_PEOPLE, CREATE_POSTS,
				END_POSTS, REMOVE_POSTS, CREATE_MENTIONS, CREATE_CANDIDATES, CREATE_SNAPSHOTS, CREATE_IMPORT)) {
			this.cypher.put(name, queries.get(name));
		}
	}

	/**
	 * Imports the files and folders (a folder's .xlsx and .csv files, by name) in the order given;
	 * {@code asOf} null takes each sheet's date from its title rows, else today (govgraph.zone).
	 */
	public RosterReport importPaths(List<Path> paths, LocalDate asOf, boolean dryRun, String account) {
		List<RosterFile> files = new ArrayList<>();
		List<RosterProblem> problems = new ArrayList<>();
		for (Path path : paths) {
			String shown = path.getFileName() == null ? path.toString() : path.getFileName().toString();
			if (Files.isDirectory(path)) {
				List<Path> inside;
				try (Stream<Path> list = Files.list(path)) {
					inside = list.filter(Files::isRegularFile).filter(p -> rosterName(p.getFileName().toString()))
						.sorted(Comparator.comparing(p -> p.getFileName().toString()))
						.toList();
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot list " + path, ex);
				}
				if (inside.isEmpty()) {
					problems.add(new RosterProblem(shown, "", "-", "-", "the folder holds no .xlsx, .xls or .csv file"));
				}
				inside.forEach(p -> files.add(read(p)));
			}
			else if (Files.isRegularFile(path)) {
				files.add(read(path));
			}
			else {
				problems.add(new RosterProblem(shown, "", "-", "-", "no such file or folder: " + path));
			}
		}
		if (!problems.isEmpty()) {
			return new RosterReport(null, dryRun, List.of(), List.of(), problems);
		}
		return importFiles(files, asOf, dryRun, account);
	}

	private static boolean rosterName(String name) {
		String lower = name.toLowerCase();
		return !name.startsWith(".") && !name.startsWith("~$")
				&& (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".csv"));
	}

	private static RosterFile read(Path path) {
		try {
			return new RosterFile(path.getFileName().toString(), Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

	/** Imports the files in the order given: all or nothing. */
	public RosterReport importFiles(List<RosterFile> files, LocalDate asOf, boolean dryRun, String account) {
		LocalDate today = this.asOf.orToday(null);
		List<RosterProblem> problems = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		RosterReader reader = new RosterReader(this.properties.maxFileBytes());
		RosterInterpreter interpreter = new RosterInterpreter(this.units.load(), this.roles, hasher());
		List<RosterInterpreter.SheetMentions> sheets = new ArrayList<>();
		for (RosterFile file : files) {
			RosterReader.Read read = reader.read(file.name(), file.bytes());
			problems.addAll(read.problems());
			read.skipped().forEach(s -> skipped.add(file.name() + "!" + s));
			for (RosterSheet sheet : read.sheets()) {
				sheets.add(interpreter.interpret(sheet, asOf, today, problems));
			}
		}
		if (!problems.isEmpty()) {
			return new RosterReport(null, dryRun, List.of(), skipped, problems);
		}
		Plan plan = plan(sheets, problems);
		if (!problems.isEmpty()) {
			return new RosterReport(null, dryRun, List.of(), skipped, problems);
		}
		String importId = null;
		if (!dryRun) {
			importId = "ri-" + UUID.randomUUID();
			write(importId, account, files, plan);
		}
		return new RosterReport(importId, dryRun, plan.reports(), skipped, List.of());
	}

	private synchronized IdCardHasher hasher() {
		if (this.hasher == null) {
			this.hasher = IdCardHasher.withKeyFile(this.properties.keyFile());
		}
		return this.hasher;
	}

	/** Per sheet, the counters of its report line. */
	private static final class Counts {

		final RosterInterpreter.SheetMentions sheet;

		int certain, probable, fresh, candidates, started, ended;

		Counts(RosterInterpreter.SheetMentions sheet) {
			this.sheet = sheet;
		}

		RosterReport.SheetReport report() {
			RosterSheet s = this.sheet.sheet();
			String unit = this.sheet.unit() != null ? this.sheet.unit().name() + " (" + this.sheet.unit().id() + ")"
					: "units per row";
			return new RosterReport.SheetReport(s.file(), s.sheet(), unit, this.sheet.asOf(), this.sheet.mentions().size(),
					this.certain, this.probable, this.fresh, this.candidates, this.started, this.ended,
					List.copyOf(s.ignored()));
		}

	}

	/** A post to create, possibly ended again by a later snapshot of the same import. */
	private static final class NewPost {

		final String personId;

		final String unitId;

		final Snapshots.Listed listed;

		final Mention mention;

		final LocalDate since;

		LocalDate until;

		String untilGiven;

		boolean dropped;

		NewPost(String unitId, Snapshots.Listed listed, Mention mention, LocalDate asOf) {
			this.personId = listed.personId();
			this.unitId = unitId;
			this.listed = listed;
			this.mention = mention;
			this.since = listed.since() != null ? listed.since().firstDay() : asOf;
			if (listed.until() != null) {
				this.until = listed.until().firstDay();
				this.untilGiven = listed.until().isPartial() ? listed.until().text() : null;
			}
		}

		Map<String, Object> row(String importId) {
			Map<String, Object> props = new HashMap<>();
			props.put("role", this.listed.role());
			props.put("title", this.listed.title());
			props.put("since", this.since);
			if (this.listed.since() != null && this.listed.since().isPartial()) {
				props.put("sinceGiven", this.listed.since().text());
			}
			props.put("until", this.until);
			props.put("untilGiven", this.untilGiven);
			props.put("source", "roster:" + this.mention.place());
			props.put("rosterImport", importId);
			Map<String, Object> row = new HashMap<>();
			row.put("personId", this.personId);
			row.put("unitId", this.unitId);
			row.put("props", props);
			return row;
		}

	}

	/** Everything an import will write, and the report. */
	private record Plan(List<Counts> counts, Resolver.Resolution resolution, List<NewPost> posts,
			List<Map<String, Object>> ends, List<String> removes, List<Map<String, Object>> snapshots) {

		List<RosterReport.SheetReport> reports() {
			return this.counts.stream().map(Counts::report).toList();
		}

	}

	private Plan plan(List<RosterInterpreter.SheetMentions> sheets, List<RosterProblem> problems) {
		List<Mention> mentions = new ArrayList<>();
		Map<Mention, Counts> countsOf = new IdentityHashMap<>();
		List<Counts> counts = new ArrayList<>();
		for (RosterInterpreter.SheetMentions sheet : sheets) {
			Counts c = new Counts(sheet);
			counts.add(c);
			for (Mention m : sheet.mentions()) {
				mentions.add(m);
				countsOf.put(m, c);
			}
		}
		Resolver.Resolution resolution = Resolver.resolve(mentions, known(), different(),
				() -> "rp-" + UUID.randomUUID().toString().substring(0, 13));
		Map<Mention, Resolver.Resolved> resolvedOf = new IdentityHashMap<>();
		for (Resolver.Resolved r : resolution.resolved()) {
			resolvedOf.put(r.mention(), r);
			Counts c = countsOf.get(r.mention());
			switch (r.match()) {
				case CERTAIN -> c.certain++;
				case PROBABLE -> c.probable++;
				case NEW -> c.fresh++;
			}
		}
		resolution.candidates().forEach(k -> countsOf.get(k.mention()).candidates++);

		// One snapshot per unit and date, applied oldest first; sheets of one unit and date add up.
		record Key(String unitId, LocalDate asOf) {
		}
		Map<Key, List<Mention>> groups = new LinkedHashMap<>();
		for (RosterInterpreter.SheetMentions sheet : sheets) {
			for (Mention m : sheet.mentions()) {
				groups.computeIfAbsent(new Key(m.unit().id(), sheet.asOf()), k -> new ArrayList<>()).add(m);
			}
		}
		Set<String> unitIds = new HashSet<>();
		groups.keySet().forEach(k -> unitIds.add(k.unitId()));
		Map<String, LocalDate> last = new HashMap<>();
		Map<String, List<Snapshots.StoredPost>> stored = new HashMap<>();
		try (Session session = this.driver.session()) {
			session.executeRead(tx -> tx.run(this.cypher.get(UNIT_POSTS), Map.of("unitIds", List.copyOf(unitIds))).list())
				.forEach(r -> {
					String unitId = r.get("unitId").asString();
					if (!r.get("lastImported").isNull()) {
						last.put(unitId, r.get("lastImported").asLocalDate());
					}
					List<Snapshots.StoredPost> posts = new ArrayList<>();
					for (Value p : r.get("posts").values()) {
						posts.add(new Snapshots.StoredPost(p.get("personId").asString(), p.get("role").asString(),
								p.get("since").isNull() ? null : p.get("since").asLocalDate(),
								p.get("until").isNull() ? null : p.get("until").asLocalDate(), p.get("ref").asString()));
					}
					stored.put(unitId, posts);
				});
		}
		List<NewPost> posts = new ArrayList<>();
		Map<String, NewPost> pending = new HashMap<>();
		Map<String, Map<String, Object>> ends = new LinkedHashMap<>();
		List<String> removes = new ArrayList<>();
		List<Map<String, Object>> snapshots = new ArrayList<>();
		List<Key> keys = new ArrayList<>(groups.keySet());
		keys.sort(Comparator.comparing(Key::asOf));
		for (Key key : keys) {
			List<Mention> listedBy = groups.get(key);
			Map<Snapshots.Listed, Mention> listed = new LinkedHashMap<>();
			for (Mention m : listedBy) {
				String personId = resolvedOf.get(m).personId();
				for (Roles.Post post : m.posts()) {
					listed.putIfAbsent(new Snapshots.Listed(personId, post.role(), post.title(), m.since(), m.until()), m);
				}
			}
			List<Snapshots.StoredPost> unitPosts = stored.computeIfAbsent(key.unitId(), k -> new ArrayList<>());
			Snapshots.Plan p;
			try {
				p = Snapshots.plan(key.unitId(), key.asOf(), last.get(key.unitId()), unitPosts, List.copyOf(listed.keySet()));
			}
			catch (IllegalArgumentException ex) {
				Mention first = listedBy.get(0);
				problems.add(new RosterProblem(first.file(), first.sheet(), "-", "单位",
						first.unit().name() + ": " + ex.getMessage()));
				continue;
			}
			Counts firstSheet = countsOf.get(listedBy.get(0));
			for (Snapshots.Listed l : p.start()) {
				Mention m = listed.get(l);
				NewPost post = new NewPost(key.unitId(), l, m, key.asOf());
				String ref = "new:" + posts.size();
				posts.add(post);
				pending.put(ref, post);
				unitPosts.add(new Snapshots.StoredPost(l.personId(), l.role(), post.since, post.until, ref));
				countsOf.get(m).started++;
			}
			for (Snapshots.StoredPost s : p.end()) {
				unitPosts.remove(s);
				unitPosts.add(new Snapshots.StoredPost(s.personId(), s.role(), s.since(), p.endDay(), s.ref()));
				NewPost created = pending.get(s.ref());
				if (created != null) {
					created.until = p.endDay();
					created.untilGiven = null;
				}
				else {
					ends.put(s.ref(), Map.of("ref", s.ref(), "until", p.endDay()));
				}
				firstSheet.ended++;
			}
			for (Snapshots.StoredPost s : p.remove()) {
				unitPosts.remove(s);
				NewPost created = pending.get(s.ref());
				if (created != null) {
					created.dropped = true;
				}
				else {
					removes.add(s.ref());
				}
				firstSheet.ended++;
			}
			last.put(key.unitId(), key.asOf());
			Mention first = listedBy.get(0);
			Map<String, Object> snapshot = new HashMap<>();
			snapshot.put("unitId", key.unitId());
			snapshot.put("asOf", key.asOf());
			snapshot.put("file", first.file());
			snapshot.put("sheet", first.sheet());
			snapshots.add(snapshot);
		}
		return new Plan(counts, resolution, posts.stream().filter(n -> !n.dropped).toList(), List.copyOf(ends.values()),
				removes, snapshots);
	}

	private List<Resolver.Known> known() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(this.cypher.get(PEOPLE_KNOWN)).list(RosterImporter::known));
		}
	}

	private static Resolver.Known known(Record r) {
		String phone = r.get("phone").isNull() ? null : r.get("phone").asString();
		if (phone == null) {
			phone = r.get("phones").asList(Value::asString).stream().findFirst().orElse(null);
		}
		String birth = r.get("birthYear").isNull() ? null : Integer.toString(r.get("birthYear").asInt());
		for (String b : r.get("births").asList(Value::asString)) {
			if (birth == null || b.length() > birth.length()) {
				birth = b;
			}
		}
		Set<String> streets = new HashSet<>(r.get("streets").asList(Value::asString));
		streets.addAll(r.get("mentionStreets").asList(Value::asString));
		return new Resolver.Known(r.get("id").asString(), RosterText.name(r.get("name").asString("")), phone, birth,
				r.get("gender").isNull() ? null : r.get("gender").asString(),
				new HashSet<>(r.get("idHashes").asList(Value::asString)), streets,
				new HashSet<>(r.get("keys").asList(Value::asString)));
	}

	private Set<String> different() {
		try (Session session = this.driver.session()) {
			return new HashSet<>(session.executeRead(
					tx -> tx.run(this.cypher.get(DIFFERENT_PAIRS)).list(r -> r.get("pair").asString())));
		}
	}

	private void write(String importId, String account, List<RosterFile> files, Plan plan) {
		Map<String, Map<String, Object>> people = new LinkedHashMap<>();
		Map<String, Map<String, Object>> fills = new LinkedHashMap<>();
		List<Map<String, Object>> mentions = new ArrayList<>();
		Map<Mention, String> mentionIds = new IdentityHashMap<>();
		for (Resolver.Resolved r : plan.resolution().resolved()) {
			Mention m = r.mention();
			Map<String, Object> person = r.created() ? people.computeIfAbsent(r.personId(), id -> newPerson(id, m))
					: people.containsKey(r.personId()) ? people.get(r.personId())
							: fills.computeIfAbsent(r.personId(), id -> new HashMap<>(Map.of("id", id)));
			fill(person, m);
			String id = "rm-" + UUID.randomUUID();
			mentionIds.put(m, id);
			Map<String, Object> mention = new HashMap<>();
			mention.put("id", id);
			mention.put("importId", importId);
			mention.put("file", m.file());
			mention.put("sheet", m.sheet());
			mention.put("row", m.row());
			mention.put("unitId", m.unit().id());
			mention.put("streetId", m.unit().streetId());
			mention.put("written", m.written());
			mention.put("name", m.name());
			mention.put("key", r.key());
			mention.put("personId", r.personId());
			mention.put("match", r.match().name());
			mention.put("rule", r.rule());
			mention.put("phone", m.phone());
			mention.put("birth", m.birthText());
			mention.put("gender", m.gender());
			mention.put("idHash", m.idHash());
			mentions.add(mention);
		}
		List<Map<String, Object>> candidates = new ArrayList<>();
		for (Resolver.Candidate c : plan.resolution().candidates()) {
			Map<String, Object> row = new HashMap<>();
			row.put("id", "rc-" + UUID.randomUUID());
			row.put("importId", importId);
			row.put("pair", c.pairKey());
			row.put("personId", c.personId());
			row.put("otherId", c.otherId());
			row.put("mentionId", mentionIds.get(c.mention()));
			row.put("rule", c.rule());
			row.put("agree", c.evidence().agree());
			row.put("differ", c.evidence().differ());
			row.put("score", c.score());
			candidates.add(row);
		}
		List<Map<String, Object>> posts = plan.posts().stream().map(p -> p.row(importId)).toList();
		List<Map<String, Object>> snapshots = plan.snapshots().stream().map(s -> {
			Map<String, Object> row = new HashMap<>(s);
			row.put("importId", importId);
			return row;
		}).toList();
		try (Session session = this.driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				run(tx, CREATE_PEOPLE, Map.of("rows", List.copyOf(people.values())));
				run(tx, FILL_PEOPLE, Map.of("rows", List.copyOf(fills.values())));
				run(tx, CREATE_POSTS, Map.of("rows", posts));
				run(tx, END_POSTS, Map.of("rows", plan.ends()));
				run(tx, REMOVE_POSTS, Map.of("refs", plan.removes()));
				run(tx, CREATE_MENTIONS, Map.of("rows", mentions));
				run(tx, CREATE_CANDIDATES, Map.of("rows", candidates));
				run(tx, CREATE_SNAPSHOTS, Map.of("rows", snapshots));
				Map<String, Object> parameters = new HashMap<>();
				parameters.put("id", importId);
				parameters.put("account", account);
				parameters.put("files", files.stream().map(RosterFile::name).toList());
				run(tx, CREATE_IMPORT, parameters);
				this.events.rosterImported(tx, importId, posts, plan.ends());
			});
		}
	}

	private void run(TransactionContext tx, String statement, Map<String, Object> parameters) {
		tx.run(this.cypher.get(statement), parameters).consume();
	}

	private static Map<String, Object> newPerson(String id, Mention m) {
		Map<String, Object> props = new HashMap<>();
		props.put("id", id);
		props.put("name", m.name());
		props.put("source", "roster:" + m.place());
		return props;
	}

	/** What a mention says of a person, where nothing earlier said it. */
	private static void fill(Map<String, Object> person, Mention m) {
		person.putIfAbsent("phone", m.phone());
		person.putIfAbsent("gender", m.gender());
		person.putIfAbsent("birthYear", m.birthYear());
		person.putIfAbsent("partyMember", m.partyMember());
		if (person.containsKey("source") && m.partySince() != null && person.get("partySince") == null) {
			PartialDate since = m.partySince();
			person.put("partySince", since.firstDay());
			if (since.isPartial()) {
				person.put("partySinceGiven", since.text());
			}
		}
		person.values().removeIf(java.util.Objects::isNull);
	}

}
