package io.govgraph.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;

/** What the benchmarks that time in rounds share: the process's CPU, and a median over rounds. */
public final class Rounds {

	private Rounds() {
	}

	/** CPU nanoseconds the whole process has spent (every thread: the benchmark's, Neo4j's, the collector's). */
	public static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The median of one column over rounds (the upper middle one for an even count). */
	public static double median(double[][] rounds, int column) {
		double[] values = Arrays.stream(rounds).mapToDouble(r -> r[column]).sorted().toArray();
		return values[values.length / 2];
	}

}
