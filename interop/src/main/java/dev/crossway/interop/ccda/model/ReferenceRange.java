package dev.crossway.interop.ccda.model;

/** A result's normal range, numeric bounds or the sender's text. */
public record ReferenceRange(
        String low,
        String high,
        String text) {
}
