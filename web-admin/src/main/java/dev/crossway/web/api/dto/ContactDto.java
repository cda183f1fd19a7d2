package dev.crossway.web.api.dto;

public record ContactDto(String name, String purpose, String email, String phone) {
}
