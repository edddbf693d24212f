package io.govgraph.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A generated district kept as rosters, with the truth of who is who set aside (docs/rosters.md,
 * "Resolution quality"): streets with their office, communities, residents committees and owners
 * committees, property companies and law firms; people with one post and, for some, posts on
 * further bodies (cross-appointments); each body's roster written as a sheet of its street's
 * workbook, or as a file of its own (property companies as CSV in UTF-8 or GB18030, law firms as
 * workbooks), in the ways rosters are really kept, with the {@link Noise} chosen. Deterministic: a
 * seed gives the same district, files and truth.
 */
public final class NoisyRosterDistrict {

	/** The roster date every title row carries. */
	public static final String TITLE_DATE = "2024年6月30日";

	/** People per street (a street office's rosters list a few hundred people). */
	static final int PEOPLE_PER_STREET = 500;

	/** Share of people who hold posts on more than one body, and of those who hold a third. */
	static final double CROSS_APPOINTED = 0.3, THIRD_POST = 0.3;

	/** Share of people with a two-part name joined by a middle dot (阿卜杜·热合曼). */
	static final double DOTTED_NAMES = 0.02;

	/**
	 * The noise, each a probability. Per person: {@code otherNumber} (a second phone, written on
	 * about half of their rows), {@code sharedPhones} (the phone of another person of the street: a
	 * family's one number), {@code namesakes} (the name of another person of the same street: two
	 * different 王伟). Per row: {@code paddedNames} (a two-character name padded: {@code 王  伟},
	 * {@code 王　伟}, a leading or trailing space), {@code dotVariants} (a dotted name with • ・ ‧
	 * instead of ·), {@code nameTypos} (one character written as a homophone, 伟 → 玮: not folded
	 * by the spec), {@code missingPhones}, {@code phoneFormats} ({@code 138-1234-5678},
	 * {@code +86 138 1234 5678}, full-width digits ...), {@code missingBirths}. Per roster:
	 * {@code noBirthColumn}, {@code birthYearOnly} (出生年份), {@code noGenderColumn}; and
	 * {@code idCardRosters}, the share of rosters with a 身份证号 column (each cell then filled
	 * nine times in ten).
	 */
	public record Noise(double paddedNames, double dotVariants, double nameTypos, double missingPhones,
			double phoneFormats, double otherNumber, double sharedPhones, double namesakes, double missingBirths,
			double noBirthColumn, double birthYearOnly, double noGenderColumn, double idCardRosters) {

		/** The noise of docs/rosters.md "Resolution quality": what a district's rosters look like. */
		public static final Noise TYPICAL = new Noise(0.3, 0.5, 0.01, 0.15, 0.3, 0.05, 0.03, 0.03, 0.1, 0.15, 0.15,
				0.3, 0.25);

		/** Every noise of {@link #TYPICAL} times {@code f} (at most 1); the ID-card share kept. */
		public Noise scaled(double f) {
			return new Noise(cap(this.paddedNames * f), cap(this.dotVariants * f), cap(this.nameTypos * f),
					cap(this.missingPhones * f), cap(this.phoneFormats * f), cap(this.otherNumber * f),
					cap(this.sharedPhones * f), cap(this.namesakes * f), cap(this.missingBirths * f),
					cap(this.noBirthColumn * f), cap(this.birthYearOnly * f), cap(this.noGenderColumn * f),
					this.idCardRosters);
		}

		private static double cap(double p) {
			return Math.min(1, p);
		}

	}

	/** A unit of the district: {@code parentId} is the unit it lies UNDER (null for none). */
	public record Unit(String id, String name, String type, String parentId, String streetId) {

		UnitDirectory.Unit directoryUnit() {
			return new UnitDirectory.Unit(this.id, this.name, this.type, this.streetId);
		}

	}

