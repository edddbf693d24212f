package io.govgraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.govgraph.ingest.DataSetReader;
import io.govgraph.ingest.StoreSnapshot;
import io.govgraph.model.DataSet;

import static org.assertj.core.api.Assertions.assertThat;

/** What v1.1 adds is written only where there is something to write: v1 data exports as v1. */
class DataSetWriterTests {

	@TempDir
	Path dir;

	@Test
	void v1DataIsWrittenAsTheFourV1FilesWithTheV1Columns() throws IOException {
		DataSet ds = DataSetReader.read(Path.of("src/test/resources/datasets/tiny"), StoreSnapshot.EMPTY);
		Files.writeString(this.dir.resolve("items.csv"), "left over by an earlier export");
		DataSetWriter.write(ds, this.dir);
		assertThat(Files.readString(this.dir.resolve("posts.csv")))
			.startsWith("person_id,unit_id,role,title,since,until,source\r\n");
		assertThat(Files.readString(this.dir.resolve("people.csv")))
			.startsWith("id,name,party_member,party_since,gender,birth_year,phone,source,x_remark\r\n");
		try (Stream<Path> files = Files.list(this.dir)) {
			assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
				.containsExactly("links.csv", "people.csv", "posts.csv", "units.csv");
		}
	}

	@Test
	void v11DataIsWrittenWithItsColumnsAndFiles() throws IOException {
		DataSet ds = DataSetReader.read(Path.of("src/test/resources/datasets/tiny-v11"), StoreSnapshot.EMPTY);
		DataSetWriter.write(ds, this.dir);
		assertThat(Files.readString(this.dir.resolve("posts.csv")))
			.startsWith("person_id,unit_id,role,title,since,until,source,place_id\r\n");
		assertThat(Files.readString(this.dir.resolve("people.csv")))
			.startsWith("id,name,party_member,party_since,gender,birth_year,phone,source,home_id,party_branch_id,x_remark\r\n");
		assertThat(Files.readString(this.dir.resolve("items.csv"))).contains("v.i1,RESOURCE,警务进社区,v.a1,,v.su,v.s,DONE,"
				+ "2024-03,2024-06-30,1250.5,12,,test\r\n");
		assertThat(Files.readString(this.dir.resolve("attendance.csv"))).contains("v.e1,v.p2,,ABSENT,\"请假, 出差\"\r\n");
		assertThat(DataSetReader.read(this.dir, StoreSnapshot.EMPTY).withoutLines()).isEqualTo(ds.withoutLines());
	}

}
