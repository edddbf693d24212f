package io.govgraph.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides who is who (spec rosters.md, "Who is who"): each mention, in order, against the people
 * already stored and those made by earlier mentions of the same import.
 * <ol>
 * <li>the same row of an earlier roster of the unit (same unit, same normalized name, same
 * occurrence): the person it resolved to then, so that decisions are remembered across re-import
 * and successive rosters of a unit build one history;</li>
 * <li>same ID-card hash: certain;</li>
 * <li>same normalized name and phone: certain;</li>
 * <li>same name and birth year-month, or name, gender and birth year: probable, merged only when
 * exactly one person matches so, else a candidate with each;</li>
 * <li>same name only, and a person with that name in the same street: a candidate, never merged;</li>
 * <li>same phone, different names: a candidate;</li>
 * <li>nothing: a new person.</li>
 * </ol>
 * Two people whose ID-card hashes, birth dates or genders are both known and differ are never
 * merged nor proposed. A pair decided DIFFERENT is never proposed again. Cost: one pass over the
 * mentions with hash look-ups by name, phone, ID hash and mention key, O(mentions + people).
 */
public final class Resolver {

	/** How a mention was resolved. */
	public enum Match {

		/** The same row re-read, the same ID card, or the same name and phone. */
		CERTAIN,
		/** Same name and birth date, the only person so. */
		PROBABLE,
		/** No person matched well enough: a new person (maybe with candidates). */
		NEW

	}

	/** A person the resolver may match. {@code birth} is {@code YYYY-MM} or {@code YYYY}. */
	public record Known(String id, String name, String phone, String birth, String gender, Set<String> idHashes,
			Set<String> streets, Set<String> mentionKeys) {
	}

	/** Which fields of two records agree and which differ (fields known on one side only are neither). */
	public record Evidence(List<String> agree, List<String> differ) {
	}

	/** A pair left for review: the mention's person and another, with the rule that found them. */
	public record Candidate(String personId, String otherId, Mention mention, String rule, Evidence evidence,
			double score) {

		/** The pair's key, the same whichever way round it was found. */
		public String pairKey() {
			return pairKey(this.personId, this.otherId);
		}

		public static String pairKey(String a, String b) {
			return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
		}

	}

	/** One mention resolved: to which person, whether that person is new, how, and by what rule. */
	public record Resolved(Mention mention, String key, String personId, boolean created, Match match, String rule) {
	}

	/** What a resolution gives: every mention resolved, and the candidates for review. */
	public record Resolution(List<Resolved> resolved, List<Candidate> candidates) {
	}

	static final String SAME_ROW = "same row of an earlier roster of the unit", ID_CARD = "same ID-card hash",
			NAME_PHONE = "same name and phone", NAME_BIRTH = "same name and birth date",
			NAME_ONLY = "same name in the same street", PHONE_ONLY = "same phone, different names";

	private Resolver() {
	}

	/**
	 * Resolves the mentions in order. {@code different} holds the pair keys decided DIFFERENT;
	 * {@code newId} gives the id of each new person.
	 */
	public static Resolution resolve(List<Mention> mentions, Collection<Known> stored, Set<String> different,
			Supplier<String> newId) {
		Pool pool = new Pool();
		stored.forEach(k -> pool.add(new Person(k)));
		List<Resolved> resolved = new ArrayList<>(mentions.size());
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		Map<String, Integer> occurrences = new HashMap<>();
		for (Mention m : mentions) {
			String base = m.unit().id() + "|" + m.name();
			int n = occurrences.merge(base, 1, Integer::sum);
			String key = n == 1 ? base : base + "#" + n;
			Resolved r = resolveOne(m, key, pool, different, candidates, newId);
			resolved.add(r);
		}
		return new Resolution(resolved, List.copyOf(candidates.values()));
	}

	private static Resolved resolveOne(Mention m, String key, Pool pool, Set<String> different,
			Map<String, Candidate> candidates, Supplier<String> newId) {
		Person byKey = pool.byKey.get(key);
		if (byKey != null && !apart(byKey, m)) {
			return merged(m, key, byKey, pool, Match.CERTAIN, SAME_ROW);
		}
		if (m.idHash() != null) {
			Person byHash = pool.byHash.get(m.idHash());
			if (byHash != null) {
				return merged(m, key, byHash, pool, Match.CERTAIN, ID_CARD);
			}
		}
		List<Person> sameName = pool.byName.getOrDefault(m.name(), List.of()).stream().filter(p -> !apart(p, m)).toList();
		if (m.phone() != null) {
			List<Person> namePhone = sameName.stream().filter(p -> p.phones.contains(m.phone())).toList();
			if (namePhone.size() == 1) {
				return merged(m, key, namePhone.get(0), pool, Match.CERTAIN, NAME_PHONE);
			}
		}
		List<Person> probable = sameName.stream().filter(p -> sameBirth(p, m)).toList();
		if (probable.size() == 1) {
			return merged(m, key, probable.get(0), pool, Match.PROBABLE, NAME_BIRTH);
		}
		Person created = new Person(newId.get(), m);
		pool.add(created);
		created.mentionKeys.add(key);
		pool.byKey.put(key, created);
		for (Person p : probable) {
			propose(created, p, m, NAME_BIRTH, 0.8, different, candidates);
		}
		if (probable.isEmpty() && m.unit().streetId() != null) {
			for (Person p : sameName) {
				if (p != created && p.streets.contains(m.unit().streetId())) {
					propose(created, p, m, NAME_ONLY, 0.5, different, candidates);
				}
			}
		}
		if (m.phone() != null) {
			for (Person p : pool.byPhone.getOrDefault(m.phone(), List.of())) {
				if (p != created && !p.name.equals(m.name()) && !apart(p, m)) {
					propose(created, p, m, PHONE_ONLY, 0.3, different, candidates);
				}
			}
		}
		return new Resolved(m, key, created.id, true, Match.NEW, null);
	}

