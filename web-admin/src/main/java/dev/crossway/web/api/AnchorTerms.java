package dev.crossway.web.api;

import dev.crossway.interop.saml.Anchor;
import dev.crossway.web.api.error.InvalidRequestException;
import java.util.Locale;

/** The query parameters of a trust anchor upload, read strictly: a typo must not silently trust more. */
final class AnchorTerms {

    private AnchorTerms() {
    }

    /** {@code CA} or {@code PINNED} (any case); absent: null, the certificate decides. */
    static Anchor.Kind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Anchor.Kind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("kind", "kind must be CA or PINNED, not '" + value + "'");
        }
    }

    /** {@code true} or {@code false}; absent: false. */
    static boolean allowSha1(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.trim().equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidRequestException("allowSha1", "allowSha1 must be true or false, not '" + value + "'");
    }
}
