package dev.crossway.interop.xca;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code RegistryError}: the XDS error code, its context (a human-readable text), the
 * location (in XCA, the home community id of the community that failed) and the severity.
 */
public record RegistryError(String errorCode, String codeContext, Optional<String> location, Severity severity) {

    public static final String UNKNOWN_PATIENT_ID = "XDSUnknownPatientId";
    public static final String UNKNOWN_COMMUNITY = "XDSUnknownCommunity";
    public static final String MISSING_HOME_COMMUNITY_ID = "XDSMissingHomeCommunityId";
    public static final String DOCUMENT_UNIQUE_ID_ERROR = "XDSDocumentUniqueIdError";
    public static final String REGISTRY_ERROR = "XDSRegistryError";
    public static final String REPOSITORY_ERROR = "XDSRepositoryError";
    public static final String REGISTRY_BUSY = "XDSRegistryBusy";
    public static final String UNKNOWN_REPOSITORY_ID = "XDSUnknownRepositoryId";
    public static final String STORED_QUERY_PARAM_NUMBER = "XDSStoredQueryParamNumber";
    public static final String STORED_QUERY_MISSING_PARAM = "XDSStoredQueryMissingParam";
    public static final String TOO_MANY_RESULTS = "XDSTooManyResults";

    public enum Severity {
        ERROR("urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error"),
        WARNING("urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning");

        private final String urn;

        Severity(String urn) {
            this.urn = urn;
        }

        public String urn() {
            return urn;
        }

        public static Severity of(String urn) {
            for (Severity s : values()) {
                if (s.urn.equals(urn.trim())) {
                    return s;
                }
            }
            throw new XcaMessageException("unknown RegistryError severity '" + urn + "'");
        }
    }

    public RegistryError {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(codeContext, "codeContext");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        if (errorCode.isBlank()) {
            throw new IllegalArgumentException("RegistryError without errorCode");
        }
    }

    public static RegistryError error(String errorCode, String codeContext, String location) {
        return new RegistryError(errorCode, codeContext, Optional.ofNullable(location), Severity.ERROR);
    }
}
