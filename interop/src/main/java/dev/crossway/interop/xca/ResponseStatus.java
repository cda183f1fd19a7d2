package dev.crossway.interop.xca;

/** The status of a registry response; PartialSuccess is IHE's own value, not ebRS's. */
public enum ResponseStatus {
    SUCCESS("urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Success"),
    PARTIAL_SUCCESS("urn:ihe:iti:2007:ResponseStatusType:PartialSuccess"),
    FAILURE("urn:oasis:names:tc:ebxml-regrep:ResponseStatusType:Failure");

    private final String urn;

    ResponseStatus(String urn) {
        this.urn = urn;
    }

    public String urn() {
        return urn;
    }

    public static ResponseStatus of(String urn) {
        String v = urn == null ? "" : urn.trim();
        for (ResponseStatus s : values()) {
            if (s.urn.equals(v)) {
                return s;
            }
        }
        throw new XcaMessageException("unknown registry response status '" + v + "'");
    }
}
