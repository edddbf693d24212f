package io.govgraph.roster;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every evidence rule of the spec: a pair that must merge, one that must become a candidate, one that must stay apart. */
class ResolverTests {

	private static final UnitDirectory.Unit RC = new UnitDirectory.Unit("rc", "划船社区居委会", "RESIDENTS_COMMITTEE", "s1");

	private static final UnitDirectory.Unit OC = new UnitDirectory.Unit("oc", "海景花园业委会", "OWNERS_COMMITTEE", "s1");

	private static final UnitDirectory.Unit OTHER_STREET = new UnitDirectory.Unit("x", "东柳社区居委会", "RESIDENTS_COMMITTEE",
			"s2");

	private static Mention m(UnitDirectory.Unit unit, String name, String phone, String birth, String gender,
			String idHash) {
		return new Mention("a.xlsx", "s", 2, unit, name, RosterText.name(name), gender,
				birth == null ? null : RosterValues.birth(birth), null, null, List.of(new Roles.Post("MEMBER", null)),
				phone, null, null, idHash, null, null);
	}

	private static Resolver.Known known(String id, String name, String phone, String birth, String gender, String hash,
			String street) {
		return new Resolver.Known(id, name, phone, birth, gender, hash == null ? Set.of() : Set.of(hash),
				street == null ? Set.of() : Set.of(street), Set.of());
	}

	private static Supplier<String> ids() {
		AtomicInteger n = new AtomicInteger();
		return () -> "new-" + n.incrementAndGet();
	}

	private static Resolver.Resolution resolve(List<Resolver.Known> stored, Mention... mentions) {
		return Resolver.resolve(List.of(mentions), stored, Set.of(), ids());
	}

	@Test
	void sameIdCardHashMerges() {
		var r = resolve(List.of(known("p1", "王伟", null, null, null, "h1", "s1")), m(OC, "王 伟", "139", null, null, "h1"));
		assertThat(r.resolved().get(0).personId()).isEqualTo("p1");
		assertThat(r.resolved().get(0).match()).isEqualTo(Resolver.Match.CERTAIN);
	}

