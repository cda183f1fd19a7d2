package dev.crossway.initiator.domain.audit;

/** What the caller asked the network for; the IHE transactions each one runs are named beside it. */
public enum AccessAction {
    /** ITI-55, ITI-38, ITI-39: the one-call patient query (API sync and async, scheduling). */
    PATIENT_QUERY,
    /** ITI-55: patient search. */
    PATIENT_SEARCH,
    /** ITI-38: document query at one community. */
    DOCUMENT_QUERY,
    /** ITI-39: one document retrieved (API DocumentGet, portal document view). */
    DOCUMENT_GET
}
