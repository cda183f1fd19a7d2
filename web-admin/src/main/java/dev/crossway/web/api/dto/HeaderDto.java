package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox's Clinical Summary {@code Header}: the document the summary was read from and its
 * patient. For a merged summary, the most recent document read.
 */
@Schema
@JsonInclude(JsonInclude.Include.ALWAYS)
public record HeaderDto(DocumentHeaderDto document, PatientDto patient) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DocumentHeaderDto(AuthorDto author, @JsonProperty("ID") String id, String locale, String title,
                                    String dateTime, String type, ClinicalDto.CodeDto typeCode,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) ReferenceDto custodian) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AuthorDto(@JsonProperty("ID") String id, @JsonProperty("IDType") String idType, String firstName,
                            String lastName, String credentials, String device, ReferenceDto organization) {
    }
}
