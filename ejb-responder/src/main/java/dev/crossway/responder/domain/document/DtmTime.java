package dev.crossway.responder.domain.document;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * XDS DTM times ({@code yyyy[MM[dd[HH[mm[ss]]]]]}) padded to fourteen digits, so that the database
 * compares them as strings the way the stored query's "from" and "to" bounds mean.
 */
public final class DtmTime {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private DtmTime() {
    }

    /** The fourteen-digit form, or null when {@code dtm} is not a DTM. */
    public static String pad(String dtm) {
        if (dtm == null) {
            return null;
        }
        String d = dtm.trim();
        int cut = 0;
        while (cut < d.length() && Character.isDigit(d.charAt(cut))) {
            cut++;
        }
        d = d.substring(0, cut);
        if (d.length() < 4 || d.length() > 14 || d.length() % 2 != 0) {
            return null;
        }
        String template = "00000101000000";
        return d + template.substring(d.length());
    }

    public static Instant toInstant(String dtm) {
        String p = pad(dtm);
        return p == null ? null : LocalDateTime.parse(p, FULL).toInstant(ZoneOffset.UTC);
    }
}
