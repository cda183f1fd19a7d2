package dev.crossway.interop.xcpd;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HL7v3 point in time (TS) such as {@code 1970}, {@code 197003}, {@code 19700315} or
 * {@code 20240407030724-0500}: the precision is how many digits were sent, which matters for
 * birth-time matching. Impossible dates (month 97) are refused.
 */
public record Hl7Time(String value) {

    private static final Pattern TS = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\.\\d{1,4})?([+-]\\d{4})?");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    public Hl7Time {
        Objects.requireNonNull(value, "time value");
        value = value.trim();
        Matcher m = TS.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an HL7 timestamp (YYYY[MM[DD[HH[MM[SS]]]]][+ZZZZ])");
        }
        int year = Integer.parseInt(m.group(1));
        check(m.group(2), 1, 12, "month", value);
        if (m.group(3) != null) {
            int max = YearMonth.of(year, Integer.parseInt(m.group(2))).lengthOfMonth();
            check(m.group(3), 1, max, "day", value);
        }
        check(m.group(4), 0, 23, "hour", value);
        check(m.group(5), 0, 59, "minute", value);
        check(m.group(6), 0, 59, "second", value);
        if (m.group(7) != null && m.group(6) == null) {
            throw new IllegalArgumentException("HL7 timestamp '" + value + "' has a fraction without seconds");
        }
    }

    public static Hl7Time of(String value) {
        return new Hl7Time(value);
    }

    /** Now, to the second, in UTC. */
    public static Hl7Time now() {
        TemporalAccessor t = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
        return new Hl7Time(SECONDS.format(t));
    }

    /** Number of date/time digits sent: 4 = year, 6 = month, 8 = day, up to 14 = second. */
    public int precision() {
        int digits = 0;
        for (char c : value.toCharArray()) {
            if (c == '.' || c == '+' || c == '-') {
                break;
            }
            digits++;
        }
        return digits;
    }

    private static void check(String part, int min, int max, String what, String value) {
        if (part != null) {
            int v = Integer.parseInt(part);
            if (v < min || v > max) {
                throw new IllegalArgumentException("HL7 timestamp '" + value + "' has an impossible " + what + " (" + part + ")");
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
