package dev.crossway.responder.domain.document;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One patient's documents, as a whole: which is the latest patient-level summary. */
public final class PatientDocuments {

    /** LOINC 34133-9 "Summarization of episode note": the CCD, a patient-level summary. */
    public static final String SUMMARY_TYPE = "34133-9";

    private PatientDocuments() {
    }

    /**
     * The patient's newest patient-level summary that is still disclosed (approved, not withdrawn):
     * the latest creation time, the latest pushed among equal times.
     */
    public static Optional<StoredDocument> latestSummary(List<StoredDocument> documents) {
        return documents.stream()
                .filter(d -> !d.isWithdrawn() && StoredDocument.APPROVED.equals(d.status()))
                .filter(d -> d.typeCode() != null && SUMMARY_TYPE.equals(d.typeCode().code()))
                .max(Comparator.comparing((StoredDocument d) -> Objects.requireNonNullElse(DtmTime.pad(d.creationTime()), ""))
                        .thenComparing(StoredDocument::id));
    }
}
