package dev.crossway.interop.soap;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves the {@code href} of an {@code xop:Include} (a {@code cid:} URL, RFC 2392) to the bytes
 * of the MIME part it names. Message readers take one so they need not know about MIME;
 * {@link #none()} is the resolver of a plain (non-MTOM) SOAP message.
 */
@FunctionalInterface
public interface XopResolver extends Function<String, byte[]> {

    /** For messages without attachments: any xop:Include is an error. */
    static XopResolver none() {
        return href -> {
            throw new SoapMessageException("xop:Include '" + href + "' found in a message that is not MTOM");
        };
    }

    /** Resolves against parts keyed by Content-ID (with or without angle brackets). */
    static XopResolver of(Map<String, MimePart> partsByContentId) {
        return href -> {
            MimePart part = partsByContentId.get(contentId(href));
            if (part == null) {
                throw new SoapMessageException("xop:Include refers to '" + href + "' but the message has no such MIME part");
            }
            return part.content();
        };
    }

    /** The bare Content-ID of a {@code cid:} URL or a {@code <...>} header value. */
    static String contentId(String hrefOrHeader) {
        String s = hrefOrHeader.trim();
        if (s.regionMatches(true, 0, "cid:", 0, 4)) {
            s = URLDecoder.decode(s.substring(4), StandardCharsets.UTF_8);
        }
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.trim();
    }
}
