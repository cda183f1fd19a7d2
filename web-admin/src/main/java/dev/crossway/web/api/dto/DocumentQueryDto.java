package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox Clinical Summary {@code DocumentQuery} (FindDocuments at the organization
 * {@code Meta.FacilityCode} names, for the patient's identifier there; Crossway's optional
 * {@code Filter} of type/class codes and dates) and {@code DocumentGet} ({@code Document.ID}; the
 * {@code RepositoryUniqueID} a DocumentQuery listed may be given, and is otherwise remembered).
 */
@Schema
public record DocumentQueryDto(MetaDto meta, PatientDto patient, Filter filter, DocumentDto document) {

    public record Filter(List<String> typeCodes, List<String> classCodes, String from, String to) {
    }

    public record DocumentDto(@JsonProperty("ID") String id, @JsonProperty("RepositoryUniqueID") String repositoryUniqueId) {
    }
}
