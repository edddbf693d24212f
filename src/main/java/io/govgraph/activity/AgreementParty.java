package io.govgraph.activity;

/** A unit party to an agreement ({@code PARTY_TO}), with its role in it. */
public record AgreementParty(String agreementId, String unitId, String role, String note) {
}
