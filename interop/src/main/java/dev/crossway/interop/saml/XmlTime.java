package dev.crossway.interop.saml;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** xs:dateTime as SAML and WS-Security write it: UTC, millisecond precision. */
final class XmlTime {

    private XmlTime() {
    }

    static String format(Instant t) {
        return t.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** Parses an xs:dateTime with zone; null for absent input, {@link IllegalArgumentException} if malformed. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an xs:dateTime with time zone: '" + text.trim() + "'");
        }
    }
}
