package dev.crossway.responder.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of matching one query fingerprint against one responding community: matched
 * patients, the attributes to ask for, or no match. Errors are never cached.
 */
public record CachedMatch(String respondingHcid, Kind kind, List<CachedPatient> patients,
                          List<String> requestedAttributes) {

    public enum Kind { MATCH, MORE_ATTRIBUTES_REQUESTED, NO_MATCH }

    public CachedMatch {
        Objects.requireNonNull(respondingHcid, "respondingHcid");
        Objects.requireNonNull(kind, "kind");
        patients = List.copyOf(patients);
        requestedAttributes = List.copyOf(requestedAttributes);
    }
}
