package dev.crossway.initiator.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Narrows an XCA FindDocuments (always status Approved).
 *
 * @param classCodes OR-ed, each {@code code^^scheme}
 * @param typeCodes  OR-ed, each {@code code^^scheme}
 * @param from       creation time on or after this day (UTC), optional
 * @param to         creation time before the end of this day (UTC), optional
 */
public record DocumentFilter(List<String> classCodes, List<String> typeCodes, LocalDate from, LocalDate to) {

    public DocumentFilter {
        classCodes = classCodes == null ? List.of() : List.copyOf(classCodes);
        typeCodes = typeCodes == null ? List.of() : List.copyOf(typeCodes);
    }

    public static DocumentFilter all() {
        return new DocumentFilter(List.of(), List.of(), null, null);
    }
}
