package io.govgraph.edit;

import java.util.Map;

/** A unit party to an agreement (GraphQL {@code AgreementPartyInput}). */
public record PartyInput(String agreementId, String unitId, String role, String note) {

	Map<String, String> cells() {
		return RecordCells.cells(RecordCells.PARTY, this.agreementId, this.unitId, this.role, this.note);
	}

	/** What names a party: its agreement and unit (GraphQL {@code AgreementPartyKey}). */
	public record Key(String agreementId, String unitId) {

		Map<String, String> cells() {
			return RecordCells.cells(RecordCells.PARTY, this.agreementId, this.unitId, null, null);
		}

	}

}
