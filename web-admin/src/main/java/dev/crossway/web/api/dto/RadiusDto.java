package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A circle to search in: {@code Miles} around a {@code ZIP} or a {@code Latitude}/{@code Longitude}. */
@Schema
public record RadiusDto(Double miles, @JsonProperty("ZIP") String zip, Double latitude, Double longitude) {
}
