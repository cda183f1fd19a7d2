package dev.crossway.web.api.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /Organization/Query}: every part optional. Redox's Organization.Query keys are read:
 * {@code Directory}, {@code Active}, {@code Identifier}, {@code NameSearch.Value}, {@code State},
 * {@code RadiusSearch} ({@code Radius} miles and {@code ZipCode}, as strings), {@code Index} and
 * {@code Limit} (strings); so are Crossway's own: {@code Organization} (Name, Identifiers, Address
 * City/State/ZIP, Active, plus {@code Transaction} and {@code PurposeOfUse} filters), {@code Radius}
 * and {@code Paging}. When both name the same criterion, Crossway's wins.
 */
@Schema
public record OrganizationQueryDto(MetaDto meta, Criteria organization, RadiusDto radius, PagingDto paging,
                                   String directory, Boolean active, IdentifierDto identifier, NameSearchDto nameSearch,
                                   String state, RadiusSearchDto radiusSearch, String index, String limit,
                                   String lastUpdated) {

    public OrganizationQueryDto(MetaDto meta, Criteria organization, RadiusDto radius, PagingDto paging) {
        this(meta, organization, radius, paging, null, null, null, null, null, null, null, null, null);
    }

    public record Criteria(String name, List<IdentifierDto> identifiers, AddressDto address,
                           Boolean active, String transaction, String purposeOfUse) {
    }

    /** Redox's {@code NameSearch}: {@code Value} (matched as a part of the name; {@code SearchType} is not used). */
    public record NameSearchDto(String searchType, String value) {
    }

    /** Redox's {@code RadiusSearch}: {@code Radius} in miles around {@code ZipCode}. */
    public record RadiusSearchDto(String radius, @JsonProperty("ZipCode") String zipCode) {
    }
}
