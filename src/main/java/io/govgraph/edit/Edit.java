package io.govgraph.edit;

import java.time.ZonedDateTime;
import java.util.List;

import io.govgraph.security.PersonalData;

/**
 * The record of one change, written in the change's own transaction: who, when, which entity, and
 * its values before (none when created) and after. A person's values are personal data.
 */
public record Edit(String id, long seq, ZonedDateTime at, String account, String operation, String entity,
		String entityId, List<FieldValue> before, List<FieldValue> after) implements PersonalData {

	/** One stored value, as text (dates as given, lists joined by |). */
	public record FieldValue(String field, String value) {
	}

	/** Only a person's own values are personal data; a post's or a unit's are not. */
	@Override
	public String personId() {
		return "PERSON".equals(this.entity) ? this.entityId : null;
	}

}
