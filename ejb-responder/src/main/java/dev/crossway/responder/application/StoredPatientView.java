package dev.crossway.responder.application;

/** A patient of a hosted community with its consent and how many documents the store holds for it. */
public record StoredPatientView(PatientView patient, ConsentView consent, int documents) {
}
