package dev.crossway.web.portal;

import dev.crossway.interop.config.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * The installation's time zone, in which the portal shows times ({@code crossway.time-zone} /
 * {@code CROSSWAY_TIME_ZONE}, an IANA name such as {@code America/Chicago}; default: the server's).
 * "Today" on the dashboard is today in this zone.
 */
@ApplicationScoped
public class InstallationZone {

    private static final Logger LOG = Logger.getLogger(InstallationZone.class.getName());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private final ZoneId zone = read();

    public ZoneId zone() {
        return zone;
    }

    /** e.g. {@code 2026-12-05 09:14 CST}. */
    public String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** Midnight today, here. */
    public Instant startOfToday() {
        return java.time.LocalDate.now(zone).atStartOfDay(zone).toInstant();
    }

    private static ZoneId read() {
        String v = Setting.value("crossway.time-zone", null);
        if (v == null || v.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(v.trim());
        } catch (DateTimeException e) {
            LOG.warning("CROSSWAY_TIME_ZONE '" + v + "' is not a time zone (e.g. America/Chicago); using " + ZoneId.systemDefault());
            return ZoneId.systemDefault();
        }
    }
}
