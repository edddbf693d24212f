package io.govgraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether the sample district is loaded at start.
 *
 * @param sample whether to load the sample district (data/yinzhou) into an empty store at start.
 * @param command set by the command line (import, export, audit) for its own runs, which never
 * load the sample; not meant to be set by hand.
 */
@ConfigurationProperties("govgraph")
record SampleProperties(@DefaultValue("true") boolean sample, @DefaultValue("false") boolean command) {
}
