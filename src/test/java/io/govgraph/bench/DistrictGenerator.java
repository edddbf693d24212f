package io.govgraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.govgraph.model.Vocabulary;

/**
 * Writes a synthetic district in the v1 interchange format, for benchmarks: districts of streets,
 * each street with communities, grids, building groups, compounds with owners committees, a
 * residents committee and a joint meeting; property companies serving compounds; stationed units,
 * industry systems and new-field organizations co-constructing with streets and communities; law
 * firms paired with communities; and people holding one to three posts (some cross-appointed).
 * The same size and seed always give the same files. About 950 vertices a street, 45% of them
 * people; rows ≈ 1.83 × vertices. With {@code v11} the district also carries the v1.1 files (see
 * {@link #generate(Path, int, long, boolean, boolean)}); without it the files are the v1 ones, byte
 * for byte as before the option existed.
 */
public final class DistrictGenerator {

	/** Vertices (units + people) a street brings, measured on generated data; used to size. */
	static final int VERTICES_PER_STREET = 950;

	/** The same for the dense mode, with its reporting members and lawyers. */
	static final int DENSE_VERTICES_PER_STREET = 1_090;

	/** The same with the v1.1 files: three reporting members a community more. */
	static final int V11_VERTICES_PER_STREET = 980;

	/**
	 * The day the v1.1 files are written around: delivered items, meetings held and legal-service
	 * visits fall in the 365 days up to it, lapsed ones before; links are active or on paper on it.
	 */
	public static final LocalDate V11_AS_OF = LocalDate.of(2026, 7, 1);

