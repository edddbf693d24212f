package io.govgraph.analysis;

import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an analysis reports to a job polling it, and how a job stops it. */
class AnalysisProgressTests {

	private static LinkageGraph cycle(int n) {
		LinkageGraph.Builder b = LinkageGraph.builder();
		for (int v = 0; v < n; v++) {
			b.vertex("c" + v, "UNIT");
		}
		for (int v = 0; v < n; v++) {
			b.edge("c" + v, "c" + ((v + 1) % n));
		}
		return b.build();
	}

	@Test
	void betweennessCountsItsSearchesToTheLast() {
		LinkageGraph g = cycle(300);
		AnalysisProgress progress = new AnalysisProgress();
		assertThat(progress.fraction()).isNull();
		double[] scores = progress.tracking(() -> Centrality.betweenness(g, IntStream.range(0, 300).toArray()));
		assertThat(progress.fraction()).isEqualTo(1.0);
		// On a cycle every vertex lies on the same number of shortest paths.
		assertThat(scores[0]).isEqualTo(scores[150]).isPositive();
	}

	@Test
	void sampledClosenessCountsTheSampledSourcesOnly() {
		LinkageGraph g = cycle(300);
		AnalysisProgress progress = new AnalysisProgress();
		progress.tracking(() -> Centrality.closenessAndHarmonicSampled(g, new int[] { 1, 50, 100 }));
		assertThat(progress.fraction()).isEqualTo(1.0);
	}

	@Test
	void pagerankCannotTellHowFarItIs() {
		AnalysisProgress progress = new AnalysisProgress();
		progress.tracking(() -> Centrality.pagerank(cycle(50), Centrality.PAGERANK_ALPHA_DEFAULT,
				Centrality.PAGERANK_TOLERANCE_DEFAULT, Centrality.PAGERANK_MAX_ITERATIONS_DEFAULT));
		assertThat(progress.fraction()).isNull();
	}

	@Test
	void aCancelledAnalysisStopsBeforeItsNextSearch() {
		LinkageGraph g = cycle(300);
		AnalysisProgress progress = new AnalysisProgress();
		progress.cancel();
		assertThatThrownBy(() -> progress.tracking(() -> Centrality.closeness(g)))
			.isInstanceOf(CancellationException.class);
		assertThat(progress.fraction()).isEqualTo(0.0);
	}

	@Test
	void anotherThreadsAnalysisIsNotCounted() throws Exception {
		AnalysisProgress progress = new AnalysisProgress();
		Thread other = new Thread(() -> Centrality.closeness(cycle(100)));
		other.start();
		other.join();
		assertThat(progress.fraction()).isNull();
	}

}
