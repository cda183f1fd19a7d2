package dev.crossway.interop.ccda.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A nonXMLBody, described rather than decoded: media type, representation (B64/TXT),
 * compression (DF, GZ...), size in bytes of the embedded content (after base64 decoding,
 * before decompression; absent when the base64 is damaged) or the external reference.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record UnstructuredBody(
        @JsonProperty("MediaType") String mediaType,
        @JsonProperty("Representation") String representation,
        @JsonProperty("Compression") String compression,
        @JsonProperty("Size") Integer size,
        @JsonProperty("Reference") String reference) {
}
