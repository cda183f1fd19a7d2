package dev.crossway.responder.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of matching one query fingerprint against one responding community: matched
 * patients, the attributes to ask for, or no match. Errors are never cached. {@code note} says why
 * the index decided as it did when that is worth auditing on every answer, a cached one too (e.g.
 * an identifier that matched a patient whose demographics the query contradicted); null otherwise.
 */
public record CachedMatch(String respondingHcid, Kind kind, List<CachedPatient> patients,
                          List<String> requestedAttributes, String note) {

    public enum Kind { MATCH, MORE_ATTRIBUTES_REQUESTED, NO_MATCH }

    public CachedMatch {
        Objects.requireNonNull(respondingHcid, "respondingHcid");
        Objects.requireNonNull(kind, "kind");
        patients = List.copyOf(patients);
        requestedAttributes = List.copyOf(requestedAttributes);
    }

    public CachedMatch(String respondingHcid, Kind kind, List<CachedPatient> patients, List<String> requestedAttributes) {
        this(respondingHcid, kind, patients, requestedAttributes, null);
    }

    /** The same outcome with {@code note} attached. */
    public CachedMatch noted(String why) {
        return new CachedMatch(respondingHcid, kind, patients, requestedAttributes, why);
    }
}
