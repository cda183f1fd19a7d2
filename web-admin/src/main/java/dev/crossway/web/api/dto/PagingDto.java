package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema
public record PagingDto(Long total, Integer count, Integer offset) {
}
