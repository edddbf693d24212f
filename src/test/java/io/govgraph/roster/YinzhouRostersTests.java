package io.govgraph.roster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;

import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample district as rosters ({@code data/yinzhou-rosters}, its README "Importing, and what
 * must come out") into an empty store: the structure data set, then the 2021, 2024 and 2026
 * folders without an as-of date, then every review candidate decided as {@code truth.csv} says,
 * through the {@code decideResolution} mutation. The store must then hold the sample's people
 * and posts and give its figures.
 * <p>
 * A context of its own (no sample data set loaded, its own store, closed after this class).
 * "Today" is 2026-06-30 in the district's zone, the day the 2026 folder describes and the
 * figures hold on: undated sheets take today as their date, so the posts they start, and what
 * they would end, must not depend on the day the test runs. The clock ticks from that day on
 * (time-outs and edit times still move); the figures are also asked with an explicit asOf.
 */
@SpringBootTest(properties = { "govgraph.sample=false", "govgraph.embedded.path=target/test-neo4j/${random.uuid}",
		"govgraph.embedded.bolt-port=0", "govgraph.rosters.key-file=target/test-keys/${random.uuid}/id-card.key" })
@AutoConfigureGraphQlTester
@WithMockUser(username = "reviewer", roles = { "AUDITOR", "EDITOR" })
@DirtiesContext
class YinzhouRostersTests {

	static final Path DATA = Path.of("data/yinzhou-rosters");

	static final Path SAMPLE_POSTS = Path.of("data/yinzhou/posts.csv");

	static final LocalDate DAY = LocalDate.of(2026, 6, 30);

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String MINGLOU = "yz.minglou", FGCS_OC = "yz.zhonghe.chengxing.fenggechengshi.oc";

	/** The clock of this context: today is {@link #DAY} in the district's zone. */
	@TestConfiguration(proxyBeanMethods = false)
	static class TodayIsTheSnapshotDay {

		@Bean
		@Primary
		Clock snapshotDayClock() {
			Clock system = Clock.system(ZONE);
			Instant start = DAY.atTime(9, 0).atZone(ZONE).toInstant();
			return Clock.offset(system, Duration.between(system.instant(), start));
		}

	}

	@Autowired
	DataSetImporter dataSets;

	@Autowired
	RosterImporter rosters;

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	Clock clock;

	@Test
	void theSampleRostersIntoAnEmptyStoreGiveTheSamplesPeoplePostsAndFigures() throws IOException {
		assertThat(LocalDate.now(this.clock)).isEqualTo(DAY);
		assertThat(this.dataSets.isEmpty()).isTrue();
		this.dataSets.importDataSet(DATA.resolve("structure"), false);
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isZero();

		List<RosterReport> reports = new ArrayList<>();
		for (String folder : List.of("2021", "2024", "2026")) {
			RosterReport report = this.rosters.importPaths(List.of(DATA.resolve("rosters").resolve(folder)), null, false,
					"test");
			assertThat(report.problems()).as(folder).isEmpty();
			assertThat(report.written()).as(folder).isTrue();
			reports.add(report);
		}
		// README: 1,838 mentions, 363 certain / 389 probable / 1,086 new, 8 candidates
		int rows = 0, certain = 0, probable = 0, fresh = 0, candidates = 0;
		for (RosterReport report : reports) {
			RosterReport.SheetReport total = report.total();
			rows += total.rows();
			certain += total.certain();
			probable += total.probable();
			fresh += total.newPeople();
			candidates += total.candidates();
		}
		Map<String, Long> byRule = byRule();
		assertThat(List.of(rows, certain + probable, fresh, candidates)).as("%s", byRule)
			.containsExactly(1838, 363 + 389, 1086, 8);
		// The importer first looks for the same row of an earlier roster of the unit (how decisions
		// and a unit's history carry over); check.py has no such rule and matches those rows by their
		// evidence instead: 29 by ID card or name + phone (certain), 6 by name + birth (probable).
		assertThat(byRule).containsExactlyInAnyOrderEntriesOf(Map.of("CERTAIN " + Resolver.ID_CARD, 13L,
				"CERTAIN " + Resolver.NAME_PHONE, 321L, "CERTAIN " + Resolver.SAME_ROW, 35L,
				"PROBABLE " + Resolver.NAME_BIRTH, 383L, "NEW -", 1086L));
		long sameRowCertain = sameRowMentionsCertainByEvidence();
		assertThat(List.of(certain - 35 + sameRowCertain, probable + 35 - sameRowCertain)).as("%s", byRule)
			.containsExactly(363L, 389L);
		assertThat(count("MATCH (m:RosterMention) RETURN count(m)")).isEqualTo(1838);
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(1086);

		Truth truth = Truth.read(DATA.resolve("truth.csv"));
		List<Map<String, Object>> open = openCandidates();
		assertThat(open).hasSize(8);
		assertThat(pendingCandidates(null)).isPositive();
		Map<String, Integer> pendingBefore = pendingByStreet();

		Set<String> sameSamplePeople = new TreeSet<>();
		for (Map<String, Object> candidate : open) {
			Map<String, Set<String>> sidesOf = truth.sides(candidate);
			assertThat(sidesOf).as("two people: %s", candidate).hasSize(2);
			List<Set<String>> sides = List.copyOf(sidesOf.values());
			sides.forEach(side -> assertThat(side).as("one sample person a side: %s", candidate).hasSize(1));
			boolean same = sides.get(0).equals(sides.get(1));
			// the sample has no namesakes: every candidate is SAME by the truth
			assertThat(same).as("%s", candidate).isTrue();
			sameSamplePeople.addAll(sides.get(0));
			decide((String) candidate.get("id"), same ? "SAME" : "DIFFERENT");
		}
		assertThat(sameSamplePeople).hasSize(8);
		assertThat(openCandidates()).isEmpty();
		assertThat(pendingCandidates(null)).isZero();
		pendingByStreet().values().forEach(p -> assertThat(p).isZero());
		// 孙辉铭 (岚山公寓业委会) is 孙辉明 of 华光社区's party committee: one compound of 百丈 waits
		// on that decision; the name-only candidates of 明楼 and 中河 hold posts that are no side of a
		// compound's cross-appointment
		assertThat(pendingBefore).isEqualTo(Map.of("yz.baizhang", 1));

		// 1,078 people, one a sample person: the resolution joined no two and split none
		assertThat(count("MATCH (p:Person) RETURN count(p)")).isEqualTo(1078);
		Map<String, String> sampleOf = truth.samplePersonOfStoredPerson(mentions());
		assertThat(sampleOf).hasSize(1078);
		assertThat(new HashSet<>(sampleOf.values())).hasSize(1078);

		// 1,800 posts in force on the day: the sample's, with person, unit, role and since
		Set<String> stored = postsInForce().stream()
			.map(p -> sampleOf.get(p.get(0)) + " " + p.get(1) + " " + p.get(2) + " " + p.get(3))
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> sample = samplePostsInForce();
		Set<String> missing = new TreeSet<>(sample);
		missing.removeAll(stored);
		Set<String> extra = new TreeSet<>(stored);
		extra.removeAll(sample);
		assertThat(List.of(missing, extra)).as("posts missing, posts not in the sample").containsOnly(Set.of());
		assertThat(stored).hasSize(1800);

		this.graphQl.document("""
				query($scopeId: ID, $asOf: Date) { crossAppointmentStats(scopeId: $scopeId, asOf: $asOf) {
				  compounds withOwnersCommittee withCrossAppointment crossAppointedPeople pendingCandidates } }""")
			.variable("scopeId", MINGLOU)
			.variable("asOf", DAY.toString())
			.execute()
			.path("crossAppointmentStats")
			.matchesJson("""
					{"compounds": 21, "withOwnersCommittee": 15, "withCrossAppointment": 14, "crossAppointedPeople": 22,
					 "pendingCandidates": 0}""");
		this.graphQl.documentName("crossAppointmentStats")
			.variable("scopeId", MINGLOU)
			.execute()
			.path("crossAppointmentStats")
			.matchesJson("""
					{"compounds": 21, "withOwnersCommittee": 15, "withCrossAppointment": 14, "crossAppointedPeople": 22}""");
		this.graphQl.documentName("ownersCommitteeComposition")
			.variable("id", FGCS_OC)
			.variable("asOf", DAY.toString())
			.execute()
			.path("ownersCommitteeComposition")
			.matchesJson("""
					{"members": 9, "partyMembers": 7, "reps": 36, "partyReps": 25}""");
	}

	private List<Map<String, Object>> openCandidates() {
		return this.graphQl.document("""
				{ resolutionCandidates(first: 100) { edges { node { id
				  mentions { personId file sheet row unitId name } evidence { rule agree differ } } } } }""")
			.execute()
			.path("resolutionCandidates.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	private void decide(String candidateId, String decision) {
		this.graphQl.document("""
				mutation($id: ID!, $d: ResolutionDecision!) {
				  decideResolution(candidateId: $id, decision: $d, reason: "truth.csv") { status } }""")
			.variable("id", candidateId)
			.variable("d", decision)
			.execute()
			.path("decideResolution.status")
			.entity(String.class)
			.isEqualTo(decision);
	}

	private int pendingCandidates(String scopeId) {
		return this.graphQl.document("""
				query($scopeId: ID, $asOf: Date) { crossAppointmentStats(scopeId: $scopeId, asOf: $asOf) {
				  pendingCandidates } }""")
			.variable("scopeId", scopeId)
			.variable("asOf", DAY.toString())
			.execute()
			.path("crossAppointmentStats.pendingCandidates")
			.entity(Integer.class)
			.get();
	}

	/** The streets with a compound that an open candidate would change. */
	private Map<String, Integer> pendingByStreet() {
		Map<String, Integer> pending = new TreeMap<>();
		for (String street : List.of("yz.baizhang", "yz.minglou", "yz.zhonghe", "yz.dongliu", "yz.dongsheng",
				"yz.xiaying")) {
			int p = pendingCandidates(street);
			if (p > 0) {
				pending.put(street, p);
			}
		}
		return pending;
	}

	/**
	 * Of the mentions matched as the same row of an earlier roster, those whose ID-card hash, or
	 * name and phone, a mention of an earlier import of the same person has too.
	 */
	private long sameRowMentionsCertainByEvidence() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (m:RosterMention {rule: $sameRow}), (i:RosterImport {id: m.importId})
					WHERE EXISTS {
					  MATCH (e:RosterMention {personId: m.personId}), (ei:RosterImport {id: e.importId})
					  WHERE ei.at < i.at AND (e.idHash = m.idHash OR (e.name = m.name AND e.phone = m.phone)) }
					RETURN count(m)""", Map.of("sameRow", Resolver.SAME_ROW)).single().get(0).asLong());
		}
	}

	/** How the mentions were resolved: match and rule. */
	private Map<String, Long> byRule() {
		try (Session session = this.driver.session()) {
			Map<String, Long> byRule = new TreeMap<>();
			session.executeRead(tx -> tx.run("MATCH (m:RosterMention) RETURN m.match + ' ' + coalesce(m.rule, '-') AS rule, count(*) AS n")
				.list())
				.forEach(r -> byRule.put(r.get("rule").asString(), r.get("n").asLong()));
			return byRule;
		}
	}

	private long count(String statement) {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run(statement).single().get(0).asLong());
		}
	}

	/** file, sheet, row and the stored person of every mention. */
	private List<List<Object>> mentions() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx
				.run("MATCH (m:RosterMention) RETURN m.file AS file, m.sheet AS sheet, m.row AS row, m.personId AS personId")
				.list(r -> List.<Object>of(r.get("file").asString(), r.get("sheet").asString(), r.get("row").asInt(),
						r.get("personId").asString())));
		}
	}

	/** person id, unit id, role and since of every post in force on the day. */
	private List<List<String>> postsInForce() {
		try (Session session = this.driver.session()) {
			return session.executeRead(tx -> tx.run("""
					MATCH (p:Person)-[h:HOLDS_POST]->(u:Unit)
					WHERE h.since <= $day AND (h.until IS NULL OR h.until >= $day)
					RETURN p.id AS person, u.id AS unit, h.role AS role, toString(h.since) AS since""", Map.of("day", DAY))
				.list(r -> List.of(r.get("person").asString(), r.get("unit").asString(), r.get("role").asString(),
						r.get("since").asString())));
		}
	}

	/** The sample's posts in force on the day, but the reported members' (on no roster). */
	private static Set<String> samplePostsInForce() throws IOException {
		Set<String> posts = new TreeSet<>();
		for (CSVRecord r : CSVFormat.DEFAULT.builder()
			.setHeader()
			.get()
			.parse(Files.newBufferedReader(SAMPLE_POSTS, StandardCharsets.UTF_8))) {
			LocalDate since = LocalDate.parse(r.get("since"));
			String until = r.get("until");
			if (!since.isAfter(DAY) && (until.isEmpty() || !LocalDate.parse(until).isBefore(DAY))
					&& !r.get("role").equals("REPORTED_MEMBER")) {
				posts.add(r.get("person_id") + " " + r.get("unit_id") + " " + r.get("role") + " " + since);
			}
		}
		return posts;
	}

	/** truth.csv: the sample person of every mention, by file name (unique across folders), sheet and row. */
	private record Truth(Map<String, String> personOf) {

		static Truth read(Path file) throws IOException {
			Map<String, String> personOf = new HashMap<>();
			for (CSVRecord r : CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
				String name = Path.of(r.get("file")).getFileName().toString();
				personOf.put(key(name, r.get("sheet"), Integer.parseInt(r.get("row"))), r.get("person_id"));
			}
			assertThat(personOf).hasSize(1838);
			return new Truth(personOf);
		}

		static String key(String file, String sheet, int row) {
			return file + "!" + sheet + "!" + row;
		}

		String sampleOf(Object file, Object sheet, Object row) {
			String person = this.personOf.get(key((String) file, (String) sheet, ((Number) row).intValue()));
			assertThat(person).as("truth of %s!%s!%s", file, sheet, row).isNotNull();
			return person;
		}

		/** A candidate's two stored people, each with the sample people its mentions are. */
		@SuppressWarnings("unchecked")
		Map<String, Set<String>> sides(Map<String, Object> candidate) {
			Map<String, Set<String>> sides = new TreeMap<>();
			for (Map<String, Object> m : (List<Map<String, Object>>) candidate.get("mentions")) {
				sides.computeIfAbsent((String) m.get("personId"), k -> new TreeSet<>())
					.add(sampleOf(m.get("file"), m.get("sheet"), m.get("row")));
			}
			return sides;
		}

		/** Each stored person's sample person; fails when a stored person's mentions are two sample people. */
		Map<String, String> samplePersonOfStoredPerson(List<List<Object>> mentions) {
			Map<String, String> sampleOf = new HashMap<>();
			for (List<Object> m : mentions) {
				String sample = sampleOf(m.get(0), m.get(1), m.get(2));
				String before = sampleOf.putIfAbsent((String) m.get(3), sample);
				assertThat(before).as("person %s", m.get(3)).isIn(null, sample);
			}
			return sampleOf;
		}

	}

}
