package dev.crossway.interop.ccda;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 TS to XDS DTM: UTC {@code yyyyMMddHHmmss} when the TS has a time and an offset (XDS
 * times are UTC), otherwise the digits as given (a date stays a date, an impossible offset is
 * ignored).
 */
final class XdsTime {

    private static final Pattern TS = Pattern.compile("(\\d{4,14})(?:\\.\\d+)?([+-]\\d{4})?");
    private static final DateTimeFormatter DTM = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private XdsTime() {
    }

    static String of(String ts) {
        if (ts == null) {
            return null;
        }
        Matcher m = TS.matcher(ts.trim());
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1);
        if (m.group(2) == null || digits.length() < 12) {
            return digits;
        }
        try {
            String full = (digits + "00").substring(0, 14);
            LocalDateTime local = LocalDateTime.parse(full, DTM);
            ZoneOffset offset = ZoneOffset.of(m.group(2).substring(0, 3) + ":" + m.group(2).substring(3));
            return local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).format(DTM).substring(0, digits.length());
        } catch (DateTimeException impossible) {
            return digits; // e.g. an offset of -5000 seen in the wild: keep the local time rather than fail
        }
    }
}
