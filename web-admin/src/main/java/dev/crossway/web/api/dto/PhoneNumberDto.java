package dev.crossway.web.api.dto;

public record PhoneNumberDto(String home, String mobile, String office) {
}
