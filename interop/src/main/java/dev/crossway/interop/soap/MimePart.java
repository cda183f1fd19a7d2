package dev.crossway.interop.soap;

import java.util.Objects;

/** One MIME part of an MTOM message: its Content-ID (without angle brackets), type and bytes. */
public record MimePart(String contentId, String contentType, byte[] content) {

    public MimePart {
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(contentType, "contentType");
        content = Objects.requireNonNull(content, "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
