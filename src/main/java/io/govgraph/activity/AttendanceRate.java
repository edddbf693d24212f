package io.govgraph.activity;

/**
 * The attendance of one body's events: the invited (every attendance row, ABSENT included), those
 * who came (every row but ABSENT), and their ratio (null when nobody was recorded).
 */
public record AttendanceRate(String bodyId, int events, int invited, int attended) {

	/** attended / invited, or null when nobody was recorded as invited. */
	public Double rate() {
		return this.invited == 0 ? null : (double) this.attended / this.invited;
	}

}
