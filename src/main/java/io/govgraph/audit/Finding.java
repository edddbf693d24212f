package io.govgraph.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.govgraph.security.PersonalData;

/**
 * What an audit rule found about one subject (a unit or a person), kept across runs: its key is
 * {@code ruleId/subjectId}. Evidence is a list of edges {@code "a -[TYPE …]-> b"} (or ids) written
 * in ids; first and last seen are the times of the runs and the days they audited. A person's
 * name in {@code subjectName} and {@code message} is personal data ({@code personSubject}).
 */
public record Finding(String id, String ruleId, String subjectId, String subjectName, Severity severity,
		String message, List<String> evidence, FindingStatus status, OffsetDateTime firstSeen,
		OffsetDateTime lastSeen, LocalDate firstSeenAsOf, LocalDate lastSeenAsOf,
		boolean personSubject) implements PersonalData {

	/** The subject when it is a person: its name and the message naming it are that person's data. */
	@Override
	public String personId() {
		return this.personSubject ? this.subjectId : null;
	}

	static String key(String ruleId, String subjectId) {
		return ruleId + "/" + subjectId;
	}

}