	static final String SOURCE = "synthetic";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡",
			"朱", "高", "林", "何", "郭", "马", "罗" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
			"明", "超", "秀英", "华", "建国", "海燕" };

	private final SplittableRandom random;

	private CSVPrinter units;

	private CSVPrinter people;

	private CSVPrinter posts;

	private CSVPrinter links;

	private int personSeq;

	/** Most people hold two or three posts (see {@link #generateDense}). */
	private final boolean dense;

	/** The building groups of the current street's communities, for volunteers and reporting members. */
	private final List<List<String>> buildingGroups = new ArrayList<>();

	/** Whether the v1.1 files and columns are written too. */
	private final boolean v11;

	/**
	 * Draws the v1.1 choices, apart from {@link #random} so that the v1 rows' draws keep their
	 * order.
	 */
	private final SplittableRandom extra;

	private CSVPrinter agreements;

	private CSVPrinter parties;

	private CSVPrinter items;

	private CSVPrinter events;

	private CSVPrinter attendance;

	private int agreementSeq;

	private int itemSeq;

	private int eventSeq;

	/** v1.1: the home, the forced party membership and the post's place of the next person or post. */
	private String nextHome;

	private boolean nextInParty;

	private String nextPlace;

	/** v1.1: units that can hold a member's party relationship. */
	private final Set<String> partyOrganizations = new HashSet<>();

	/** v1.1, the current street's: CO_CONSTRUCTS links (from, to), in the order written. */
	private final List<String[]> coLinks = new ArrayList<>();

	/** v1.1, the current street's: PAIRED_WITH links (firm, community). */
	private final List<String[]> pairings = new ArrayList<>();

	/** v1.1, the current street's owners committees: id, chair, the compound's manager, community. */
	private final List<String[]> ownersCommittees = new ArrayList<>();

	/** v1.1, the current street's community secretaries. */
	private final List<String> communitySecretaries = new ArrayList<>();

	private DistrictGenerator(long seed, boolean dense, boolean v11) {
		this.random = new SplittableRandom(seed);
		this.extra = new SplittableRandom(seed ^ 0x5DEECE66DL);
		this.dense = dense;
		this.v11 = v11;
	}

	/** What was written; the v1.1 counts are 0 for a v1 data set. */
	public record Summary(Path folder, int streets, long units, long people, long posts, long links, long agreements,
			long agreementParties, long items, long events, long attendance) {

		public long vertices() {
			return this.units + this.people;
		}

		/** Rows of every file, headers not counted. */
		public long rows() {
			return this.units + this.people + this.posts + this.links + v11Rows();
		}

		/** Rows of the v1.1 files. */
		public long v11Rows() {
			return this.agreements + this.agreementParties + this.items + this.events + this.attendance;
		}

	}

	/**
	 * Writes a district of about {@code targetVertices} vertices into {@code folder}.
	 * @param targetVertices at least one street's worth is always written
	 */
	public static Summary generate(Path folder, int targetVertices, long seed) throws IOException {
		return generate(folder, targetVertices, seed, false, false);
	}

	/**
	 * Writes a district, {@link #generateDense dense} or not, with or without the v1.1 files. With
	 * them, around {@link #V11_AS_OF}: each street's CO_CONSTRUCTS links come under one
	 * co-construction agreement of the street (its parties the street, the drivers and the
	 * communities they co-construct with; the fund of 400,000 yuan in one street of four), and of
	 * its links 11 in 20 have delivered or claimed items in the year up to that day, 4 in 20 an
	 * activity the driver attended, 2 in 20 only an item dropped in 2023, 3 in 20 nothing (so those
	 * 5 in 20 are on paper); every community raises one open need. Every owners committee has an
	 * election (2019–2025; its chair elected, its community observing) and two in three meet each
	 * quarter of that year (chair, the compound's manager, absent one time in five, and the
	 * community). Each street's joint meeting meets monthly, but in one street of five it stopped
	 * after March 2025 (the property companies, three owners committee chairs and a community
	 * secretary in the chair). Each law-firm pairing has its agreement and a monthly legal-service
	 * visit, but one in six lapsed after June 2024 (on paper). Property managers' posts name their
	 * compound ({@code place_id}); owners committee people live in their compound; party members
	 * posted in a party organization have it as {@code party_branch_id}; in-service members of the
	 * drivers report to a community (REPORTED_MEMBER; three a community, or the dense mode's twelve)
	 * and live in one of its compounds. v1.1 files are about 30% of the rows (23% in the dense mode).
	 */
	public static Summary generate(Path folder, int targetVertices, long seed, boolean dense, boolean v11)
			throws IOException {
		int perStreet = dense ? DENSE_VERTICES_PER_STREET : v11 ? V11_VERTICES_PER_STREET : VERTICES_PER_STREET;
		int streets = Math.max(1, Math.round((float) targetVertices / perStreet));
		return new DistrictGenerator(seed, dense, v11).write(folder, streets);
	}

	/**
	 * Writes a dense district of about {@code targetVertices} vertices into {@code folder}: the same
	 * units as {@link #generate}, but most people hold two or three posts, as where in-service party
	 * members report to the community they live in (双报到) and most volunteer in a building group,
	 * owner representatives (in one or two) and owners committee members volunteer in a building
	 * group, community committee members sit on the residents committee, grid workers
	 * and building-group heads serve in their grid too, and lawyers of the paired firms advise one or
	 * two communities. Edges/vertices about 1.8, under a tenth of the vertices pendants; the same size and
	 * seed always give the same files.
	 * @param targetVertices at least one street's worth is always written
	 */
	public static Summary generateDense(Path folder, int targetVertices, long seed) throws IOException {
		return generate(folder, targetVertices, seed, true, false);
	}

	private Summary write(Path folder, int streets) throws IOException {
		Files.createDirectories(folder);
		long[] counts = new long[9];
		try (Writer u = writer(folder, "units.csv"); Writer p = writer(folder, "people.csv");
				Writer h = writer(folder, "posts.csv"); Writer l = writer(folder, "links.csv");
				V11Files v = this.v11 ? new V11Files(folder) : null) {
			this.units = new CSVPrinter(u, header("id", "type", "name", "parent_id", "sector", "founded", "source"));
			this.people = new CSVPrinter(p, this.v11
					? header("id", "name", "party_member", "party_since", "gender", "birth_year", "home_id",
							"party_branch_id", "source")
					: header("id", "name", "party_member", "party_since", "gender", "birth_year", "source"));
			this.posts = new CSVPrinter(h,
					this.v11 ? header("person_id", "unit_id", "role", "title", "since", "until", "place_id", "source")
							: header("person_id", "unit_id", "role", "title", "since", "until", "source"));
			this.links = new CSVPrinter(l, header("from_id", "to_id", "type", "since", "until", "source"));
			if (v != null) {
				this.agreements = new CSVPrinter(v.agreements,
						header("id", "type", "name", "since", "until", "amount", "source"));
				this.parties = new CSVPrinter(v.parties, header("agreement_id", "unit_id", "role"));
				this.items = new CSVPrinter(v.items, header("id", "list", "title", "agreement_id", "owner_id",
						"provider_id", "beneficiary_id", "status", "since", "until", "hours", "source"));
				this.events = new CSVPrinter(v.events,
						header("id", "type", "date", "host_id", "title", "agreement_id", "source"));
				this.attendance = new CSVPrinter(v.attendance, header("event_id", "person_id", "unit_id", "role", "note"));
			}
			int districts = (streets + 9) / 10;
			List<String> lawFirms = new ArrayList<>();
			for (int f = 0; f < Math.max(2, streets / 2); f++) {
				String id = "g.lf" + f;
				unit(id, "LAW_FIRM", "模拟律所" + f, null, null);
				person(id, "LAWYER", "律师");
				lawFirms.add(id);
			}
			for (int d = 0; d < districts; d++) {
				String district = "g.d" + d;
				unit(district, "DISTRICT_COMMITTEE", "第" + d + "区委", null, null);
				person(district, "SECRETARY", "书记");
			}
			for (int s = 0; s < streets; s++) {
				street(s, "g.d" + (s / 10), lawFirms);
			}
			// The printers count their header rows too.
			counts[0] = this.units.getRecordCount() - 1;
			counts[1] = this.people.getRecordCount() - 1;
			counts[2] = this.posts.getRecordCount() - 1;
			counts[3] = this.links.getRecordCount() - 1;
			if (v != null) {
				counts[4] = this.agreements.getRecordCount() - 1;
				counts[5] = this.parties.getRecordCount() - 1;
				counts[6] = this.items.getRecordCount() - 1;
				counts[7] = this.events.getRecordCount() - 1;
				counts[8] = this.attendance.getRecordCount() - 1;
			}
		}
		return new Summary(folder, streets, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5],
				counts[6], counts[7], counts[8]);
	}

	/** The writers of the five v1.1 files. */
	private static final class V11Files implements AutoCloseable {

		final Writer agreements;

		final Writer parties;

		final Writer items;

		final Writer events;

		final Writer attendance;

		V11Files(Path folder) throws IOException {
			this.agreements = writer(folder, "agreements.csv");
			this.parties = writer(folder, "agreement_parties.csv");
			this.items = writer(folder, "items.csv");
			this.events = writer(folder, "events.csv");
			this.attendance = writer(folder, "attendance.csv");
		}

		@Override
		public void close() throws IOException {
			for (Writer w : List.of(this.agreements, this.parties, this.items, this.events, this.attendance)) {
				w.close();
			}
		}

	}

	private void street(int s, String district, List<String> lawFirms) throws IOException {
		String street = "g.s" + s;
		unit(street, "STREET_COMMITTEE", "第" + s + "街道党工委", district, null);
		List<String> streetLeaders = new ArrayList<>();
		streetLeaders.add(person(street, "SECRETARY", "党工委书记"));
		for (int i = 0; i < 3; i++) {
			streetLeaders.add(person(street, "MEMBER", "党工委委员"));
		}
		String meeting = street + ".jm";
		unit(meeting, "JOINT_MEETING", "第" + s + "街道物居业联席会议", street, null);
		List<String> companies = new ArrayList<>();
		for (int c = 0; c < 3; c++) {
			String company = street + ".pc" + c;
			unit(company, "PROPERTY_COMPANY", "物业公司" + s + "-" + c, null, null);
			companies.add(company);
			link(company, meeting, "MEMBER_OF", date(2018, 2022));
		}
		List<String> communities = new ArrayList<>();
		this.buildingGroups.clear();
		this.coLinks.clear();
		this.pairings.clear();
		this.ownersCommittees.clear();
		this.communitySecretaries.clear();
		for (int c = 0; c < 10; c++) {
			communities.add(community(street, c, companies, streetLeaders, lawFirms));
		}
		String[] driverTypes = { "STATIONED_UNIT", "STATIONED_UNIT", "STATIONED_UNIT", "INDUSTRY_SYSTEM",
				"NEW_FIELD_ORG", "NEW_FIELD_ORG" };
		for (int i = 0; i < driverTypes.length; i++) {
			String driver = street + ".dr" + i;
			unit(driver, driverTypes[i], "共建单位" + s + "-" + i, null,
					driverTypes[i].equals("STATIONED_UNIT") ? "agency" : null);
			person(driver, "SECRETARY", "党组织书记");
			link(driver, street, "CO_CONSTRUCTS", date(2016, 2024));
			this.coLinks.add(new String[] { driver, street });
			int partners = this.random.nextInt(3);
			for (int k = 0; k < partners; k++) {
				String community = communities.get(this.random.nextInt(communities.size()));
				link(driver, community, "CO_CONSTRUCTS", date(2017, 2024));
				this.coLinks.add(new String[] { driver, community });
			}
		}
		if (this.dense) {
			denseStreet(s, communities, lawFirms);
		}
		if (this.v11) {
			if (!this.dense) {
				reportingMembers(street, communities, 3);
			}
			v11Street(s, communities);
		}
	}

	/** 双报到 outside the dense mode: {@code perCommunity} in-service members of the drivers report to each community. */
	private void reportingMembers(String street, List<String> communities, int perCommunity) throws IOException {
		for (String community : communities) {
			for (int i = 0; i < perCommunity; i++) {
				this.nextHome = community + ".cp" + this.extra.nextInt(4);
				this.nextInParty = true;
				String member = person(street + ".dr" + this.extra.nextInt(6), "MEMBER", "在职党员");
				post(member, community, "REPORTED_MEMBER", "报到党员", date(2019, 2024), null);
			}
		}
	}

	/**
	 * 双报到: in-service members of the street's co-constructing units report to the community they
	 * live in, two thirds of them volunteering in a building group there; lawyers of each community's
	 * firms advise it, half of them a second community of the street too.
	 */
	private void denseStreet(int s, List<String> communities, List<String> lawFirms) throws IOException {
		String street = "g.s" + s;
		for (int c = 0; c < communities.size(); c++) {
			List<String> groups = this.buildingGroups.get(c);
			for (int i = 0; i < 12; i++) {
				if (this.v11) {
					this.nextHome = communities.get(c) + ".cp" + this.extra.nextInt(4);
					this.nextInParty = true;
				}
				String member = person(street + ".dr" + this.random.nextInt(6), "MEMBER", "在职党员");
				post(member, communities.get(c), "REPORTED_MEMBER", "报到党员", date(2019, 2024), null);
				if (this.random.nextInt(3) > 0) {
					post(member, groups.get(this.random.nextInt(groups.size())), "VOLUNTEER", "志愿者",
							date(2020, 2024), null);
				}
			}
			for (int i = 0; i < 2; i++) {
				String lawyer = person(lawFirms.get(this.random.nextInt(lawFirms.size())), "LAWYER", "律师");
				post(lawyer, communities.get(c), "LEGAL_ADVISOR", "法律顾问", date(2018, 2024), null);
				if (this.random.nextInt(2) == 0) {
					post(lawyer, communities.get(this.random.nextInt(communities.size())), "LEGAL_ADVISOR",
							"法律顾问", date(2018, 2024), null);
				}
			}
		}
	}

	private String community(String street, int c, List<String> companies, List<String> streetLeaders,
			List<String> lawFirms) throws IOException {
		String community = street + ".c" + c;
		unit(community, "COMMUNITY_COMMITTEE", "社区党委" + community, street, null);
		String rc = community + ".rc";
		unit(rc, "RESIDENTS_COMMITTEE", "居委会" + community, community, null);
		String secretary = person(community, "SECRETARY", "社区书记");
		this.communitySecretaries.add(secretary);
		post(secretary, rc, "DIRECTOR", "居委会主任", date(2015, 2023), null);
		List<String> members = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			members.add(person(community, "MEMBER", "委员"));
		}
		person(rc, "DEPUTY_DIRECTOR", "副主任");
		// Some streets send a leader as the community's chief liaison: a second post for them.
		if (this.random.nextInt(3) == 0) {
			post(streetLeaders.get(1 + this.random.nextInt(streetLeaders.size() - 1)), community, "CHIEF_LIAISON",
					"首席联络官", date(2020, 2024), null);
		}
		String firm = lawFirms.get(this.random.nextInt(lawFirms.size()));
		link(firm, community, "PAIRED_WITH", date(2018, 2024));
		this.pairings.add(new String[] { firm, community });
		List<String> groups = new ArrayList<>();
		this.buildingGroups.add(groups);
		if (this.dense) {
			for (String member : members) {
				post(member, rc, "MEMBER", "居委会委员", date(2016, 2024), null);
			}
		}
		for (int g = 0; g < 5; g++) {
			String grid = community + ".g" + g;
			unit(grid, "GRID_BRANCH", "第" + g + "网格党支部", community, null);
			String gridSecretary = person(grid, "SECRETARY", "网格支部书记");
			String gridWorker = person(grid, "GRID_WORKER", "网格员");
			for (int b = 0; b < 4; b++) {
				String group = grid + ".b" + b;
				unit(group, "BUILDING_GROUP", b + "号楼墙门党小组", grid, null);
				groups.add(group);
				if (b == 0) {
					post(gridSecretary, group, "SECRETARY", "组长", date(2016, 2023), null);
				}
				else {
					String head = person(group, "SECRETARY", "组长");
					if (this.dense) {
						post(head, grid, "MEMBER", "支部委员", date(2016, 2024), null);
					}
				}
			}
			if (this.dense) {
				post(gridWorker, groups.get(groups.size() - 1 - this.random.nextInt(4)), "GRID_WORKER", "网格员",
						date(2016, 2024), null);
			}
		}
		for (int k = 0; k < 4; k++) {
			String compound = community + ".cp" + k;
			unit(compound, "COMPOUND", "小区" + compound, community, null);
			String company = companies.get(this.random.nextInt(companies.size()));
			link(company, compound, "SERVES", date(2012, 2022));
			this.nextPlace = this.v11 ? compound : null;
			String manager = person(company, "MANAGER", "项目经理");
			if (k < 3) {
				String oc = compound + ".oc";
				unit(oc, "OWNERS_COMMITTEE", "业委会" + compound, compound, null);
				link(community, oc, "GUIDES", date(2016, 2022));
				// Owners committee people live in their compound (read in person()).
				this.nextHome = this.v11 ? compound : null;
				String chair = person(oc, "CHAIR", "业委会主任");
				this.ownersCommittees.add(new String[] { oc, chair, manager, community });
				for (int m = 0; m < 4; m++) {
					this.nextHome = this.v11 ? compound : null;
					String member = person(oc, "MEMBER", "委员");
					if (this.dense) {
						volunteer(member, groups, -1);
					}
				}
				for (int r = 0; r < 3; r++) {
					this.nextHome = this.v11 ? compound : null;
					String rep = person(oc, "OWNER_REP", "业主代表");
					if (this.dense) {
						int first = volunteer(rep, groups, -1);
						if (this.random.nextInt(3) > 0) {
							volunteer(rep, groups, first);
						}
					}
				}
				// 交叉任职: the chair sits on the community committee; some managers on the owners committee.
				if (this.random.nextInt(2) == 0) {
					post(chair, community, "MEMBER", "兼职委员", date(2019, 2024), null);
				}
				if (this.random.nextInt(4) == 0) {
					post(manager, oc, "MEMBER", "委员", date(2019, 2024), null);
				}
			}
			else if (this.random.nextInt(2) == 0) {
				post(manager, community, "MEMBER", "兼职委员", date(2019, 2024), null);
			}
		}
		return community;
	}

	/** The street's v1.1 rows: see {@link #generate(Path, int, long, boolean, boolean)}. */
	private void v11Street(int s, List<String> communities) throws IOException {
		String street = "g.s" + s;
		LocalDate windowStart = V11_AS_OF.minusDays(364);
		// 共建: one agreement of the street for all its CO_CONSTRUCTS links, with its lists.
		String agreement = "g.ag" + (this.agreementSeq++);
		this.agreements.printRecord(agreement, "CO_CONSTRUCTION", "第" + s + "街道党建联建共建协议",
				day(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 6, 30)), "", s % 4 == 0 ? "400000" : "", SOURCE);
		Set<String> members = new LinkedHashSet<>();
		members.add(street);
		this.coLinks.forEach(l -> members.add(l[0]));
		this.coLinks.forEach(l -> members.add(l[1]));
		for (String unit : members) {
			this.parties.printRecord(agreement, unit, unit.equals(street) ? "牵头单位" : "成员单位");
		}
		for (String[] link : this.coLinks) {
			int kind = this.extra.nextInt(20);
			if (kind < 11) {
				// delivered or claimed in the year up to V11_AS_OF
				int n = 1 + this.extra.nextInt(3);
				for (int i = 0; i < n; i++) {
					boolean done = this.extra.nextInt(3) > 0;
					LocalDate since = day(windowStart.minusMonths(6), V11_AS_OF.minusMonths(1));
					LocalDate until = done ? day(max(since, windowStart), V11_AS_OF) : null;
					item(i == 0 ? "RESOURCE" : "PROJECT", i == 0 ? "资源共享" : "领办项目", agreement, link[0], link[0],
							link[1], done ? "DONE" : "CLAIMED", since, until, 8 + this.extra.nextInt(200));
				}
			}
			else if (kind < 15) {
				// an activity of the partner that the driver took part in
				String event = event("ACTIVITY", day(windowStart, V11_AS_OF), link[1], "主题党日联建活动", agreement);
				this.attendance.printRecord(event, "", link[0], "ATTENDEE", "");
			}
			else if (kind < 17) {
				// claimed, then dropped long before the window: on paper
				item("PROJECT", "领办项目", agreement, link[0], link[0], link[1], "DROPPED",
						day(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)), LocalDate.of(2023, 12, 31), 0);
			}
		}
		for (String community : communities) {
			item("NEED", "居民需求", agreement, community, null, null, "OPEN", day(windowStart, V11_AS_OF), null, 0);
		}
		// 红色管家: owners committees elect and meet; the street's joint meeting meets monthly, or stopped.
		for (String[] oc : this.ownersCommittees) {
			String election = event("ELECTION", day(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31)), oc[0],
					"业主委员会换届选举", null);
			this.attendance.printRecord(election, oc[1], "", "ELECTED", "业委会主任");
			this.attendance.printRecord(election, "", oc[3], "OBSERVER", "社区党委指导换届");
			if (this.extra.nextInt(3) > 0) {
				for (int q = 0; q < 4; q++) {
					LocalDate from = windowStart.plusMonths(3L * q);
					String meeting = event("COMMITTEE_MEETING", day(from, from.plusDays(80)), oc[0], "业委会例会", null);
					this.attendance.printRecord(meeting, oc[1], "", "CHAIR", "");
					this.attendance.printRecord(meeting, oc[2], "", this.extra.nextInt(5) == 0 ? "ABSENT" : "ATTENDEE",
							"项目经理");
					this.attendance.printRecord(meeting, "", oc[3], "ATTENDEE", "");
				}
			}
		}
		String jointMeeting = street + ".jm";
		LocalDate firstMonth = s % 5 == 4 ? LocalDate.of(2024, 4, 1) : windowStart.withDayOfMonth(1);
		for (int m = 0; m < 12; m++) {
			LocalDate month = firstMonth.plusMonths(m);
			String meeting = event("JOINT_MEETING", month.plusDays(this.extra.nextInt(28)), jointMeeting, "物居业联席会议",
					null);
			this.attendance.printRecord(meeting,
					this.communitySecretaries.get(this.extra.nextInt(this.communitySecretaries.size())), "", "CHAIR", "");
			for (int c = 0; c < 3; c++) {
				this.attendance.printRecord(meeting, "", street + ".pc" + c, "ATTENDEE", "");
			}
			Set<String> chairs = new LinkedHashSet<>();
			while (chairs.size() < Math.min(3, this.ownersCommittees.size())) {
				chairs.add(this.ownersCommittees.get(this.extra.nextInt(this.ownersCommittees.size()))[1]);
			}
			for (String chair : chairs) {
				this.attendance.printRecord(meeting, chair, "", "ATTENDEE", "业委会主任");
			}
		}
		// 结对: an agreement and a monthly legal-service visit, or visits that stopped in June 2024.
		for (String[] pairing : this.pairings) {
			String pairingAgreement = "g.ag" + (this.agreementSeq++);
			this.agreements.printRecord(pairingAgreement, "PAIRING", "法律顾问结对协议",
					day(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31)), "", "", SOURCE);
			this.parties.printRecord(pairingAgreement, pairing[0], "律所");
			this.parties.printRecord(pairingAgreement, pairing[1], "社区");
			LocalDate start = this.extra.nextInt(6) == 0 ? LocalDate.of(2023, 7, 1) : windowStart.withDayOfMonth(1);
			for (int m = 0; m < 12; m++) {
				String visit = event("LEGAL_SERVICE", start.plusMonths(m).plusDays(this.extra.nextInt(28)), pairing[1],
						"律师进社区坐班", pairingAgreement);
				this.attendance.printRecord(visit, "", pairing[0], "ATTENDEE", "");
			}
		}
	}

	private void item(String list, String title, String agreement, String owner, String provider, String beneficiary,
			String status, LocalDate since, LocalDate until, int hours) throws IOException {
		this.items.printRecord("g.it" + (this.itemSeq++), list, title, agreement, owner, provider == null ? "" : provider,
				beneficiary == null ? "" : beneficiary, status, since, until == null ? "" : until,
				hours == 0 ? "" : hours, SOURCE);
	}

	private String event(String type, LocalDate date, String host, String title, String agreement) throws IOException {
		String id = "g.ev" + (this.eventSeq++);
		this.events.printRecord(id, type, date, host, title, agreement == null ? "" : agreement, SOURCE);
		return id;
	}

	/** A day from {@code from} to {@code to}, both included. */
	private LocalDate day(LocalDate from, LocalDate to) {
		return from.plusDays(this.extra.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	/**
	 * A volunteer post in one of the community's building groups other than {@code not} (an index, or
	 * -1); returns the group's index.
	 */
	private int volunteer(String personId, List<String> groups, int not) throws IOException {
		int at = (not < 0) ? this.random.nextInt(groups.size())
				: (not + 1 + this.random.nextInt(groups.size() - 1)) % groups.size();
		post(personId, groups.get(at), "VOLUNTEER", "楼组志愿者", date(2019, 2024), null);
		return at;
	}

	private void unit(String id, String type, String name, String parent, String sector) throws IOException {
		if (this.v11 && Vocabulary.PARTY_ORGANIZATIONS.contains(type)) {
			this.partyOrganizations.add(id);
		}
		this.units.printRecord(id, type, name, parent == null ? "" : parent, sector == null ? "" : sector,
				date(1990, 2015), SOURCE);
	}

	/**
	 * A new person holding one post in the unit; returns their id. v1.1: the person lives in
	 * {@link #nextHome}, is a party member when {@link #nextInParty} and the post is exercised in
	 * {@link #nextPlace}; all three are reset.
	 */
	private String person(String unitId, String role, String title) throws IOException {
		String id = "g.p" + (this.personSeq++);
		boolean party = this.random.nextInt(10) < 6;
		String name = SURNAMES[this.random.nextInt(SURNAMES.length)] + GIVEN[this.random.nextInt(GIVEN.length)];
		if (this.v11) {
			// the same draws in the same order as the v1 row's
			party |= this.nextInParty;
			String partySince = party ? date(1980, 2015) : "";
			String gender = this.random.nextBoolean() ? "男" : "女";
			int birthYear = 1950 + this.random.nextInt(50);
			String branch = party && this.partyOrganizations.contains(unitId) ? unitId : "";
			this.people.printRecord(id, name, party, partySince, gender, birthYear,
					this.nextHome == null ? "" : this.nextHome, branch, SOURCE);
			this.nextHome = null;
			this.nextInParty = false;
		}
		else {
			this.people.printRecord(id, name, party, party ? date(1980, 2015) : "",
					this.random.nextBoolean() ? "男" : "女", 1950 + this.random.nextInt(50), SOURCE);
		}
		String since = date(2010, 2024);
		// One post in twenty has ended: history for asOf queries.
		String until = this.random.nextInt(20) == 0 ? "2025-" + String.format("%02d", 1 + this.random.nextInt(6)) + "-28" : null;
		String place = this.nextPlace;
		this.nextPlace = null;
		post(id, unitId, role, title, since, until, place);
		return id;
	}

	private void post(String personId, String unitId, String role, String title, String since, String until)
			throws IOException {
		post(personId, unitId, role, title, since, until, null);
	}

	private void post(String personId, String unitId, String role, String title, String since, String until,
			String place) throws IOException {
		if (this.v11) {
			this.posts.printRecord(personId, unitId, role, title, since, until == null ? "" : until,
					place == null ? "" : place, SOURCE);
		}
		else {
			this.posts.printRecord(personId, unitId, role, title, since, until == null ? "" : until, SOURCE);
		}
	}

	private void link(String from, String to, String type, String since) throws IOException {
		this.links.printRecord(from, to, type, since, "", SOURCE);
	}

	private String date(int fromYear, int toYear) {
		return String.format("%d-%02d-%02d", fromYear + this.random.nextInt(toYear - fromYear + 1),
				1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
	}

	private static Writer writer(Path folder, String file) throws IOException {
		return Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
	}

	private static CSVFormat header(String... columns) {
		return CSVFormat.RFC4180.builder().setHeader(columns).get();
	}

	/**
	 * {@code DistrictGenerator FOLDER VERTICES [SEED [dense] [v11]]}: writes a district, prints its
	 * size.
	 */
	public static void main(String[] args) throws IOException {
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
		List<String> flags = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
		Summary s = generate(Path.of(args[0]), Integer.parseInt(args[1]), seed, flags.contains("dense"),
				flags.contains("v11"));
		System.out.println(s + " vertices=" + s.vertices() + " rows=" + s.rows() + " v11Rows=" + s.v11Rows());
	}

}
