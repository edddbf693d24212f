package io.govgraph.ingest;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How an import writes (batches, threads) and when an unfinished one counts as interrupted.
 *
 * @param batchSize how many rows an import writes in one transaction. At least 1.
 * @param writers how many threads write an import's batches side by side, and stage and publish its
 * change events; 0 means the cores, up to 4. At least 0.
 * @param staleAfterSeconds on an external Neo4j, after how many seconds without a heartbeat (a
 * running import beats every 10 s) an unfinished import counts as interrupted and is settled at
 * start. At least 1.
 */
@ConfigurationProperties("govgraph.import")
@Validated
record ImportProperties(@DefaultValue("10000") @Positive int batchSize,
		@DefaultValue("0") @PositiveOrZero int writers, @DefaultValue("300") @Positive long staleAfterSeconds) {
}
