package io.govgraph.analysis;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;

/**
 * The benchmark's handle on the paper links of the whole store, which {@code paperLinks} does not
 * offer (its scope is required): the query the service runs, with no scope. Test code only.
 */
@TestComponent
public class LinkActivityBench {

	private final LinkActivities activities;

	LinkActivityBench(LinkActivities activities) {
		this.activities = activities;
	}

	/** The links of the whole store on paper on the day, as {@code paperLinks} filters them. */
	public List<Results.LinkActivity> paperLinks(LocalDate asOf) {
		return this.activities.among(null, asOf).stream().filter(a -> !a.active()).toList();
	}

}
