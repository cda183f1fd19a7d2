package dev.crossway.web.api.dto;

public record PositionDto(Double latitude, Double longitude) {
}
