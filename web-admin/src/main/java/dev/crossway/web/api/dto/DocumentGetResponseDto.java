package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's {@code DocumentGetResponse}: the document, base64 in {@code Data}, its {@code FileType}.
 * Crossway adds where it came from, its MIME type, the C-CDA read into the Clinical Summary shape
 * ({@code ClinicalSummary}, for a readable C-CDA) and how the retrieve went ({@code Source}).
 */
@Schema
public record DocumentGetResponseDto(MetaDto meta, Document document, PatientQueryResponseDto clinicalSummary, SourceDto source) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Document(@JsonProperty("ID") String id, String fileType, String data,
                           @JsonProperty("RepositoryUniqueID") String repositoryUniqueId, String mimeType) {
    }
}
