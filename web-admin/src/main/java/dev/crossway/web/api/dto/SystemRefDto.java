package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code Meta.Source} and {@code Meta.Destinations[]}: a system by Redox id and name. */
public record SystemRefDto(@JsonProperty("ID") String id, String name) {
}
