package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Paging of an organization query: Redox's {@code Count} and {@code Index} (the first row, from 0),
 * Crossway's {@code Offset} (the same as Index) and {@code Total}. A request may name the first row as
 * {@code Index} or {@code Offset}.
 */
@Schema
public record PagingDto(Long total, Integer count, Integer offset, Integer index) {

    public PagingDto(Long total, Integer count, Integer offset) {
        this(total, count, offset, offset);
    }
}
