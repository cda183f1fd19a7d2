package dev.crossway.responder.domain.document;

/**
 * How a document relates to the earlier one it follows (XDS association types): {@code RPLC}
 * replaces it (the earlier one becomes Deprecated), {@code APND} appends to it (both stay Approved).
 */
public enum Relation {
    RPLC("urn:ihe:iti:2007:AssociationType:RPLC"), APND("urn:ihe:iti:2007:AssociationType:APND");

    private final String associationType;

    Relation(String associationType) {
        this.associationType = associationType;
    }

    public String associationType() {
        return associationType;
    }

    /** {@code RPLC}, {@code APND}, or their association type URNs; null or blank is RPLC. */
    public static Relation parse(String text) {
        if (text == null || text.isBlank()) {
            return RPLC;
        }
        for (Relation r : values()) {
            if (r.name().equalsIgnoreCase(text.trim()) || r.associationType.equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("relation '" + text + "' is neither RPLC nor APND");
    }
}
