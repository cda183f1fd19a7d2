package dev.crossway.web.api.dto;

import java.util.List;

public record OrganizationPageDto(MetaDto meta, List<OrganizationDto> organizations, PagingDto paging) {
}
