package dev.crossway.web.api.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The small counting answers of the administration API, each with its own keys: the identity
 * cache ({@code Hits}, {@code Misses}, {@code Size}), a sandbox seed ({@code Communities}), a ZIP
 * table load ({@code Loaded}, {@code Total}).
 */
public final class CountsDto {

    private CountsDto() {
    }

    @Schema
    public record IdentityCacheDto(long hits, long misses, long size) {
    }

    @Schema
    public record SandboxSeededDto(int communities) {
    }

    @Schema
    public record ZipCentroidsLoadedDto(int loaded, long total) {
    }
}
