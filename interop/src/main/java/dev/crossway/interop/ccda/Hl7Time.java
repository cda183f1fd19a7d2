package dev.crossway.interop.ccda;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 v3 TS ({@code YYYYMMDDHHMMSS.UUUU[+|-ZZzz]}) to ISO 8601, keeping the sender's precision:
 * {@code 199911} stays a month ("1999-11"), {@code 20180315112305-0500} becomes
 * "2018-03-15T11:23:05-05:00". Anything unreadable is returned as sent rather than dropped.
 */
final class Hl7Time {

    private static final Pattern TS = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\.\\d+)?([+-]\\d{4})?");

    private Hl7Time() {
    }

    static String toIso(String ts) {
        if (ts == null) {
            return null;
        }
        Matcher m = TS.matcher(ts.trim());
        if (!m.matches()) {
            return ts.trim();
        }
        StringBuilder out = new StringBuilder(m.group(1));
        appendIf(out, "-", m.group(2));
        appendIf(out, "-", m.group(3));
        if (m.group(4) != null) {
            out.append('T').append(m.group(4)).append(':').append(m.group(5) == null ? "00" : m.group(5));
            appendIf(out, ":", m.group(6));
            appendIf(out, "", m.group(6) == null ? null : m.group(7));
            String zone = m.group(8);
            appendIf(out, "", zone == null ? null : zone.substring(0, 3) + ":" + zone.substring(3));
        }
        return out.toString();
    }

    private static void appendIf(StringBuilder out, String separator, String part) {
        if (part != null) {
            out.append(separator).append(part);
        }
    }
}
