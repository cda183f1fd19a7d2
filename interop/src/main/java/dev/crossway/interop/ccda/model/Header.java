package dev.crossway.interop.ccda.model;

/** Redox's {@code Header} wrapper. */
public record Header(DocumentHeader document) {
}