	@Test
	void differentIdCardHashesStayApartEvenWithNameAndPhone() {
		var r = resolve(List.of(known("p1", "王伟", "138", null, null, "h1", "s1")), m(OC, "王伟", "138", null, null, "h2"));
		assertThat(r.resolved().get(0).created()).isTrue();
		// the shared phone is still worth a look: a candidate only if the names differ, and they do not
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void sameNameAndPhoneMerges() {
		var r = resolve(List.of(known("p1", "王伟", "13812345678", null, null, null, "s1")),
				m(OC, "王  伟", "13812345678", null, null, null));
		assertThat(r.resolved().get(0).personId()).isEqualTo("p1");
		assertThat(r.resolved().get(0).rule()).isEqualTo(Resolver.NAME_PHONE);
	}

	@Test
	void sameNameAndBirthMonthMergesWhenTheOnlyOne() {
		var r = resolve(List.of(known("p1", "王伟", null, "1975-03", null, null, "s1")),
				m(OC, "王伟", null, "1975.03", null, null));
		assertThat(r.resolved().get(0).personId()).isEqualTo("p1");
		assertThat(r.resolved().get(0).match()).isEqualTo(Resolver.Match.PROBABLE);
	}

	@Test
	void sameNameGenderAndBirthYearMerges() {
		var r = resolve(List.of(known("p1", "王伟", null, "1975", "男", null, "s1")), m(OC, "王伟", null, "1975.03", "男", null));
		assertThat(r.resolved().get(0).personId()).isEqualTo("p1");
		assertThat(r.resolved().get(0).match()).isEqualTo(Resolver.Match.PROBABLE);
	}

	@Test
	void twoPeopleMatchingAsWellBecomeCandidates() {
		var r = resolve(List.of(known("p1", "王伟", null, "1975-03", null, null, "s1"),
				known("p2", "王伟", null, "1975-03", null, null, "s2")), m(OC, "王伟", null, "1975.03", null, null));
		assertThat(r.resolved().get(0).created()).isTrue();
		assertThat(r.candidates()).extracting(Resolver.Candidate::otherId).containsExactly("p1", "p2");
		assertThat(r.candidates()).allMatch(c -> c.rule().equals(Resolver.NAME_BIRTH));
	}

	@Test
	void differentBirthMonthsStayApart() {
		var r = resolve(List.of(known("p1", "王伟", null, "1975-03", null, null, "s1")),
				m(OC, "王伟", null, "1975.04", null, null));
		assertThat(r.resolved().get(0).created()).isTrue();
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void sameNameInTheSameStreetIsACandidateNeverAMerge() {
		var r = resolve(List.of(known("p1", "王伟", "13800000000", null, null, null, "s1")),
				m(OC, "王伟", null, null, null, null));
		assertThat(r.resolved().get(0).created()).isTrue();
		assertThat(r.candidates()).singleElement().satisfies(c -> {
			assertThat(c.otherId()).isEqualTo("p1");
			assertThat(c.rule()).isEqualTo(Resolver.NAME_ONLY);
			assertThat(c.evidence().agree()).containsExactly("name", "street");
		});
	}

	@Test
	void sameNameInAnotherStreetStaysApart() {
		var r = resolve(List.of(known("p1", "王伟", null, null, null, null, "s1")),
				m(OTHER_STREET, "王伟", null, null, null, null));
		assertThat(r.resolved().get(0).created()).isTrue();
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void samePhoneDifferentNamesIsACandidate() {
		var r = resolve(List.of(known("p1", "王伟", "13812345678", null, null, null, "s1")),
				m(OC, "王芳", "13812345678", null, null, null));
		assertThat(r.resolved().get(0).created()).isTrue();
		assertThat(r.candidates()).singleElement().satisfies(c -> {
			assertThat(c.rule()).isEqualTo(Resolver.PHONE_ONLY);
			assertThat(c.evidence().agree()).containsExactly("phone", "street");
			assertThat(c.evidence().differ()).containsExactly("name");
		});
	}

	@Test
	void samePhoneDifferentNamesButDifferentGendersIsStillACandidateOnlyWhenNotApart() {
		var r = resolve(List.of(known("p1", "王伟", "138", null, "男", null, "s1")), m(OC, "王芳", "138", null, "女", null));
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void nothingMakesANewPerson() {
		var r = resolve(List.of(known("p1", "王伟", "138", null, null, null, "s1")), m(OC, "李娜", "139", null, null, null));
		assertThat(r.resolved().get(0).personId()).isEqualTo("new-1");
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void mentionsOfOneImportResolveAgainstEachOther() {
		var r = resolve(List.of(), m(RC, "王伟", "13812345678", null, null, null),
				m(OC, "王　伟", "+86 138 1234 5678".replaceAll("\\D", "").substring(2), null, null, null),
				m(OC, "王伟", null, null, null, null));
		assertThat(r.resolved()).extracting(Resolver.Resolved::personId).containsExactly("new-1", "new-1", "new-2");
		assertThat(r.candidates()).singleElement().satisfies(c -> assertThat(c.pairKey()).isEqualTo("new-1|new-2"));
	}

	@Test
	void aPairDecidedDifferentIsNotProposedAgain() {
		var r = Resolver.resolve(List.of(m(OC, "王伟", null, null, null, null)),
				List.of(known("p1", "王伟", null, null, null, null, "s1")), Set.of("new-1|p1"), ids());
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void theSameRowReadAgainIsTheSamePerson() {
		Resolver.Known p2 = new Resolver.Known("p2", "王伟", null, null, null, Set.of(), Set.of("s1"), Set.of("oc|王伟"));
		var r = resolve(List.of(known("p1", "王伟", null, null, null, null, "s1"), p2), m(OC, "王伟", null, null, null, null));
		assertThat(r.resolved().get(0).personId()).isEqualTo("p2");
		assertThat(r.resolved().get(0).rule()).isEqualTo(Resolver.SAME_ROW);
		assertThat(r.candidates()).isEmpty();
	}

	@Test
	void aMergedMentionsPhoneIsEvidenceForLaterOnes() {
		var r = resolve(List.of(), m(RC, "王伟", null, "1975.03", null, null), m(OC, "王伟", "138", "1975-03", null, null),
				m(OTHER_STREET, "王伟", "138", null, null, null));
		assertThat(r.resolved()).extracting(Resolver.Resolved::match)
			.containsExactly(Resolver.Match.NEW, Resolver.Match.PROBABLE, Resolver.Match.CERTAIN);
		assertThat(r.resolved()).extracting(Resolver.Resolved::personId).containsOnly("new-1");
	}

}
