package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema
public record PhoneNumberDto(String home, String mobile, String office) {
}
