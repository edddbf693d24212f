package io.govgraph.edit;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code Edit} node as stored: each side's values as two lists of the same length, fields and
 * values (a side is absent where there was none, e.g. before a creation).
 */
record StoredEdit(String id, long seq, ZonedDateTime at, String account, String operation, String entity,
		String entityId, List<String> beforeKeys, List<String> beforeValues, List<String> afterKeys,
		List<String> afterValues) {

	Edit edit() {
		return new Edit(this.id, this.seq, this.at, this.account, this.operation, this.entity, this.entityId,
				pairs(this.beforeKeys, this.beforeValues), pairs(this.afterKeys, this.afterValues));
	}

	private static List<Edit.FieldValue> pairs(List<String> fields, List<String> values) {
		if (fields == null) {
			return null;
		}
		List<Edit.FieldValue> pairs = new ArrayList<>(fields.size());
		for (int i = 0; i < fields.size(); i++) {
			pairs.add(new Edit.FieldValue(fields.get(i), values.get(i)));
		}
		return pairs;
	}

}
