package dev.crossway.initiator.application;

/** An XCPD patient discovery across {@code targets} ({@code null} targets: the default radius). */
public record DiscoveryRequest(InitiatorContext context, Demographics patient, Targets targets) {
}
