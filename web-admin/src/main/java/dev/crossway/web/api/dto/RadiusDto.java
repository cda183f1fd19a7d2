package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A circle to search in: {@code Miles} around a {@code ZIP} or a {@code Latitude}/{@code Longitude}. */
public record RadiusDto(Double miles, @JsonProperty("ZIP") String zip, Double latitude, Double longitude) {
}
