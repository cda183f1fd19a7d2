package dev.crossway.responder.domain.document;

import java.util.List;
import java.util.Objects;

/**
 * The filters of an XDS FindDocuments query, already in the store's terms: each list of codes is
 * OR-ed within and the lists are AND-ed (one list per slot); times are 14-digit DTM bounds, "from"
 * inclusive and "to" exclusive, null when absent.
 */
public record DocumentCriteria(long patientKey, List<String> statuses, List<List<CodeFilter>> classCodes,
                               List<List<CodeFilter>> typeCodes, List<List<CodeFilter>> formatCodes,
                               List<List<CodeFilter>> practiceSettingCodes, String creationFrom, String creationTo,
                               String serviceStartFrom, String serviceStartTo, String serviceStopFrom,
                               String serviceStopTo) {

    /** A code with its scheme; an empty scheme matches any. */
    public record CodeFilter(String code, String scheme) {
        public CodeFilter {
            Objects.requireNonNull(code, "code");
            scheme = scheme == null ? "" : scheme;
        }
    }

    public DocumentCriteria {
        statuses = List.copyOf(statuses);
        classCodes = List.copyOf(classCodes);
        typeCodes = List.copyOf(typeCodes);
        formatCodes = List.copyOf(formatCodes);
        practiceSettingCodes = List.copyOf(practiceSettingCodes);
    }

    public static DocumentCriteria approvedOf(long patientKey) {
        return new DocumentCriteria(patientKey, List.of(StoredDocument.APPROVED), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, null);
    }
}
