package io.govgraph.explore;

import java.time.LocalDate;

/** A post or link that began or ended on a day. */
public record Change(LocalDate date, String event, GraphEdge edge, String sourceName, String targetName) {
}
