package io.govgraph.edit;

import java.util.Map;

/** A new agreement (GraphQL {@code AgreementInput}); dates and the amount as in the data set format. */
public record AgreementInput(String id, String type, String name, String since, String until, String amount,
		String note, String source) {

	Map<String, String> cells() {
		return RecordCells.cells(RecordCells.AGREEMENT, this.id, this.type, this.name, this.since, this.until,
				this.amount, this.note, this.source);
	}

}
