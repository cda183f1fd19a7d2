package dev.crossway.responder.application;

/**
 * What a responder error is about, in the domain's terms. Where each is in a request's JSON is the
 * web layer's business (web-admin's {@code FieldPaths}), not the responder's.
 */
public enum ResponderField {
    /** The hosted community a request is addressed to. */
    COMMUNITY,
    /** A hosted community's own home community id (when it is created). */
    COMMUNITY_ID,
    COMMUNITY_NAME,
    COMMUNITY_ASSIGNING_AUTHORITY,
    COMMUNITY_MODE,
    COMMUNITY_PURPOSES_OF_USE,
    COMMUNITY_RESTRICTED_PURPOSES_OF_USE,
    COMMUNITY_REPOSITORY_ID,
    /** The downstream endpoints of a Gateway-mode community, together. */
    DOWNSTREAM,
    DOWNSTREAM_XCPD,
    DOWNSTREAM_XCA_QUERY,
    DOWNSTREAM_XCA_RETRIEVE,
    PATIENT_IDENTIFIERS,
    /** The patient merged away (retired) in a merge. */
    PRIOR_PATIENT_IDENTIFIERS,
    PATIENT_FIRST_NAME,
    PATIENT_MIDDLE_NAME,
    PATIENT_LAST_NAME,
    PATIENT_BIRTH_DATE,
    PATIENT_SEX,
    PATIENT_STREET,
    PATIENT_CITY,
    PATIENT_STATE,
    PATIENT_ZIP,
    PATIENT_HOME_PHONE,
    PATIENT_MOBILE_PHONE,
    DOCUMENT_ID,
    DOCUMENT_CONTENT,
    DOCUMENT_FILE_TYPE,
    /** How a pushed document relates to the one it replaces. */
    DOCUMENT_RELATION,
    /** The stored document a push replaces. */
    DOCUMENT_REPLACES,
    /** An administrative audit record (actor and change). */
    ADMIN_RECORD,
    AUDITED_PATIENT,
    AUDIT_TRANSACTION,
    AUDIT_OUTCOME,
    AUDIT_INITIATOR,
    /** The time range of a volume report. */
    VOLUME_RANGE,
    TRUST_ANCHOR_CERTIFICATE,
    TRUST_ANCHOR_LABEL,
    /** A trust anchor named by its fingerprint. */
    TRUST_ANCHOR_ID
}
