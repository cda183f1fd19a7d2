package dev.crossway.directory.infrastructure.atna;

import java.io.IOException;
import java.util.List;

/** Sends syslog messages to the collector; an exception means the batch may not have arrived. */
public interface SyslogTransport {

    /** Sends every message, in order; returns only when the transport has done what it can to deliver them. */
    void send(List<byte[]> messages) throws IOException;

    static SyslogTransport of(AtnaSettings s) {
        return s.transport() == AtnaSettings.Transport.UDP ? new UdpSyslogTransport(s) : new TlsSyslogTransport(s);
    }
}