	/**
	 * The district: its units, the roster files, and the truth: for every row's place
	 * ({@link Mention#place()}) the generated person it names.
	 */
	public record District(List<Unit> units, List<RosterImporter.RosterFile> files, Map<String, Integer> truth,
			int people) {

		/** The rows of all rosters. */
		public int rows() {
			return this.truth.size();
		}

		/**
		 * Every row of every roster read by {@link RosterReader} and interpreted as the importer does
		 * (dates from the title rows); throws listing the problems when there is one.
		 */
		public List<Mention> mentions(UnitDirectory units, IdCardHasher hasher) {
			RosterReader reader = new RosterReader(RosterReader.MAX_BYTES_DEFAULT);
			RosterInterpreter interpreter = new RosterInterpreter(units, Roles.defaults(), hasher);
			List<RosterProblem> problems = new ArrayList<>();
			List<Mention> mentions = new ArrayList<>();
			for (RosterImporter.RosterFile file : this.files) {
				RosterReader.Read read = reader.read(file.name(), file.bytes());
				problems.addAll(read.problems());
				for (RosterSheet sheet : read.sheets()) {
					mentions.addAll(interpreter.interpret(sheet, null, LocalDate.of(2024, 6, 30), problems)
						.mentions());
				}
			}
			if (!problems.isEmpty()) {
				throw new IllegalStateException(problems.size() + " problem(s) in the generated rosters, first: "
						+ problems.subList(0, Math.min(5, problems.size())));
			}
			return mentions;
		}

		/** The units as a directory for the interpreter, without a store. */
		public UnitDirectory directory() {
			MemoryUnits units = new MemoryUnits();
			this.units.forEach(u -> units.add(u.id(), u.name(), u.type(), u.streetId()));
			return units;
		}

	}

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
			"肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
			"姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金" };

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀英华建国海燕平刚桂兰玲霞红梅鑫波斌宇浩凯健俊帆"
			+ "帅旭宁龙林欣玉萍文辉力志云春晓峰亮丹琳婷雪慧佳颖晨成荣新宏东飞鹏彬婉倩瑶嘉怡博";

	/** Homophones a roster keeper types instead (伟 → 玮): names the spec does not fold together. */
	private static final Map<Character, Character> HOMOPHONES = homophones(
			"伟玮芳方娜那敏珉静婧丽莉明铭华桦军君杰洁玲琳平萍红虹英瑛刚钢燕艳梅玫波博宇语浩皓凯铠俊骏龙隆林霖欣馨玉钰云芸春纯晓筱峰锋亮靓丹单婷亭雪血慧惠佳家颖莹晨辰成诚荣蓉新欣宏鸿东冬飞菲鹏朋倩茜瑶遥");

	private static final String[] DOTTED_FIRST = { "阿卜杜", "买买提", "艾力", "努尔", "古丽", "热依拉", "阿依古丽", "吐尔洪" };

	private static final String[] DOTTED_SECOND = { "热合曼", "吐尔逊", "艾买提", "尼亚孜", "克里木", "阿不都拉", "玉苏甫",
			"司马义" };

	private static final String PLACE = "东西南北中新和平安宁泰康福寿永兴华明清海湖山河桥塘溪港湾柳桃梅竹松江云天金玉";

	private static final String[] COMPOUND_SUFFIX = { "花园", "小区", "苑", "新村", "公寓", "家园" };

	private static final Map<String, String[]> TITLES = Map.of("STREET_COMMITTEE",
			new String[] { "书记", "副书记", "委员", "委员", "首席联络官" }, "COMMUNITY_COMMITTEE",
			new String[] { "书记", "副书记", "委员", "网格员", "专职网格员", "报到党员", "报到党员", "第一书记" }, "RESIDENTS_COMMITTEE",
			new String[] { "主任", "副主任", "委员", "委员", "网格员", "志愿者", "志愿者" }, "OWNERS_COMMITTEE",
			new String[] { "主任", "副主任", "委员", "委员", "业主代表", "业主代表" }, "PROPERTY_COMPANY",
			new String[] { "项目经理", "经理", "负责人" }, "LAW_FIRM", new String[] { "律师", "律师", "法律顾问" });

	private static final String[] PHONE_FORMATS = { "%s-%s-%s", "+86 %s %s %s", "%s %s %s", "0086-%s%s%s", "+86-%s%s%s",
			"FULL" };

	private static final Charset GB18030 = Charset.forName("GB18030");

	private final SplittableRandom random;

	private final Noise noise;

	private final List<Unit> units = new ArrayList<>();

	private final List<Person> people = new ArrayList<>();

	private final Map<Integer, List<Person>> byStreet = new HashMap<>();

	private final Set<String> phones = new HashSet<>();

	private final Set<String> idCards = new HashSet<>();

	private final Set<String> unitNames = new HashSet<>();

	private NoisyRosterDistrict(long seed, Noise noise) {
		this.random = new SplittableRandom(seed);
		this.noise = noise;
	}

	/** A district of about {@code people} people ({@value #PEOPLE_PER_STREET} a street) with the noise given. */
	public static District generate(int people, Noise noise, long seed) {
		return new NoisyRosterDistrict(seed, noise).build(people);
	}

	/** A generated person: the truth behind the rows that name them. */
	private record Person(int index, String name, String gender, int year, int month, String phone, String otherPhone,
			String idCard, int street) {
	}

	/** A body with its roster: rows in order, each a person and the title written. */
	private record Body(Unit unit, int street, List<int[]> rows, List<String> titles) {
	}

	private District build(int peopleWanted) {
		int streets = Math.max(1, Math.round(peopleWanted / (float) PEOPLE_PER_STREET));
		this.streetCount = streets;
		Map<Integer, List<Body>> bodiesOf = new LinkedHashMap<>();
		List<Body> companies = new ArrayList<>();
		List<Body> firms = new ArrayList<>();
		Unit district = unit("d", "甬江区", "DISTRICT_COMMITTEE", null, null);
		for (int s = 0; s < streets; s++) {
			List<Body> bodies = new ArrayList<>();
			Unit street = unit("s" + s, placeName("街道"), "STREET_COMMITTEE", district.id(), null);
			bodies.add(body(street, s));
			for (int c = 0; c < 4; c++) {
				String community = placeName("社区");
				Unit cc = unit("s" + s + ".c" + c, community, "COMMUNITY_COMMITTEE", street.id(), street.id());
				bodies.add(body(cc, s));
				bodies.add(body(unit(cc.id() + ".rc", community + "居委会", "RESIDENTS_COMMITTEE", cc.id(), street.id()), s));
				for (int k = 0; k < 3; k++) {
					String compound = placeName(COMPOUND_SUFFIX[this.random.nextInt(COMPOUND_SUFFIX.length)]);
					Unit cp = unit(cc.id() + ".cp" + k, compound, "COMPOUND", cc.id(), street.id());
					bodies.add(body(unit(cp.id() + ".oc", compound + "业委会", "OWNERS_COMMITTEE", cp.id(), street.id()), s));
				}
			}
			for (int p = 0; p < 3; p++) {
				companies.add(body(unit("s" + s + ".pc" + p, placeName("物业"), "PROPERTY_COMPANY", null, null), s));
			}
			if (s % 2 == 0) {
				firms.add(body(unit("s" + s + ".lf", placeName("律师事务所"), "LAW_FIRM", null, null), s));
			}
			bodiesOf.put(s, bodies);
		}
		for (int i = 0; i < peopleWanted; i++) {
			int s = i % streets;
			Person p = person(i, s);
			this.people.add(p);
			this.byStreet.computeIfAbsent(s, k -> new ArrayList<>()).add(p);
			List<Body> own = bodiesOf.get(s);
			// the street office is small, the other bodies alike: one post on one of them
			Body first = this.random.nextDouble() < 0.08 ? own.get(0) : own.get(1 + this.random.nextInt(own.size() - 1));
			post(first, p);
			if (this.random.nextDouble() < CROSS_APPOINTED) {
				int more = this.random.nextDouble() < THIRD_POST ? 2 : 1;
				Set<Body> held = new HashSet<>(List.of(first));
				for (int j = 0; j < more; j++) {
					Body second = secondBody(s, streets, bodiesOf, companies, firms);
					if (held.add(second)) {
						post(second, p);
					}
				}
			}
		}
		Map<String, Integer> truth = new LinkedHashMap<>();
		List<RosterImporter.RosterFile> files = new ArrayList<>();
		for (Map.Entry<Integer, List<Body>> e : bodiesOf.entrySet()) {
			files.add(workbook(bodiesOf.get(e.getKey()).get(0).unit().name() + ".xlsx", e.getValue(), truth));
		}
		for (int i = 0; i < companies.size(); i++) {
			Body body = companies.get(i);
			if (!body.rows().isEmpty()) {
				files.add(csv(body.unit().name() + ".csv", body, i % 2 == 0 ? GB18030 : StandardCharsets.UTF_8, truth));
			}
		}
		for (Body body : firms) {
			if (!body.rows().isEmpty()) {
				files.add(workbook(body.unit().name() + ".xlsx", List.of(body), truth));
			}
		}
		return new District(List.copyOf(this.units), files, truth, this.people.size());
	}

	private Body secondBody(int s, int streets, Map<Integer, List<Body>> bodiesOf, List<Body> companies,
			List<Body> firms) {
		double r = this.random.nextDouble();
		if (r < 0.15) {
			return companies.get(3 * s + this.random.nextInt(3));
		}
		if (r < 0.25) {
			return firms.get(Math.min(firms.size() - 1, s / 2));
		}
		int street = r < 0.3 && streets > 1 ? (s + 1 + this.random.nextInt(streets - 1)) % streets : s;
		List<Body> bodies = bodiesOf.get(street);
		return bodies.get(this.random.nextInt(bodies.size()));
	}

	private Unit unit(String id, String name, String type, String parentId, String streetId) {
		Unit unit = new Unit(id, name, type, parentId, streetId);
		this.units.add(unit);
		return unit;
	}

	private Body body(Unit unit, int street) {
		return new Body(unit, street, new ArrayList<>(), new ArrayList<>());
	}

	/** A place name not used before in the district (unit names must name one unit). */
	private String placeName(String suffix) {
		for (int length = 2;; length++) {
			for (int attempt = 0; attempt < 50; attempt++) {
				StringBuilder name = new StringBuilder();
				for (int i = 0; i < length; i++) {
					name.append(PLACE.charAt(this.random.nextInt(PLACE.length())));
				}
				String full = name + suffix;
				if (this.unitNames.add(name.toString())) {
					return full;
				}
			}
		}
	}

	private void post(Body body, Person p) {
		String[] titles = TITLES.get(body.unit().type());
		String title = body.rows().isEmpty() ? titles[0] : titles[1 + this.random.nextInt(titles.length - 1)];
		body.rows().add(new int[] { p.index() });
		body.titles().add(title);
	}

	private int streetCount;

	private Person person(int index, int street) {
		String name;
		if (this.random.nextDouble() < this.noise.namesakes() && index >= 20 * this.streetCount) {
			// another person of the same street (index ≡ street), a different person of that name
			List<Person> same = this.byStreet.get(street);
			name = same.get(this.random.nextInt(same.size())).name();
		}
		else if (this.random.nextDouble() < DOTTED_NAMES) {
			name = DOTTED_FIRST[this.random.nextInt(DOTTED_FIRST.length)] + RosterText.MIDDLE_DOT
					+ DOTTED_SECOND[this.random.nextInt(DOTTED_SECOND.length)];
		}
		else {
			name = surname() + given() + (this.random.nextDouble() < 0.65 ? given() : "");
		}
		String gender = this.random.nextBoolean() ? "男" : "女";
		int year = 1950 + this.random.nextInt(50);
		int month = 1 + this.random.nextInt(12);
		String phone;
		if (this.random.nextDouble() < this.noise.sharedPhones() && index >= 20 * this.streetCount) {
			List<Person> same = this.byStreet.get(street);
			phone = same.get(this.random.nextInt(same.size())).phone();
		}
		else {
			phone = newPhone();
		}
		String other = this.random.nextDouble() < this.noise.otherNumber() ? newPhone() : null;
		return new Person(index, name, gender, year, month, phone, other, idCard(gender, year, month), street);
	}

	/** A surname, the common ones far more often (王 about 6.5%, as in China; the 60th 0.6%). */
	private String surname() {
		double u = this.random.nextDouble();
		return SURNAMES[(int) (SURNAMES.length * Math.pow(u, 1.5))];
	}

	private String given() {
		double u = this.random.nextDouble();
		return String.valueOf(GIVEN.charAt((int) (GIVEN.length() * Math.pow(u, 1.5))));
	}

	private String newPhone() {
		while (true) {
			String phone = "1" + "35789".charAt(this.random.nextInt(5)) + String.format("%09d", this.random.nextInt(1_000_000_000));
			if (this.phones.add(phone)) {
				return phone;
			}
		}
	}

	/** A fictional 身份证号: area 330299 (no county has it), birth date, sequence by gender, check digit. */
	private String idCard(String gender, int year, int month) {
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		while (true) {
			int seq = this.random.nextInt(500) * 2 + ("男".equals(gender) ? 1 : 0);
			String body = String.format("330299%04d%02d%02d%03d", year, month, 1 + this.random.nextInt(28), seq);
			int sum = 0;
			for (int i = 0; i < 17; i++) {
				sum += (body.charAt(i) - '0') * weights[i];
			}
			String id = body + "10X98765432".charAt(sum % 11);
			if (this.idCards.add(id)) {
				return id;
			}
		}
	}

	/** How one roster is kept: which columns it has and how it writes birth dates. */
	private record Layout(boolean gender, boolean birth, boolean yearOnly, int birthStyle, boolean idCard,
			boolean unitCell) {

		List<String> header() {
			List<String> h = new ArrayList<>(List.of("序号", "姓名"));
			if (this.gender) {
				h.add("性别");
			}
			if (this.birth) {
				h.add(this.yearOnly ? "出生年份" : "出生年月");
			}
			h.add("职务");
			h.add("联系电话");
			if (this.idCard) {
				h.add("身份证号");
			}
			h.add("备注");
			return h;
		}

	}

	private Layout layout() {
		boolean birth = this.random.nextDouble() >= this.noise.noBirthColumn();
		return new Layout(this.random.nextDouble() >= this.noise.noGenderColumn(), birth,
				birth && this.random.nextDouble() < this.noise.birthYearOnly(), this.random.nextInt(4),
				this.random.nextDouble() < this.noise.idCardRosters(), this.random.nextBoolean());
	}

	/** A roster's rows as cells: title rows, the header, then one row per post; the truth noted. */
	private List<List<String>> cells(Body body, String file, String sheet, Map<String, Integer> truth) {
		Layout layout = layout();
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(body.unit().name() + "成员名单（" + TITLE_DATE + "）"));
		if (layout.unitCell()) {
			rows.add(List.of("单位：" + body.unit().name(), "", "填报日期：" + TITLE_DATE));
		}
		rows.add(layout.header());
		for (int i = 0; i < body.rows().size(); i++) {
			Person p = this.people.get(body.rows().get(i)[0]);
			List<String> row = new ArrayList<>();
			row.add(Integer.toString(i + 1));
			row.add(writtenName(p.name()));
			if (layout.gender()) {
				row.add(p.gender());
			}
			if (layout.birth()) {
				row.add(this.random.nextDouble() < this.noise.missingBirths() ? "" : birth(p, layout));
			}
			row.add(body.titles().get(i));
			String phone = p.otherPhone() != null && this.random.nextBoolean() ? p.otherPhone() : p.phone();
			row.add(this.random.nextDouble() < this.noise.missingPhones() ? "" : writtenPhone(phone));
			if (layout.idCard()) {
				row.add(this.random.nextDouble() < 0.9 ? p.idCard() : "");
			}
			row.add("");
			rows.add(row);
			truth.put(file + "!" + sheet + "!" + rows.size(), p.index());
		}
		return rows;
	}

	private String writtenName(String name) {
		String written = name;
		if (this.random.nextDouble() < this.noise.nameTypos()) {
			List<Integer> replaceable = new ArrayList<>();
			for (int i = 1; i < written.length(); i++) {
				if (HOMOPHONES.containsKey(written.charAt(i))) {
					replaceable.add(i);
				}
			}
			if (!replaceable.isEmpty()) {
				int i = replaceable.get(this.random.nextInt(replaceable.size()));
				written = written.substring(0, i) + HOMOPHONES.get(written.charAt(i)) + written.substring(i + 1);
			}
		}
		if (written.indexOf(RosterText.MIDDLE_DOT) >= 0 && this.random.nextDouble() < this.noise.dotVariants()) {
			written = written.replace(RosterText.MIDDLE_DOT, "•・‧".charAt(this.random.nextInt(3)));
		}
		if (written.length() == 2 && this.random.nextDouble() < this.noise.paddedNames()) {
			written = switch (this.random.nextInt(4)) {
				case 0 -> written.charAt(0) + "  " + written.charAt(1);
				case 1 -> written.charAt(0) + "\u3000" + written.charAt(1);
				case 2 -> " " + written;
				default -> written + " ";
			};
		}
		return written;
	}

	private String birth(Person p, Layout layout) {
		if (layout.yearOnly()) {
			return Integer.toString(p.year());
		}
		return switch (layout.birthStyle()) {
			case 0 -> String.format("%d.%02d", p.year(), p.month());
			case 1 -> String.format("%d-%02d", p.year(), p.month());
			case 2 -> p.year() + "年" + p.month() + "月";
			default -> String.format("%d%02d", p.year(), p.month());
		};
	}

	private String writtenPhone(String phone) {
		if (this.random.nextDouble() >= this.noise.phoneFormats()) {
			return phone;
		}
		String format = PHONE_FORMATS[this.random.nextInt(PHONE_FORMATS.length)];
		if (format.equals("FULL")) {
			StringBuilder full = new StringBuilder();
			phone.chars().forEach(c -> full.append((char) (c + 0xFEE0)));
			return full.toString();
		}
		return String.format(format, phone.substring(0, 3), phone.substring(3, 7), phone.substring(7));
	}

	private RosterImporter.RosterFile workbook(String file, List<Body> bodies, Map<String, Integer> truth) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Body body : bodies) {
				if (body.rows().isEmpty()) {
					continue;
				}
				String name = body.unit().name();
				Sheet sheet = wb.createSheet(name);
				List<List<String>> rows = cells(body, file, name, truth);
				for (int r = 0; r < rows.size(); r++) {
					Row row = sheet.createRow(r);
					List<String> cells = rows.get(r);
					for (int c = 0; c < cells.size(); c++) {
						if (!cells.get(c).isEmpty()) {
							row.createCell(c).setCellValue(cells.get(c));
						}
					}
				}
			}
			wb.write(out);
			return new RosterImporter.RosterFile(file, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private RosterImporter.RosterFile csv(String file, Body body, Charset charset, Map<String, Integer> truth) {
		StringBuilder text = new StringBuilder(charset.equals(StandardCharsets.UTF_8) ? "\uFEFF" : "");
		for (List<String> row : cells(body, file, "", truth)) {
			text.append(String.join(",", row)).append("\r\n");
		}
		return new RosterImporter.RosterFile(file, text.toString().getBytes(charset));
	}

	private static Map<Character, Character> homophones(String pairs) {
		Map<Character, Character> map = new HashMap<>();
		for (int i = 0; i + 1 < pairs.length(); i += 2) {
			map.put(pairs.charAt(i), pairs.charAt(i + 1));
		}
		return map;
	}

}
