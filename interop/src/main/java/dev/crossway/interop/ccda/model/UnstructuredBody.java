package dev.crossway.interop.ccda.model;

/**
 * A nonXMLBody, described rather than decoded: media type, representation (B64/TXT),
 * compression (DF, GZ...), size in bytes of the embedded content (after base64 decoding,
 * before decompression; absent when the base64 is damaged) or the external reference.
 */
public record UnstructuredBody(
        String mediaType,
        String representation,
        String compression,
        Integer size,
        String reference) {
}
