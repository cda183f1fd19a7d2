package dev.crossway.web.api.dto;

/** Redox ClinicalSummary VisitPush: a document for a patient, base64 in {@code Document.Data}. */
public record VisitPushDto(MetaDto meta, PatientDto patient, DocumentDto document) {

    public record DocumentDto(String fileType, String data, String name) {
    }
}
