package io.govgraph.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.govgraph.analysis.LinkageGraph;

import io.govgraph.ingest.DataSetReader;
import io.govgraph.ingest.StoreSnapshot;
import io.govgraph.model.DataSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark districts are valid v1 data sets of the asked size, the same for the same seed. */
class DistrictGeneratorTests {

	@TempDir
	Path dir;

	@Test
	void aGeneratedDistrictIsAValidDataSetOfAboutTheAskedSize() throws IOException {
		DistrictGenerator.Summary summary = DistrictGenerator.generate(this.dir.resolve("a"), 5_000, 7);
		assertThat(summary.vertices()).isBetween(4_500L, 5_500L);
		DataSet ds = DataSetReader.read(summary.folder(), StoreSnapshot.EMPTY);
		assertThat(ds.units()).hasSize((int) summary.units());
		assertThat(ds.people()).hasSize((int) summary.people());
		assertThat(ds.posts()).hasSize((int) summary.posts());
		assertThat(ds.links()).hasSize((int) summary.links());
		assertThat(ds.units()).extracting(DataSet.UnitRow::type)
			.contains("STREET_COMMITTEE", "COMMUNITY_COMMITTEE", "GRID_BRANCH", "BUILDING_GROUP", "COMPOUND",
					"OWNERS_COMMITTEE", "PROPERTY_COMPANY", "STATIONED_UNIT", "LAW_FIRM");
	}

	@Test
	void theSameSeedGivesTheSameFiles() throws IOException {
		DistrictGenerator.generate(this.dir.resolve("a"), 2_000, 3);
		DistrictGenerator.generate(this.dir.resolve("b"), 2_000, 3);
		for (String file : new String[] { "units.csv", "people.csv", "posts.csv", "links.csv" }) {
			assertThat(Files.readString(this.dir.resolve("b").resolve(file)))
				.isEqualTo(Files.readString(this.dir.resolve("a").resolve(file)));
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2_000, 50_000 })
	void theDenseModeHasMostPeopleOnTwoOrThreePostsAndFewPendants(int size) throws IOException {
		DistrictGenerator.Summary summary = DistrictGenerator.generateDense(this.dir.resolve("dense"), size, 5);
		assertThat(summary.vertices()).isBetween((long) (size * 0.85), (long) (size * 1.15));
		LinkageGraph g = graph(summary.folder());
		assertThat(g.vertexCount()).isEqualTo((int) summary.vertices());
		long pendants = java.util.stream.IntStream.range(0, g.vertexCount()).filter(v -> g.degree(v) == 1).count();
		assertThat((double) g.edgeCount() / g.vertexCount()).as("edges per vertex").isGreaterThanOrEqualTo(1.7);
		assertThat((double) pendants / g.vertexCount()).as("share of pendants").isLessThanOrEqualTo(0.35);
		assertThat((double) summary.posts() / summary.people()).as("posts per person").isGreaterThan(1.7);
	}

	@Test
	void theDenseModeIsTheSameForTheSameSeed() throws IOException {
		DistrictGenerator.generateDense(this.dir.resolve("a"), 2_000, 3);
		DistrictGenerator.generateDense(this.dir.resolve("b"), 2_000, 3);
		for (String file : new String[] { "units.csv", "people.csv", "posts.csv", "links.csv" }) {
			assertThat(Files.readString(this.dir.resolve("b").resolve(file)))
				.isEqualTo(Files.readString(this.dir.resolve("a").resolve(file)));
		}
	}

	/**
	 * The linkage graph of the files (unit–parent, link and post edges in force after the last
	 * ending), built from the CSVs alone.
	 */
	static LinkageGraph graph(Path folder) throws IOException {
		LinkageGraph.Builder b = LinkageGraph.builder();
		for (CSVRecord r : records(folder, "units.csv")) {
			b.vertex(r.get("id"), r.get("type"));
			if (!r.get("parent_id").isEmpty()) {
				b.edge(r.get("id"), r.get("parent_id"));
			}
		}
		for (CSVRecord r : records(folder, "people.csv")) {
			b.vertex(r.get("id"), "PERSON");
		}
		for (CSVRecord r : records(folder, "posts.csv")) {
			if (r.get("until").isEmpty()) {
				b.edge(r.get("person_id"), r.get("unit_id"));
			}
		}
		for (CSVRecord r : records(folder, "links.csv")) {
			if (r.get("until").isEmpty()) {
				b.edge(r.get("from_id"), r.get("to_id"));
			}
		}
		return b.build();
	}

	private static java.util.List<CSVRecord> records(Path folder, String file) throws IOException {
		try (Reader in = Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

}
