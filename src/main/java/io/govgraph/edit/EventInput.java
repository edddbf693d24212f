package io.govgraph.edit;

import java.util.Map;

/** A new event (GraphQL {@code EventInput}); its date as in the data set format. */
public record EventInput(String id, String type, String date, String hostId, String title, String agreementId,
		String note, String source) {

	Map<String, String> cells() {
		return RecordCells.cells(RecordCells.EVENT, this.id, this.type, this.date, this.hostId, this.title,
				this.agreementId, this.note, this.source);
	}

}
