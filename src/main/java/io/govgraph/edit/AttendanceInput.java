package io.govgraph.edit;

import java.util.Map;

/** One who took part in an event, a person or a unit (GraphQL {@code AttendanceInput}). */
public record AttendanceInput(String eventId, String personId, String unitId, String role, String note) {

	Map<String, String> cells() {
		return RecordCells.cells(RecordCells.ATTENDANCE, this.eventId, this.personId, this.unitId, this.role,
				this.note);
	}

	/**
	 * What names an attendance: its event and attendee, a person's or a unit's id (the two never
	 * coincide) (GraphQL {@code AttendanceKey}).
	 */
	public record Key(String eventId, String attendeeId) {
	}

}
