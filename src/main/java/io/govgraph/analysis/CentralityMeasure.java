package io.govgraph.analysis;

/** The measures of docs/spec/analysis.md §Centrality. */
public enum CentralityMeasure {

	DEGREE, BETWEENNESS, CLOSENESS, HARMONIC, PAGERANK, EIGENVECTOR;

	/** Whether the exact measure needs a search from every vertex (and so may be sampled). */
	boolean allSources() {
		return this == BETWEENNESS || this == CLOSENESS || this == HARMONIC;
	}

}
