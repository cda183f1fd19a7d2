package dev.crossway.initiator.application;

import java.util.List;

/**
 * One discrete entry (an interop C-CDA record: Medication, Allergy, ...) de-duplicated across
 * sources, with every place it was found. The web layer writes it as the entry's own fields plus
 * {@code "Provenance": [{"Organization", "DocumentID"}]}.
 */
public record MergedEntry<T>(T entry, List<Provenance> provenance) {

    public MergedEntry {
        provenance = List.copyOf(provenance);
    }
}
