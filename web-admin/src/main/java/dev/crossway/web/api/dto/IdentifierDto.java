package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identifier with its type, e.g. {@code {"ID": "2.16.840.1.113883.3.1", "IDType": "OID"}}. */
@Schema
public record IdentifierDto(@JsonProperty("ID") String id, @JsonProperty("IDType") String idType) {
}
