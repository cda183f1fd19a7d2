package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to another organization by its id (and name when known). */
@Schema
public record ReferenceDto(@JsonProperty("ID") String id, String name) {
}
