package io.govgraph.audit;

import java.time.OffsetDateTime;

/**
 * One entry of a finding's decision log: who did what when and why. Entries are only ever
 * appended (an auditor's CONFIRMED or DISMISSED; the system's OPENED, CLOSED, REOPENED), never
 * changed or removed.
 */
public record AuditDecision(String findingId, long seq, OffsetDateTime at, String actor, String action,
		String reason, FindingStatus fromStatus, FindingStatus toStatus) {
}
