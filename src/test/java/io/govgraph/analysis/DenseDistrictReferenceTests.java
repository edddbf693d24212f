package io.govgraph.analysis;

import java.nio.file.Path;

import io.govgraph.bench.DistrictGenerator;

/**
 * Every measure on a dense generated ~2k-vertex district (seed 1: most people on two or three
 * posts, so betweenness runs through large blocks with many twins) agrees to 1e-6 with the
 * committed networkx values of src/test/resources/analysis/generated-dense-2k-reference.json, which
 * {@code reference_from_dataset.py DISTRICT g.d0 2026-07-01 OUT} computed from the district's CSV
 * files alone ({@code DistrictGenerator DISTRICT 2000 1 dense} writes them).
 */
class DenseDistrictReferenceTests extends DistrictReferenceTestSupport {

	@Override
	void generate(Path folder) throws Exception {
		DistrictGenerator.generateDense(folder, 2_000, 1);
	}

	@Override
	Path reference() {
		return Path.of("src/test/resources/analysis/generated-dense-2k-reference.json");
	}

}
