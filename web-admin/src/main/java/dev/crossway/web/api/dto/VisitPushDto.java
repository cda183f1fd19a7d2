package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Redox ClinicalSummary VisitPush: a document for a patient, base64 in {@code Document.Data}. */
@Schema
public record VisitPushDto(MetaDto meta, PatientDto patient, DocumentDto document) {

    public record DocumentDto(String fileType, String data, String name) {
    }
}
