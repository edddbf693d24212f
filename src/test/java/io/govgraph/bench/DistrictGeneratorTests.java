package io.govgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

}
