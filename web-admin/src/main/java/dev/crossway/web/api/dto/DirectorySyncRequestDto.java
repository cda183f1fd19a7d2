package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /admin/directory/syncs}: sync from a Carequality FHIR directory. */
public record DirectorySyncRequestDto(@JsonProperty("URL") String url, String apiKey, Integer pageSize) {
}
