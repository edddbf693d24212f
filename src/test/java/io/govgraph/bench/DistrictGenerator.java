package io.govgraph.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic district in the v1 interchange format, for benchmarks: districts of streets,
 * each street with communities, grids, building groups, compounds with owners committees, a
 * residents committee and a joint meeting; property companies serving compounds; stationed units,
 * industry systems and new-field organizations co-constructing with streets and communities; law
 * firms paired with communities; and people holding one to three posts (some cross-appointed).
 * The same size and seed always give the same files. About 950 vertices a street, 45% of them
 * people; rows ≈ 2.2 × vertices.
 */
public final class DistrictGenerator {

	/** Vertices (units + people) a street brings, measured on generated data; used to size. */
	static final int VERTICES_PER_STREET = 950;

	/** The same for the dense mode, with its reporting members and lawyers. */
	static final int DENSE_VERTICES_PER_STREET = 1_090;

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

	private DistrictGenerator(long seed, boolean dense) {
		this.random = new SplittableRandom(seed);
		this.dense = dense;
	}

	/** What was written. */
	public record Summary(Path folder, int streets, long units, long people, long posts, long links) {

		public long vertices() {
			return this.units + this.people;
		}

		public long rows() {
			return this.units + this.people + this.posts + this.links;
		}

	}

	/**
	 * Writes a district of about {@code targetVertices} vertices into {@code folder}.
	 * @param targetVertices at least one street's worth is always written
	 */
	public static Summary generate(Path folder, int targetVertices, long seed) throws IOException {
		int streets = Math.max(1, Math.round((float) targetVertices / VERTICES_PER_STREET));
		return new DistrictGenerator(seed, false).write(folder, streets);
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
		int streets = Math.max(1, Math.round((float) targetVertices / DENSE_VERTICES_PER_STREET));
		return new DistrictGenerator(seed, true).write(folder, streets);
	}

	private Summary write(Path folder, int streets) throws IOException {
		Files.createDirectories(folder);
		long[] counts = new long[4];
		try (Writer u = writer(folder, "units.csv"); Writer p = writer(folder, "people.csv");
				Writer h = writer(folder, "posts.csv"); Writer l = writer(folder, "links.csv")) {
			this.units = new CSVPrinter(u, header("id", "type", "name", "parent_id", "sector", "founded", "source"));
			this.people = new CSVPrinter(p,
					header("id", "name", "party_member", "party_since", "gender", "birth_year", "source"));
			this.posts = new CSVPrinter(h, header("person_id", "unit_id", "role", "title", "since", "until", "source"));
			this.links = new CSVPrinter(l, header("from_id", "to_id", "type", "since", "until", "source"));
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
		}
		return new Summary(folder, streets, counts[0], counts[1], counts[2], counts[3]);
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
			int partners = this.random.nextInt(3);
			for (int k = 0; k < partners; k++) {
				link(driver, communities.get(this.random.nextInt(communities.size())), "CO_CONSTRUCTS",
						date(2017, 2024));
			}
		}
		if (this.dense) {
			denseStreet(s, communities, lawFirms);
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
			String manager = person(company, "MANAGER", "项目经理");
			if (k < 3) {
				String oc = compound + ".oc";
				unit(oc, "OWNERS_COMMITTEE", "业委会" + compound, compound, null);
				link(community, oc, "GUIDES", date(2016, 2022));
				String chair = person(oc, "CHAIR", "业委会主任");
				for (int m = 0; m < 4; m++) {
					String member = person(oc, "MEMBER", "委员");
					if (this.dense) {
						volunteer(member, groups, -1);
					}
				}
				for (int r = 0; r < 3; r++) {
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
		this.units.printRecord(id, type, name, parent == null ? "" : parent, sector == null ? "" : sector,
				date(1990, 2015), SOURCE);
	}

	/** A new person holding one post in the unit; returns their id. */
	private String person(String unitId, String role, String title) throws IOException {
		String id = "g.p" + (this.personSeq++);
		boolean party = this.random.nextInt(10) < 6;
		String name = SURNAMES[this.random.nextInt(SURNAMES.length)] + GIVEN[this.random.nextInt(GIVEN.length)];
		this.people.printRecord(id, name, party, party ? date(1980, 2015) : "", this.random.nextBoolean() ? "男" : "女",
				1950 + this.random.nextInt(50), SOURCE);
		String since = date(2010, 2024);
		// One post in twenty has ended: history for asOf queries.
		String until = this.random.nextInt(20) == 0 ? "2025-" + String.format("%02d", 1 + this.random.nextInt(6)) + "-28" : null;
		post(id, unitId, role, title, since, until);
		return id;
	}

	private void post(String personId, String unitId, String role, String title, String since, String until)
			throws IOException {
		this.posts.printRecord(personId, unitId, role, title, since, until == null ? "" : until, SOURCE);
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

	/** {@code DistrictGenerator FOLDER VERTICES [SEED [dense]]}: writes a district, prints its size. */
	public static void main(String[] args) throws IOException {
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
		boolean dense = args.length > 3 && args[3].equals("dense");
		Summary s = dense ? generateDense(Path.of(args[0]), Integer.parseInt(args[1]), seed)
				: generate(Path.of(args[0]), Integer.parseInt(args[1]), seed);
		System.out.println(s + " vertices=" + s.vertices() + " rows=" + s.rows());
	}

}
