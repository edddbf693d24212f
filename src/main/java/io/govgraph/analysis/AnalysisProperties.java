package io.govgraph.analysis;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When centrality is computed exactly and when it is estimated from a sample of sources.
 *
 * @param exactLimit the largest graph, in vertices, whose all-sources measures (betweenness,
 * closeness, harmonic) start from every vertex; larger graphs are sampled. At least 0.
 * @param defaultSample how many source vertices a sampled measure starts from when the request
 * gives no sampleSize. At least 1.
 */
@ConfigurationProperties("govgraph.analysis")
@Validated
record AnalysisProperties(@DefaultValue("50000") @PositiveOrZero int exactLimit,
		@DefaultValue("1000") @Positive int defaultSample) {
}
