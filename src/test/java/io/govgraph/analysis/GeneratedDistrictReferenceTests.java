package io.govgraph.analysis;

import java.nio.file.Path;

import io.govgraph.bench.DistrictGenerator;

/**
 * Every measure on a generated ~2k-vertex district (seed 1) agrees to 1e-6 with the committed
 * networkx values of src/test/resources/analysis/generated-2k-reference.json.
 */
class GeneratedDistrictReferenceTests extends DistrictReferenceTestSupport {

	@Override
	void generate(Path folder) throws Exception {
		DistrictGenerator.generate(folder, 2_000, 1);
	}

	@Override
	Path reference() {
		return Path.of("src/test/resources/analysis/generated-2k-reference.json");
	}

}
