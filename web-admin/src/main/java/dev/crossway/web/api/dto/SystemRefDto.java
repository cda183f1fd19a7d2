package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code Meta.Source} and {@code Meta.Destinations[]}: a system by Redox id and name. */
@Schema
public record SystemRefDto(@JsonProperty("ID") String id, String name) {
}
