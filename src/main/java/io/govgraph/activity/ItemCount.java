package io.govgraph.activity;

/** The items of one list and status in a scope, and their money (yuan) and hours. */
public record ItemCount(String list, String status, int items, double amount, double hours) {
}
