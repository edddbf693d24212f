package io.govgraph.edit;

/** A problem with one input field of a change; when any is reported, nothing was changed. */
public record InputError(String field, String message) {
}
