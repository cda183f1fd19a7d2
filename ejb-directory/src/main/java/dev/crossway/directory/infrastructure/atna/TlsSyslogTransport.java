package dev.crossway.directory.infrastructure.atna;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * RFC 5425: syslog over TLS 1.2+, octet-counted frames, the collector's certificate checked
 * against the configured trust store and its host name (HTTPS endpoint identification), a
 * client certificate presented when a key store is configured (mutual TLS, as ATNA's secure
 * node asks).
 *
 * <p>Syslog has no acknowledgment, and a TCP write succeeds once the bytes are in the local
 * buffer. So that a batch counts as delivered only when the collector has read it, each batch
 * runs on a connection of its own, which is then half-closed (TLS close_notify): a collector
 * closes its side once it has read to the end, and only that close counts as success. A batch
 * whose connection breaks or is not closed in time is retried whole: at least once, never lost
 * while the collector is down.
 */
final class TlsSyslogTransport implements SyslogTransport {

    private final AtnaSettings settings;
    private final SSLContext context;

    TlsSyslogTransport(AtnaSettings settings) {
        this.settings = settings;
        try {
            this.context = context(settings);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS for the ATNA collector (CROSSWAY_ATNA_TRUSTSTORE,"
                    + " CROSSWAY_ATNA_KEYSTORE): " + e.getMessage(), e);
        }
    }

    @Override
    public void send(List<byte[]> messages) throws IOException {
        int timeout = (int) settings.connectTimeout().toMillis();
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(settings.host(), settings.port()), timeout);
            socket.setSoTimeout(timeout);
            SSLParameters p = socket.getSSLParameters();
            p.setEndpointIdentificationAlgorithm("HTTPS");
            p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            socket.setSSLParameters(p);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            for (byte[] m : messages) {
                out.write(SyslogMessage.octetCounted(m));
            }
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() >= 0) {
                    // a collector sends nothing; whatever it might, the end is what is waited for
                }
            } catch (SocketTimeoutException e) {
                throw new IOException("the ATNA collector did not confirm the batch by closing within " + timeout + " ms", e);
            }
        }
    }

    private static SSLContext context(AtnaSettings s) throws IOException, GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(s.trustStore() == null ? null : load(s.trustStore(), s.trustStorePassword()));
        KeyManagerFactory kmf = null;
        if (s.keyStore() != null) {
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            char[] pw = s.keyStorePassword() == null ? new char[0] : s.keyStorePassword().toCharArray();
            kmf.init(load(s.keyStore(), s.keyStorePassword()), pw);
        }
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return c;
    }

    private static KeyStore load(java.nio.file.Path path, String password) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            ks.load(in, password == null ? null : password.toCharArray());
        }
        return ks;
    }
}
