package io.govgraph.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;

import io.govgraph.query.Page;
import io.govgraph.query.PageQuery;
import io.govgraph.query.Rendered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A listing's statements carry the parameters they were built with (query/FilterCompiler), not
 * Cypher-DSL's anonymous ones collected by a second walk: every parameter a statement names has
 * its value, and the same shape of filter gives the same text whatever the values.
 */
class ListingParametersTests {

	private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+)");

	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	private static Map<String, Object> legalAdvisors(String street) {
		return Map.of("within", street, "type", Map.of("eq", "COMMUNITY_COMMITTEE"), "links",
				Map.of("some", Map.of("type", Map.of("eq", "PAIRED_WITH"), "direction", "IN", "other",
						Map.of("type", Map.of("eq", "LAW_FIRM"), "name", Map.of("contains", street + "律所")))));
	}

	private static Map<String, Object> onTwoCommittees(String street) {
		return Map.of("AND", List.of(
				Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", street, "type", Map.of("eq", "OWNERS_COMMITTEE"))))),
				Map.of("posts", Map.of("some", Map.of("unit", Map.of("within", street, "type", Map.of("eq", "COMMUNITY_COMMITTEE"))))),
				Map.of("birthYear", Map.of("gte", street.length() + 1950))));
	}

	@Test
	void everyParameterAStatementNamesHasItsValue() {
		Page next = Page.of("units", "units", 50, null);
		for (PageQuery query : List.of(Listings.units(legalAdvisors("yz"), null, DAY),
				Listings.units(legalAdvisors("yz"), Map.of("field", "FOUNDED", "direction", "DESC"), DAY),
				Listings.people(onTwoCommittees("yz"), Map.of("field", "PARTY_SINCE"), DAY),
				Listings.posts(Map.of("role", Map.of("in", List.of("SECRETARY", "MEMBER")), "unit", Map.of("within", "yz")), null, DAY))) {
			for (Rendered statement : List.of(query.page(next), query.page(next, PageQuery.TOTAL_CAP), query.count())) {
				assertThat(named(statement.cypher())).isNotEmpty().allSatisfy(name ->
					assertThat(statement.parameters()).as(statement.cypher()).containsKey(name));
			}
		}
		Rendered units = Listings.units(legalAdvisors("yz"), null, DAY).page(next);
		assertThat(units.parameters()).containsValues("yz", "COMMUNITY_COMMITTEE", "yz律所", DAY, 51);
	}

	@Test
	void theSameShapeIsTheSameTextWhateverTheValues() {
		Page page = Page.of("units", "units", 50, null);
		Rendered one = Listings.units(legalAdvisors("yz"), null, DAY).page(page);
		Rendered other = Listings.units(legalAdvisors("gulou"), null, DAY.plusDays(3)).page(Page.of("units", "units", 7, null));
		assertThat(other.cypher()).isEqualTo(one.cypher());
		assertThat(other.parameters()).isNotEqualTo(one.parameters()).containsValues("gulou", "gulou律所", 8);
		Rendered people = Listings.people(onTwoCommittees("yz"), null, DAY).count();
		assertThat(Listings.people(onTwoCommittees("dongliu"), null, DAY).count().cypher()).isEqualTo(people.cypher());
	}

	@Test
	void aStatementWithAnAnonymousParameterIsRefused() {
		var statement = Cypher.match(Cypher.node("Unit").named("u"))
			.where(Cypher.name("u").property("id").isEqualTo(Cypher.anonParameter("yz")))
			.returning(Cypher.name("u"))
			.build();
		assertThatIllegalStateException().isThrownBy(() -> Rendered.of(statement, Map.of()))
			.withMessageContaining("anonymous parameter");
	}

	private static TreeSet<String> named(String cypher) {
		TreeSet<String> names = new TreeSet<>();
		Matcher m = PARAMETER.matcher(cypher);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

}
