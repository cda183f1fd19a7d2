package dev.crossway.initiator.infrastructure.webhook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants to and from DATETIME(6) as text, as the ATNA outbox does: Connector/J drops the
 * microseconds of a bound LocalDateTime against MariaDB (it reports 5.5.5-10.x), and
 * LocalDateTime.toString() leaves out zero seconds, which MariaDB then compares as text.
 */
final class SqlTime {

    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SqlTime() {
    }

    static String text(Instant at) {
        return SQL.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static Instant instant(String text) {
        return text == null ? null : LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }
}
