package dev.crossway.interop.ccda.write;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * ISO 8601 as Redox sends it to HL7 v3 TS, keeping the precision given: "2018" and "2018-03" stay
 * a year and a month, a date is {@code yyyyMMdd}, a time with an offset (or {@code Z}) becomes
 * UTC {@code yyyyMMddHHmmss+0000}, a local time {@code yyyyMMddHHmmss} without zone.
 */
final class Times {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private Times() {
    }

    /** True when {@link #ts} can read it. */
    static boolean readable(String iso) {
        try {
            return iso == null || ts(iso) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @return null for null or blank
     * @throws IllegalArgumentException when the text is not an ISO 8601 date or time
     */
    static String ts(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.trim();
        if (YEAR.matcher(s).matches()) {
            return s;
        }
        if (MONTH.matcher(s).matches()) {
            int month = Integer.parseInt(s.substring(5));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("not a month: " + s);
            }
            return s.substring(0, 4) + s.substring(5);
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).format(DAY);
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(s.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                        .withOffsetSameInstant(ZoneOffset.UTC).format(TS) + "+0000";
            }
            return LocalDateTime.parse(s).format(TS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or time: " + s);
        }
    }

    static String ts(Instant instant) {
        return TS.format(instant.atOffset(ZoneOffset.UTC)) + "+0000";
    }
}
