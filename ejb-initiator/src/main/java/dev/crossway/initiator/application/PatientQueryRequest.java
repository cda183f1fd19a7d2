package dev.crossway.initiator.application;

/** The one-call patient query: discovery across {@code targets}, then documents from every match. */
public record PatientQueryRequest(InitiatorContext context, Demographics patient, Targets targets) {
}
