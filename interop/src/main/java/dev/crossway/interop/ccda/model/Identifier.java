package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An identifier with its assigning authority OID as the type (CDA {@code id/@root}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Identifier(
        @JsonProperty("ID") String id,
        @JsonProperty("IDType") String idType) {
}
