package io.govgraph.audit;

/**
 * Where a finding stands: {@code OPEN} when found and not yet decided, {@code CONFIRMED} or
 * {@code DISMISSED} by an auditor, {@code CLOSED} when a later run no longer finds it.
 */
public enum FindingStatus {

	OPEN, CONFIRMED, DISMISSED, CLOSED

}
