package dev.crossway.initiator.application;

/**
 * The one-call patient query: discovery across {@code targets}, then documents from every match.
 *
 * @param refresh ask every target again, even where a stored link of the caller's, still within
 *                the community's time to live, names the patient
 */
public record PatientQueryRequest(InitiatorContext context, Demographics patient, Targets targets, boolean refresh) {

    public PatientQueryRequest(InitiatorContext context, Demographics patient, Targets targets) {
        this(context, patient, targets, false);
    }
}
