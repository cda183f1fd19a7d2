package dev.crossway.responder.application.internal;

import dev.crossway.interop.xca.AdhocQueryRequest;
import dev.crossway.responder.domain.document.DocumentCriteria;
import dev.crossway.responder.domain.document.DocumentCriteria.CodeFilter;
import dev.crossway.responder.domain.document.DtmTime;
import java.util.List;

/** The slots of a FindDocuments query as the document store's criteria. */
final class FindDocumentsCriteria {

    private FindDocumentsCriteria() {
    }

    static DocumentCriteria of(AdhocQueryRequest r, long patientKey) {
        List<String> statuses = r.values("$XDSDocumentEntryStatus").stream().flatMap(List::stream).distinct().toList();
        return new DocumentCriteria(patientKey, statuses,
                codes(r, "$XDSDocumentEntryClassCode"),
                codes(r, "$XDSDocumentEntryTypeCode"),
                codes(r, "$XDSDocumentEntryFormatCode"),
                codes(r, "$XDSDocumentEntryPracticeSettingCode"),
                time(r, "$XDSDocumentEntryCreationTimeFrom"),
                time(r, "$XDSDocumentEntryCreationTimeTo"),
                time(r, "$XDSDocumentEntryServiceStartTimeFrom"),
                time(r, "$XDSDocumentEntryServiceStartTimeTo"),
                time(r, "$XDSDocumentEntryServiceStopTimeFrom"),
                time(r, "$XDSDocumentEntryServiceStopTimeTo"));
    }

    /** {@code code^^scheme}, or a bare code (some partners send no scheme): any scheme then. */
    private static List<List<CodeFilter>> codes(AdhocQueryRequest r, String slot) {
        return r.values(slot).stream().map(group -> group.stream().map(v -> {
            int sep = v.indexOf("^^");
            return sep < 0 ? new CodeFilter(v.trim(), "") : new CodeFilter(v.substring(0, sep).trim(), v.substring(sep + 2).trim());
        }).toList()).toList();
    }

    private static String time(AdhocQueryRequest r, String slot) {
        return r.single(slot).map(v -> {
            String padded = DtmTime.pad(v);
            if (padded == null) {
                throw new IllegalArgumentException(slot + " '" + v + "' is not an HL7 DTM time");
            }
            return padded;
        }).orElse(null);
    }
}
