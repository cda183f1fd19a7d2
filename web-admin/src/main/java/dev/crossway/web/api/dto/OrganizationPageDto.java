package dev.crossway.web.api.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Redox Organization {@code QueryResponse}: {@code Directory}, {@code Organizations}, {@code Paging}. {@code RadiusZipBasis} is Crossway's: how the radius ZIP
 * was placed, {@code ZCTA} (its own centroid) or {@code ZIP3} (its three-digit prefix area's, for
 * PO-box and unique ZIPs without a ZCTA).
 */
@Schema
public record OrganizationPageDto(MetaDto meta, String directory, List<OrganizationDto> organizations, PagingDto paging, String radiusZipBasis) {
}
