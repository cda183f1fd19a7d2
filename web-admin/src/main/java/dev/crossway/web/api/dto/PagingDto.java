package dev.crossway.web.api.dto;

public record PagingDto(Long total, Integer count, Integer offset) {
}
