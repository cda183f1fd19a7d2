package dev.crossway.interop.ccda.model;

/**
 * A coded concept as Redox writes it. {@code name} is the displayName, or the narrative text
 * the code's originalText points at when the sender gave no displayName.
 */
public record Code(
        String code,
        String codeSystem,
        String codeSystemName,
        String name) {
}
