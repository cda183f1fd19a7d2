package dev.crossway.initiator.application;

/**
 * What an initiator error is about, in the domain's terms. Where each is in a request's JSON is
 * the web layer's business (web-admin's {@code FieldPaths}), not the initiator's.
 */
public enum InitiatorField {
    /** Who asks: user, role, organization and purpose of use together. */
    CALLER,
    CALLER_USER,
    CALLER_ORGANIZATION,
    /** The organization a request is addressed to (the facility asked). */
    ORGANIZATION,
    PATIENT,
    PATIENT_IDENTIFIERS,
    PATIENT_FIRST_NAME,
    PATIENT_LAST_NAME,
    PATIENT_BIRTH_DATE,
    TARGET_ORGANIZATIONS,
    RADIUS_MILES,
    RADIUS_ZIP,
    DOCUMENT_ID,
    VISIT,
    VISIT_NUMBER,
    VISIT_TIME,
    /** The patient whose outbound accesses are listed. */
    AUDITED_PATIENT,
    DESTINATION_URL,
    DESTINATION_EVENTS,
    ENDPOINT_URL,
    ENDPOINT_DOCUMENTS_PER_RETRIEVE,
    ENDPOINT_SIGNATURE_ALGORITHM,
    ENDPOINT_MAX_CONCURRENCY,
    ENDPOINT_XCPD_TIMEOUT,
    ENDPOINT_QUERY_TIMEOUT,
    ENDPOINT_RETRIEVE_TIMEOUT
}
