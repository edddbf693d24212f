package io.govgraph.ingest;

/**
 * The sample district loaded at start (unless {@code govgraph.sample=false}): work that
 * should not compete with loading it for the cores asks for this bean first, which creates it, and
 * so loads the sample, before that work begins.
 */
public interface SampleData {
}
