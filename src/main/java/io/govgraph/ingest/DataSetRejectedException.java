package io.govgraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

import io.govgraph.model.Problem;

/** A data set that was not imported, with every problem found in it; nothing was written. */
public class DataSetRejectedException extends RuntimeException {

	private final List<Problem> problems;

	public DataSetRejectedException(List<Problem> problems) {
		super(problems.size() + " problem(s); nothing was imported:\n"
				+ problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
