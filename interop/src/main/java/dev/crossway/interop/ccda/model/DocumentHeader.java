package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code Header.Document}: the ClinicalDocument's own identity. ID is {@code root^extension}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DocumentHeader(
        @JsonProperty("ID") String id,
        @JsonProperty("Title") String title,
        @JsonProperty("DateTime") String dateTime,
        @JsonProperty("Type") Code type,
        @JsonProperty("Author") Author author,
        @JsonProperty("Custodian") Organization custodian,
        @JsonProperty("Locale") String locale) {
}
