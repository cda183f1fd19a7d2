package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code ClinicalSummary/DocumentQuery} (FindDocuments at {@code Meta.FacilityCode} for the patient's id
 * there, with optional type/class codes and a date range) and {@code DocumentGet} ({@code Document.ID},
 * {@code Document.RepositoryUniqueID}).
 */
public record DocumentQueryDto(MetaDto meta, PatientDto patient, Filter filter, DocumentDto document) {

    public record Filter(List<String> typeCodes, List<String> classCodes, String from, String to) {
    }

    public record DocumentDto(@JsonProperty("ID") String id, @JsonProperty("RepositoryUniqueID") String repositoryUniqueId) {
    }
}
