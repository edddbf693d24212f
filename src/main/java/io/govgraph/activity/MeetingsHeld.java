package io.govgraph.activity;

/** How many events of the asked types one body hosted in one calendar year. */
public record MeetingsHeld(String bodyId, int year, int meetings) {
}
