package io.govgraph.activity;

/** What one provider (a unit or a person) gives in a scope: its items, their money (yuan) and hours. */
public record ProviderTotal(String providerId, int items, double amount, double hours) {
}
