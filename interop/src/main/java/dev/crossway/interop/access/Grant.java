package dev.crossway.interop.access;

/** The kinds of thing a partner may be granted; a refusal names one of them. */
public enum Grant {
    /** Writing to a hosted community (register, update, merge its patients; push its documents). */
    COMMUNITY("community"),
    /** Speaking for an organization (its OID in the signed assertion's organization-id). */
    ORGANIZATION("organization"),
    /** Asserting a purpose of use (code of 2.16.840.1.113883.3.18.7.1). */
    PURPOSE_OF_USE("purpose of use"),
    /** Asserting a user role (SNOMED CT code). */
    ROLE("role"),
    /** Initiating queries to the network at all. */
    INITIATE("initiating");

    private final String label;

    Grant(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
