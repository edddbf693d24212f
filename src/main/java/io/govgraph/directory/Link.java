package io.govgraph.directory;

import java.time.LocalDate;

/** A link between two units seen from one end ({@code otherId} is the far end). */
public record Link(String type, LinkDirection direction, String fromId, String toId, String otherId,
		LocalDate since, LocalDate until, String note, String source) {

	/** Which way a link runs, seen from the unit asked about. */
	public enum LinkDirection {

		OUT, IN

	}

}
