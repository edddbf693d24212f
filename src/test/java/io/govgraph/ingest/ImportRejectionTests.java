package io.govgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import io.govgraph.IntegrationTest;
import io.govgraph.export.DataSetExporter;
import io.govgraph.model.DataSet;
import io.govgraph.model.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every kind of bad input of docs/spec/import-format.md §Errors, each made by one edit of a valid data set:
 * rejected with the right {@code file:line: column}, and the store left exactly as it was.
 */
@IntegrationTest
class ImportRejectionTests {

	@Autowired
	DataSetImporter importer;

	@Autowired
	DataSetExporter exporter;

	@TempDir
	Path dir;

	static Stream<Arguments> badInput() {
		return Stream.of(
				arguments("units.csv", "id,type,name,", "id,type,title,", "units.csv:1: name: missing required column"),
				arguments("units.csv", ",note,source", ",colour,source", "units.csv:1: colour: unknown column"),
				arguments("people.csv", "p2,李四,", "p2,,", "people.csv:3: name: empty value in a required column"),
				arguments("people.csv", "p2,李四,", "p 2,李四,", "people.csv:3: id: malformed id \"p 2\""),
				arguments("units.csv", "cp,COMPOUND,", "cp,ESTATE,", "units.csv:6: type: unknown unit type \"ESTATE\""),
				arguments("posts.csv", "p1,c,SECRETARY", "p1,c,BOSS", "posts.csv:2: role: unknown role \"BOSS\""),
				arguments("links.csv", "pc,cp,SERVES", "pc,cp,OWNS", "links.csv:2: type: unknown link type \"OWNS\""),
				arguments("units.csv", "rc,RESIDENTS_COMMITTEE,甲社区居委会,c", "rc,RESIDENTS_COMMITTEE,甲社区居委会,zz",
						"units.csv:5: parent_id: no unit with id \"zz\""),
				arguments("posts.csv", "p2,oc,CHAIR", "p2,ocx,CHAIR", "posts.csv:4: unit_id: no unit with id \"ocx\""),
				arguments("posts.csv", "p2,oc,CHAIR", "p9,oc,CHAIR", "posts.csv:4: person_id: no person with id \"p9\""),
				arguments("links.csv", "su,s,CO_CONSTRUCTS", "su,s9,CO_CONSTRUCTS", "links.csv:3: to_id: no unit with id \"s9\""),
				arguments("links.csv", "su,s,CO_CONSTRUCTS", "su9,s,CO_CONSTRUCTS",
						"links.csv:3: from_id: no unit with id \"su9\""),
				arguments("units.csv", "pc,PROPERTY_COMPANY", "cp,PROPERTY_COMPANY", "units.csv:8: id: duplicate id \"cp\" (first on line 6)"),
				arguments("people.csv", "p3,王五", "su,王五", "people.csv:4: id: person id \"su\" is already a unit id"),
				arguments("units.csv", "d,DISTRICT_COMMITTEE,测试区委,", "d,DISTRICT_COMMITTEE,测试区委,c",
						"units.csv:2: parent_id: cycle in parent_id: d → c → s → d"),
				arguments("posts.csv", "2018-01-01,,test\np1,rc", "2018-13-01,,test\np1,rc",
						"posts.csv:2: since: bad date \"2018-13-01\" (no such day)"),
				arguments("links.csv", "2019-06-01,,", "2019/06/01,,", "links.csv:3: since: bad date \"2019/06/01\""),
				arguments("units.csv", "甲社区居委会,c", "甲社区\uFFFE居委会,c",
						"units.csv:5: name: character U+FFFE is not allowed (not a character of XML 1.0"),
				arguments("posts.csv", "2019-01-01,2021-12-31", "2019-01-01,2018-12-31",
						"posts.csv:7: until: until 2018-12-31 is before since 2019-01-01"),
				arguments("people.csv", "p1,张三,true", "p1,张三,yes", "people.csv:2: party_member: bad boolean \"yes\""),
				arguments("links.csv", "\"共建, 协议\"", "\"共建, 协议", "links.csv:3: -: broken CSV quoting"));
	}

	@ParameterizedTest(name = "{3}")
	@MethodSource("badInput")
	void badInputIsRejectedWithItsPlaceAndChangesNothing(String file, String from, String to, String expected)
			throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), file, from, to);
		assertRejected(bad, expected);
	}

	@Test
	void invalidUtf8IsRejectedAtItsLine() throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), null, null, null);
		String text = Files.readString(bad.resolve("people.csv"));
		int name = text.indexOf("李四");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(text.substring(0, name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		out.write(new byte[] { (byte) 0xC3, (byte) 0x28 }); // a lead byte without its continuation
		out.write(text.substring(name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Files.write(bad.resolve("people.csv"), out.toByteArray());
		assertRejected(bad, "people.csv:3: -: invalid UTF-8");
	}

	@Test
	void aMissingFileIsNamed() throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), null, null, null);
		Files.delete(bad.resolve("links.csv"));
		assertRejected(bad, "links.csv:0: -: file missing");
	}

	@Test
	void everyProblemIsReportedNotJustTheFirst() throws IOException {
		Path bad = DataSets.copyWith(DataSets.TINY, this.dir.resolve("bad"), "posts.csv", "p1,c,SECRETARY,书记,2018-01-01",
				"p1,c,BOSS,书记,2018-99-01");
		Files.writeString(bad.resolve("units.csv"),
				Files.readString(bad.resolve("units.csv")).replace("cp,COMPOUND,", "cp,ESTATE,"));
		DataSetRejectedException ex = rejection(bad);
		assertThat(ex.problems()).extracting(Problem::toString)
			.anySatisfy(p -> assertThat(p).startsWith("units.csv:6: type:"))
			.anySatisfy(p -> assertThat(p).startsWith("posts.csv:2: role:"))
			.anySatisfy(p -> assertThat(p).startsWith("posts.csv:2: since:"));
		assertThat(ex.problems()).isSorted();
	}

	@Test
	void aByteOrderMarkAndOwnColumnsAreAccepted() throws IOException {
		Path ok = DataSets.copyWith(DataSets.TINY, this.dir.resolve("ok"), null, null, null);
		byte[] units = Files.readAllBytes(ok.resolve("units.csv"));
		byte[] withBom = new byte[units.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(units, 0, withBom, 3, units.length);
		Files.write(ok.resolve("units.csv"), withBom);
		DataSet ds = this.importer.check(ok, false);
		assertThat(ds.units()).hasSize(8);
		assertThat(ds.people().get(0).extras()).containsEntry("x_remark", "hello");
	}

	private void assertRejected(Path bad, String expected) {
		DataSet before = this.exporter.read();
		DataSetRejectedException ex = rejection(bad);
		assertThat(ex.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).startsWith(expected));
		assertThat(this.exporter.read()).isEqualTo(before);
	}

	private DataSetRejectedException rejection(Path bad) {
		try {
			this.importer.importDataSet(bad, false);
		}
		catch (DataSetRejectedException ex) {
			return ex;
		}
		throw new AssertionError("the data set at " + bad + " was imported, not rejected");
	}

}
