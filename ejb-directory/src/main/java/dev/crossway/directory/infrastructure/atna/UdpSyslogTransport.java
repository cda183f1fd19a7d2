package dev.crossway.directory.infrastructure.atna;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;

/**
 * RFC 5426: one message per datagram. UDP gives no acknowledgment: a message sent to a collector
 * that is down is lost without an error, which is why TLS is the default (docs/OPERATIONS.md).
 * A message larger than a datagram can carry is refused here (and retried, then left in the
 * outbox) rather than cut.
 */
final class UdpSyslogTransport implements SyslogTransport {

    /** The largest UDP payload over IPv4. */
    static final int MAX_DATAGRAM = 65_507;

    private final AtnaSettings settings;

    UdpSyslogTransport(AtnaSettings settings) {
        this.settings = settings;
    }

    @Override
    public void send(List<byte[]> messages) throws IOException {
        InetAddress address = InetAddress.getByName(settings.host());
        try (DatagramSocket socket = new DatagramSocket()) {
            for (byte[] m : messages) {
                if (m.length > MAX_DATAGRAM) {
                    throw new IOException("an ATNA message of " + m.length + " bytes does not fit a UDP datagram: use TLS");
                }
                socket.send(new DatagramPacket(m, m.length, address, settings.port()));
            }
        }
    }
}
