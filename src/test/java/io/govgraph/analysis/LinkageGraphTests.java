package io.govgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The linkage graph's compact id mapping and adjacency against a plain reference built from
 * sorted maps and sets: ids round-trip, vertices come in {@code String} order, the arrays' computed
 * size follows from the vertex and edge counts.
 */
class LinkageGraphTests {

	/** Ids sharing prefixes, of different lengths, some not Latin-1 (社区) and one outside the BMP. */
	static final String[] ALPHABET = { "g.", "s1", "s12", ".c", "3", "社区", "é", "\uD83C\uDFE0", "" };

	@Test
	void idsRoundTripInStringOrderAndAbsentIdsAreNotFound() {
		SplittableRandom random = new SplittableRandom(15);
		for (boolean latin1 : new boolean[] { true, false }) {
			Map<String, String> vertices = new TreeMap<>();
			Map<String, TreeSet<String>> adjacency = new TreeMap<>();
			LinkageGraph.Builder b = LinkageGraph.builder();
			List<String> all = new ArrayList<>();
			for (int i = 0; i < 3_000; i++) {
				all.add(randomId(random, latin1 ? 5 : ALPHABET.length));
			}
			for (int i = 0; i < 4_000; i++) {
				String id = all.get(random.nextInt(all.size()));
				String type = "T" + random.nextInt(5);
				b.vertex(id, type);
				vertices.putIfAbsent(id, type);
			}
			for (int i = 0; i < 8_000; i++) {
				String x = all.get(random.nextInt(all.size()));
				String y = random.nextInt(10) == 0 ? "absent." + i : all.get(random.nextInt(all.size()));
				b.edge(x, y);
				if (!x.equals(y)) {
					adjacency.computeIfAbsent(x, k -> new TreeSet<>()).add(y);
					adjacency.computeIfAbsent(y, k -> new TreeSet<>()).add(x);
				}
			}
			LinkageGraph g = b.build();
			List<String> ids = new ArrayList<>(vertices.keySet());
			assertThat(g.vertexCount()).isEqualTo(ids.size());
			long edges = 0;
			for (int v = 0; v < g.vertexCount(); v++) {
				assertThat(g.id(v)).isEqualTo(ids.get(v));
				assertThat(g.indexOf(ids.get(v))).isEqualTo(v);
				assertThat(g.type(v)).isEqualTo(vertices.get(ids.get(v)));
				List<String> expected = adjacency.getOrDefault(ids.get(v), new TreeSet<>())
					.stream()
					.filter(vertices::containsKey)
					.toList();
				List<String> actual = new ArrayList<>();
				for (int e = g.firstEdge(v); e < g.endEdge(v); e++) {
					actual.add(g.id(g.neighborAt(e)));
				}
				assertThat(actual).as("neighbours of %s, in index order", ids.get(v)).isEqualTo(expected);
				assertThat(g.degree(v)).isEqualTo(expected.size());
				edges += expected.size();
			}
			assertThat(g.edgeCount()).isEqualTo(edges / 2);
			for (String id : all) {
				if (!vertices.containsKey(id)) {
					assertThat(g.indexOf(id)).as(id).isEqualTo(-1);
				}
			}
			assertThat(g.indexOf("absent.1")).isEqualTo(-1);
			assertThat(g.indexOf("\uFFFF")).isEqualTo(-1);
			assertThat(g.indexOf("")).isEqualTo(vertices.containsKey("") ? 0 : -1);
		}
	}

	@Test
	void footprintIsTheArraysOwnSize() {
		LinkageGraph g = LinkageGraph.builder()
			.vertex("a", "X")
			.vertex("bb", "Y")
			.vertex("ccc", "X")
			.edge("a", "bb")
			.edge("bb", "ccc")
			.edge("ccc", "a")
			.edge("a", "a")
			.edge("a", "zz")
			.build();
		LinkageGraph.Footprint f = g.footprint();
		// offsets int[4] = 16 + 16, neighbours int[6] = 16 + 24
		assertThat(f.graphBytes()).isEqualTo(32 + 40);
		// chars byte[6] = 24, starts int[4] = 32, type codes byte[3] = 24, names String[2] = 24 and two
		// one-letter Strings of 24 + 24 bytes
		assertThat(f.idBytes()).isEqualTo(24 + 32 + 24 + 24 + 2 * 48);
		assertThat(f.totalBytes()).isEqualTo(f.graphBytes() + f.idBytes());
	}

	@Test
	void footprintGrowsWithTheCountsAndTheIdsCharacters() {
		int n = 10_000;
		LinkageGraph.Builder latin1 = LinkageGraph.builder();
		LinkageGraph.Builder wide = LinkageGraph.builder();
		for (int v = 0; v < n; v++) {
			latin1.vertex("v" + (100_000 + v), "X").edge("v" + (100_000 + v), "v" + (100_000 + (v + 1) % n));
			wide.vertex("社" + (100_000 + v), "X").edge("社" + (100_000 + v), "社" + (100_000 + (v + 1) % n));
		}
		LinkageGraph a = latin1.build();
		LinkageGraph b = wide.build();
		assertThat(a.edgeCount()).isEqualTo(n);
		assertThat(a.footprint().graphBytes()).isEqualTo(array(4L * (n + 1)) + array(8L * n));
		assertThat(b.footprint().graphBytes()).isEqualTo(a.footprint().graphBytes());
		// seven characters an id, one byte each; then offsets (n + 1 ints), type codes (n bytes), the one name
		long ids = array(7L * n) + array(4L * (n + 1)) + array(n) + array(4) + 24 + array(1);
		assertThat(a.footprint().idBytes()).isEqualTo(ids);
		assertThat(b.footprint().idBytes()).as("two bytes a character").isEqualTo(ids + 7L * n);
		assertThat(b.id(0)).isEqualTo("社100000");
		assertThat(b.indexOf("社100001")).isEqualTo(1);
	}

	@Test
	void anIdFirstSeenAsAnEdgeEndBecomesAVertexWhenAddedLater() {
		LinkageGraph g = LinkageGraph.builder()
			.edge("p", "u")
			.vertex("u", "UNIT")
			.vertex("p", GraphProjection.PERSON)
			.vertex("p", "UNIT")
			.build();
		assertThat(g.edgeCount()).isOne();
		assertThat(g.type(g.indexOf("p"))).as("the first type stays").isEqualTo(GraphProjection.PERSON);
	}

	@Test
	void aBuilderBuildsOnce() {
		LinkageGraph.Builder b = LinkageGraph.builder().vertex("a", "X");
		b.build();
		assertThatIllegalStateException().isThrownBy(b::build).withMessageContaining("builds one graph");
	}

	/** An array's size on a 64-bit JVM with compressed pointers: 16 bytes of header, rounded up to 8. */
	private static long array(long payload) {
		return (16 + payload + 7) / 8 * 8;
	}

	private static String randomId(SplittableRandom random, int alphabet) {
		StringBuilder id = new StringBuilder();
		int parts = 1 + random.nextInt(4);
		for (int i = 0; i < parts; i++) {
			id.append(ALPHABET[random.nextInt(alphabet)]);
		}
		return id.toString();
	}

}
