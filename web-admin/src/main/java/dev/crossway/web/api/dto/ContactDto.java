package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema
public record ContactDto(String name, String purpose, String email, String phone) {
}
