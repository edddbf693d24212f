package io.govgraph.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.govgraph.IntegrationTest;
import io.govgraph.ingest.DataSetImporter;

import static org.assertj.core.api.Assertions.assertThat;

/** The interlock graph (docs/spec/analysis.md v1.1) on the hand-made district {@code av} (datasets/audit-v11). */
@IntegrationTest
class InterlockTests {

	@Autowired
	DataSetImporter store;

	@Autowired
	Interlocks interlocks;

	@Autowired
	GraphQlTester graphQl;

	@BeforeEach
	void importHandMadeDistrict() {
		this.store.importDataSet(Path.of("src/test/resources/datasets/audit-v11"), false);
	}

	@Test
	void weightsAreTheDaysOfOverlapSummedOverThePeople() {
		// 物业 – 西苑业委会: av.p13 and av.p14 from 2019-01-01 to 2025-06-01 (2,344 days each), av.p15 and
		// av.p16 to 2022-12-31 (1,461 days each). 甲社区 – 联席会议: av.p3's two posts in 甲社区 overlap
		// his 2020-07-01 … 2024-12-31 on the joint meeting, counted once: 1,645 days.
		this.graphQl.documentName("interlocks")
			.variable("scopeId", "av")
			.variable("asOf", "2025-06-01")
			.execute()
			.path("interlocks")
			.matchesJson("""
					[{"a": {"id": "av.pc"}, "b": {"id": "av.s.c1.k2.oc"}, "weight": 7610,
					  "people": [{"id": "av.p13"}, {"id": "av.p14"}, {"id": "av.p15"}, {"id": "av.p16"}]},
					 {"a": {"id": "av.s.c1"}, "b": {"id": "av.s.c1.jm"}, "weight": 1645, "people": [{"id": "av.p3"}]}]
					""");
	}

	@Test
	void minWeightAndFirstCutTheList() {
		assertThat(this.interlocks.interlocks("av", LocalDate.parse("2025-06-01"), 2000, 100))
			.extracting(Results.Interlock::bId)
			.containsExactly("av.s.c1.k2.oc");
		assertThat(this.interlocks.interlocks("av", LocalDate.parse("2025-06-01"), 1, 1)).hasSize(1);
		// up to 2019-01-10 the company's four managers had sat on the committee for 10 days each
		assertThat(this.interlocks.interlocks("av", LocalDate.parse("2019-01-10"), 1, 100))
			.extracting(Results.Interlock::weight)
			.containsExactly(40L);
	}

	@Test
	void overlappingPeriodsOfOnePersonCountEachDayOnce() {
		LocalDate d = LocalDate.parse("2020-01-01");
		assertThat(Interlocks.days(List.of(new LocalDate[] { d, d.plusDays(9) }, new LocalDate[] { d.plusDays(5), d.plusDays(14) },
				new LocalDate[] { d.plusDays(2), d.plusDays(3) }, new LocalDate[] { d.plusDays(20), d.plusDays(20) })))
			.isEqualTo(16);
	}

}
