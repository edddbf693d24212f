package io.govgraph.edit;

import java.util.Map;

/** A new entry of a list (GraphQL {@code ItemInput}); dates, amount and hours as in the data set format. */
public record ItemInput(String id, String list, String title, String agreementId, String ownerId, String providerId,
		String beneficiaryId, String status, String since, String until, String amount, String hours, String note,
		String source) {

	Map<String, String> cells() {
		return RecordCells.cells(RecordCells.ITEM, this.id, this.list, this.title, this.agreementId, this.ownerId,
				this.providerId, this.beneficiaryId, this.status, this.since, this.until, this.amount, this.hours,
				this.note, this.source);
	}

}
