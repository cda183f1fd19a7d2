package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * ClinicalSummary DocumentReplace and DocumentWithdraw (Crossway's events, in the shape of
 * VisitPush): {@code Document.ID} names the stored document withdrawn; for a replacement
 * {@code Document.Replaces} names the stored one and {@code Data}/{@code FileType} carry the new one,
 * {@code Relation} RPLC (default) or APND.
 */
@Schema
public record DocumentChangeDto(MetaDto meta, PatientDto patient, DocumentDto document) {

    public record DocumentDto(@JsonProperty("ID") String id, String replaces, String relation, String fileType, String data,
                              String name) {
    }
}
