package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /admin/directory/syncs}: sync from a Carequality FHIR directory. */
@Schema
public record DirectorySyncRequestDto(@JsonProperty("URL") String url, String apiKey, Integer pageSize) {
}
