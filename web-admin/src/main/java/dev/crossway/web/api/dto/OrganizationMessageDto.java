package dev.crossway.web.api.dto;

/** {@code Organization/New}, {@code /Update}, {@code /Delete} and their answers: Meta and one organization. */
public record OrganizationMessageDto(MetaDto meta, OrganizationDto organization) {
}