	private static Resolved merged(Mention m, String key, Person p, Pool pool, Match match, String rule) {
		p.absorb(m, key);
		pool.index(p, m, key);
		return new Resolved(m, key, p.id, false, match, rule);
	}

	private static void propose(Person created, Person other, Mention m, String rule, double score, Set<String> different,
			Map<String, Candidate> candidates) {
		String pair = Candidate.pairKey(created.id, other.id);
		if (different.contains(pair) || candidates.containsKey(pair)) {
			return;
		}
		candidates.put(pair, new Candidate(created.id, other.id, m, rule, evidence(other, m), score));
	}

	/** Known and differing ID-card hashes, birth dates or genders: two people. */
	static boolean apart(Person p, Mention m) {
		if (m.idHash() != null && !p.idHashes.isEmpty() && !p.idHashes.contains(m.idHash())) {
			return true;
		}
		if (m.gender() != null && p.gender != null && !m.gender().equals(p.gender)) {
			return true;
		}
		String b = m.birthText();
		if (b != null && p.birth != null) {
			if (!b.substring(0, 4).equals(p.birth.substring(0, 4))) {
				return true;
			}
			return b.length() == 7 && p.birth.length() == 7 && !b.equals(p.birth);
		}
		return false;
	}

	private static boolean sameBirth(Person p, Mention m) {
		String b = m.birthText();
		if (b == null || p.birth == null) {
			return false;
		}
		if (b.length() == 7 && b.equals(p.birth)) {
			return true;
		}
		return m.gender() != null && m.gender().equals(p.gender) && b.substring(0, 4).equals(p.birth.substring(0, 4));
	}

	static Evidence evidence(Person p, Mention m) {
		List<String> agree = new ArrayList<>();
		List<String> differ = new ArrayList<>();
		compare("name", p.name, m.name(), agree, differ);
		if (m.phone() != null && !p.phones.isEmpty()) {
			(p.phones.contains(m.phone()) ? agree : differ).add("phone");
		}
		compare("birth", p.birth, m.birthText(), agree, differ);
		compare("gender", p.gender, m.gender(), agree, differ);
		if (m.idHash() != null && !p.idHashes.isEmpty()) {
			(p.idHashes.contains(m.idHash()) ? agree : differ).add("idCard");
		}
		if (m.unit().streetId() != null && !p.streets.isEmpty()) {
			(p.streets.contains(m.unit().streetId()) ? agree : differ).add("street");
		}
		return new Evidence(List.copyOf(agree), List.copyOf(differ));
	}

	private static void compare(String field, String a, String b, List<String> agree, List<String> differ) {
		if (a != null && b != null) {
			(Objects.equals(a, b) ? agree : differ).add(field);
		}
	}

	/** A person as the resolver sees it, growing as mentions are merged into it. */
	static final class Person {

		final String id;

		final String name;

		final Set<String> phones = new HashSet<>();

		String birth;

		String gender;

		final Set<String> idHashes = new HashSet<>();

		final Set<String> streets = new HashSet<>();

		final Set<String> mentionKeys = new HashSet<>();

		Person(Known k) {
			this.id = k.id();
			this.name = k.name();
			if (k.phone() != null) {
				this.phones.add(k.phone());
			}
			this.birth = k.birth();
			this.gender = k.gender();
			this.idHashes.addAll(k.idHashes());
			this.streets.addAll(k.streets());
			this.mentionKeys.addAll(k.mentionKeys());
		}

		Person(String id, Mention m) {
			this.id = id;
			this.name = m.name();
			absorb(m, null);
		}

		void absorb(Mention m, String key) {
			if (m.phone() != null) {
				this.phones.add(m.phone());
			}
			if (m.birthText() != null && (this.birth == null || m.birthText().length() > this.birth.length())) {
				this.birth = m.birthText();
			}
			if (this.gender == null) {
				this.gender = m.gender();
			}
			if (m.idHash() != null) {
				this.idHashes.add(m.idHash());
			}
			if (m.unit().streetId() != null) {
				this.streets.add(m.unit().streetId());
			}
			if (key != null) {
				this.mentionKeys.add(key);
			}
		}

	}

	/** The people by name, phone, ID hash and mention key. */
	private static final class Pool {

		final Map<String, List<Person>> byName = new HashMap<>();

		final Map<String, List<Person>> byPhone = new HashMap<>();

		final Map<String, Person> byHash = new HashMap<>();

		final Map<String, Person> byKey = new HashMap<>();

		void add(Person p) {
			this.byName.computeIfAbsent(p.name, k -> new ArrayList<>()).add(p);
			p.phones.forEach(phone -> this.byPhone.computeIfAbsent(phone, k -> new ArrayList<>()).add(p));
			p.idHashes.forEach(h -> this.byHash.putIfAbsent(h, p));
			p.mentionKeys.forEach(k -> this.byKey.putIfAbsent(k, p));
		}

		void index(Person p, Mention m, String key) {
			if (m.phone() != null) {
				List<Person> list = this.byPhone.computeIfAbsent(m.phone(), k -> new ArrayList<>());
				if (!list.contains(p)) {
					list.add(p);
				}
			}
			if (m.idHash() != null) {
				this.byHash.putIfAbsent(m.idHash(), p);
			}
			this.byKey.putIfAbsent(key, p);
		}

	}

}
