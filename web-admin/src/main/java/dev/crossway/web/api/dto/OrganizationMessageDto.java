package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code Organization/New}, {@code /Update}, {@code /Delete} and their answers: Meta and one organization. */
@Schema
public record OrganizationMessageDto(MetaDto meta, OrganizationDto organization) {
}
