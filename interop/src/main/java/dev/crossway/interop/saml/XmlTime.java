package dev.crossway.interop.saml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
        String t = text.trim();
        Instant common = common(t);
        if (common != null) {
            return common;
        }
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw notADateTime(t);
        }
    }

    /**
     * The form every gateway writes, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|+hh:mm|-hh:mm)}, read
     * digit by digit; null for any other form, which {@link #parse} hands to {@code OffsetDateTime}.
     * By hand because each message carries six of these (assertion, conditions, authentication
     * statement, timestamp) and {@code DateTimeFormatter} copies its parse state at every optional
     * section of ISO_OFFSET_DATE_TIME: 2% of the gateway's CPU on a cache hit (docs/PERFORMANCE.md,
     * 2026-12-06). Field ranges are checked by {@link LocalDateTime#of} and
     * {@link ZoneOffset#ofHoursMinutes}, as strictly as the ISO parser checks them;
     * {@code XmlTimeTest} holds both readings equal.
     */
    static Instant common(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (t.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && isDigit(t.charAt(i))) {
                nanos = nanos * 10 + (t.charAt(i++) - '0');
            }
            int width = i - start;
            if (width == 0 || (i < n && isDigit(t.charAt(i)))) {
                return null;
            }
            for (int k = width; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (i == n - 1 && t.charAt(i) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (i == n - 6 && (t.charAt(i) == '+' || t.charAt(i) == '-') && t.charAt(i + 3) == ':') {
            int oh = digits(t, i + 1, 2);
            int om = digits(t, i + 4, 2);
            if ((oh | om) < 0) {
                return null;
            }
            try {
                offset = t.charAt(i) == '+' ? ZoneOffset.ofHoursMinutes(oh, om) : ZoneOffset.ofHoursMinutes(-oh, -om);
            } catch (DateTimeException e) {
                throw notADateTime(t);
            }
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
        } catch (DateTimeException e) {
            throw notADateTime(t);
        }
    }

    private static IllegalArgumentException notADateTime(String t) {
        return new IllegalArgumentException("not an xs:dateTime with time zone: '" + t + "'");
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}; -1 if any is not one. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            char c = t.charAt(k);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
