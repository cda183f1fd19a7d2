package dev.crossway.initiator.application;

/**
 * A pre-visit query and what it found: the merged summary once it completed, else null.
 */
public record PreVisitResult(AppointmentView appointment, MergedSummary summary) {
}
