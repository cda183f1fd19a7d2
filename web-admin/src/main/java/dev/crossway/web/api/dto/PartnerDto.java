package dev.crossway.web.api.dto;

/**
 * A partner client: onboarding request ({@code ClientId}, {@code Grants}) and its answer, which
 * alone carries the {@code Secret} (shown once; Keycloak keeps it).
 */
public record PartnerDto(String clientId, String secret, GrantsDto grants) {
}
