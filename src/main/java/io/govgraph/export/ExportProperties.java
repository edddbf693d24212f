package io.govgraph.export;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bounds of a graph export over HTTP ({@code /export/*}); the command line's {@code export}
 * is the local operator's and has none.
 *
 * @param wholeGraphForEveryone whether every account may export the whole graph (no scope and no
 * ids); when false, only auditors and admins may, who need it (an audit, a backup) and whose
 * exports are logged or masked.
 * @param maxVertices at most how many vertices (units and people) one export may hold; a larger one
 * is refused before anything is written (422), asking for a smaller scope. At least 1.
 * @param maxConcurrent at most how many exports run at once; one more is answered 503 with
 * Retry-After. At least 1.
 * @param timeout at most how long an export may run, reading and writing: the Neo4j transaction
 * timeout of its statements (whole seconds, at least 1); a client that reads slower gets a cut-off
 * file. At least 1 s.
 */
@ConfigurationProperties("govgraph.export")
@Validated
record ExportProperties(@DefaultValue("false") boolean wholeGraphForEveryone,
		@DefaultValue("100000") @Positive int maxVertices, @DefaultValue("2") @Positive int maxConcurrent,
		@DefaultValue("60s") @DurationMin(seconds = 1) Duration timeout) {
}
