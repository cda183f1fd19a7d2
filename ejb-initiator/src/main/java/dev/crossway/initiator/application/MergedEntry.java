package dev.crossway.initiator.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One discrete entry (an interop C-CDA record: Medication, Allergy, ...) de-duplicated across
 * sources, with every place it was found. Serialises as the entry's own fields plus
 * {@code "Provenance": [{"Organization", "DocumentID"}]}.
 */
public record MergedEntry<T>(@JsonUnwrapped T entry, @JsonProperty("Provenance") List<Provenance> provenance) {

    public MergedEntry {
        provenance = List.copyOf(provenance);
    }
}
