package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A reference to another organization by its id (and name when known). */
public record ReferenceDto(@JsonProperty("ID") String id, String name) {
}
