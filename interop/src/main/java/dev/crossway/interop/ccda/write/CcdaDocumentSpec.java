package dev.crossway.interop.ccda.write;

import dev.crossway.interop.ccda.model.ClinicalSummary;
import dev.crossway.interop.ccda.model.Encounter;
import dev.crossway.interop.ccda.model.Organization;
import java.time.Instant;
import java.util.Objects;

/**
 * What {@link CcdaWriter} renders: the discrete data ({@code content}: patient and sections, in
 * the same records {@link dev.crossway.interop.ccda.CcdaReader} reads into), the document's id (an
 * OID, which also roots the entries' ids), its time, the custodian (the community that holds the
 * patient, also the author's organization) and, for an encounter summary, the visit.
 *
 * @param title null for the kind's default title
 * @param visit required for {@link DocumentKind#ENCOUNTER_SUMMARY}, ignored otherwise
 * @param planOfCareText narrative of a Plan of Treatment section; null for none
 */
public record CcdaDocumentSpec(DocumentKind kind, String documentId, Instant effectiveTime, String title,
                               Organization custodian, Encounter visit, ClinicalSummary content, String planOfCareText) {

    public CcdaDocumentSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(effectiveTime, "effectiveTime");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(content.patient(), "content.patient");
        if (kind == DocumentKind.ENCOUNTER_SUMMARY) {
            Objects.requireNonNull(visit, "visit");
        }
    }
}
