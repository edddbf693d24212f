package io.govgraph.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution quality on a generated district of 2,000 people whose rosters go through the real
 * reader and interpreter (docs/rosters.md, "Resolution quality"): the documented bounds, and the
 * exact figures of a fixed seed, so that any change in how the resolver decides shows here.
 */
class ResolutionQualityTests {

	@TempDir
	Path dir;

	private ResolutionQuality quality(NoisyRosterDistrict.Noise noise, long seed) {
		NoisyRosterDistrict.District district = NoisyRosterDistrict.generate(2000, noise, seed);
		List<Mention> mentions = district.mentions(district.directory(),
				IdCardHasher.withKeyFile(this.dir.resolve("id.key")));
		assertThat(mentions).hasSize(district.rows());
		AtomicInteger ids = new AtomicInteger();
		Resolver.Resolution resolution = Resolver.resolve(mentions, List.of(), Set.of(),
				() -> "p" + ids.incrementAndGet());
		return ResolutionQuality.of(resolution, district.truth());
	}

	@Test
	void typicalNoiseStaysWithinTheDocumentedBoundsAndGivesTheSeedsFigures() {
		ResolutionQuality q = quality(NoisyRosterDistrict.Noise.TYPICAL, 1);
		assertThat(q.precision()).isGreaterThanOrEqualTo(0.99);
		assertThat(q.recall()).isGreaterThanOrEqualTo(0.85);
		assertThat(q.recallAfterReview()).isGreaterThanOrEqualTo(0.95);
		assertThat(q.candidates()).isLessThanOrEqualTo(q.mentions() / 20);
		assertThat(q.candidatesSame()).isGreaterThanOrEqualTo(q.candidates() / 3);
		assertThat(q).isEqualTo(new ResolutionQuality(2782, 2000, 2079, 971, 859, 857, 81, 49, 929));
	}

	@Test
	void withoutNoiseEveryPairIsMergedAndNothingIsLeftForReview() {
		ResolutionQuality q = quality(NoisyRosterDistrict.Noise.TYPICAL.scaled(0), 2);
		assertThat(q.recall()).isEqualTo(1.0);
		assertThat(q.precision()).isEqualTo(1.0);
		assertThat(q.candidates()).isZero();
		assertThat(q).isEqualTo(new ResolutionQuality(2825, 2000, 2000, 1010, 1010, 1010, 0, 0, 1010));
	}

}
