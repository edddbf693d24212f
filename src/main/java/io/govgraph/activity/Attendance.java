package io.govgraph.activity;

/**
 * One who took part in an event ({@code ATTENDED}), a person or a unit, with the role (ABSENT: was
 * invited and did not come).
 */
public record Attendance(String eventId, String personId, String unitId, String role, String note) {
}
