package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /Organization/Query}: every part optional. {@code Organization} carries the criteria
 * (Name, Identifiers, Address City/State/ZIP, Active), plus Crossway's {@code Transaction} and
 * {@code PurposeOfUse} filters.
 */
@Schema
public record OrganizationQueryDto(MetaDto meta, Criteria organization, RadiusDto radius, PagingDto paging) {

    public record Criteria(String name, java.util.List<IdentifierDto> identifiers, AddressDto address,
                           Boolean active, String transaction, String purposeOfUse) {
    }
}
