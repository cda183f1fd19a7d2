package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code Organization/New}, {@code /Update}, {@code /Delete} and their answers. Redox's shape is
 * {@code Directory}, {@code Action} and an {@code Organizations} array (Redox deletes with an
 * Update whose organization has {@code Active: false}); Crossway's own is one {@code Organization}.
 * A request may use either; an answer carries every organization written in {@code Organizations}
 * and the first also in {@code Organization}.
 */
@Schema
public record OrganizationMessageDto(MetaDto meta, OrganizationDto organization, String directory, String action,
                                     List<OrganizationDto> organizations) {

    public OrganizationMessageDto(MetaDto meta, OrganizationDto organization) {
        this(meta, organization, null, null, organization == null ? List.of() : List.of(organization));
    }

    /** The organizations of a request, in either shape. */
    public List<OrganizationDto> all() {
        if (organization != null) {
            return List.of(organization);
        }
        return organizations == null ? List.of() : organizations.stream().filter(java.util.Objects::nonNull).toList();
    }
}
