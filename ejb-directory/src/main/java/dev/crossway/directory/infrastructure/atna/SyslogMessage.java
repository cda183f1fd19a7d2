package dev.crossway.directory.infrastructure.atna;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An RFC 5424 syslog message carrying one ATNA audit message, as IHE ITI TF-2 3.20.4.2 asks:
 * facility authpriv (10), severity notice (5), so PRI 85; MSGID {@code IHE+RFC-3881}; no
 * structured data; the XML as MSG, UTF-8 with a byte-order mark (RFC 5424 6.4).
 *
 * <p>Written by hand: the header is one line of six fields, and the syslog libraries on Maven
 * Central either send themselves (no outbox) or bring logging frameworks with them.
 */
public final class SyslogMessage {

    static final int PRI = 10 * 8 + 5;
    static final String MSGID = "IHE+RFC-3881";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SyslogMessage() {
    }

    /** The message's bytes (header, BOM, XML), without transport framing. */
    public static byte[] of(Instant at, String hostname, String appName, String xml) {
        String header = "<" + PRI + ">1 " + at.truncatedTo(ChronoUnit.MILLIS) + " " + field(hostname, 255) + " "
                + field(appName, 48) + " " + ProcessHandle.current().pid() + " " + MSGID + " - ";
        byte[] h = header.getBytes(StandardCharsets.US_ASCII);
        byte[] x = xml.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + BOM.length + x.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(BOM, 0, all, h.length, BOM.length);
        System.arraycopy(x, 0, all, h.length + BOM.length, x.length);
        return all;
    }

    /** RFC 5425 4.3 octet counting: {@code MSG-LEN SP SYSLOG-MSG}. */
    public static byte[] octetCounted(byte[] message) {
        byte[] len = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[len.length + message.length];
        System.arraycopy(len, 0, all, 0, len.length);
        System.arraycopy(message, 0, all, len.length, message.length);
        return all;
    }

    /** A header field: printable US-ASCII without blanks, at most {@code max} characters, '-' when empty. */
    static String field(String value, int max) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c > 32 && c < 127 && b.length() < max) {
                b.append(c);
            }
        }
        return b.isEmpty() ? "-" : b.toString();
    }
}
