package dev.crossway.directory.infrastructure.atna;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;

/**
 * A syslog collector on loopback for the tests: RFC 5425 (TLS, octet-counted frames; it closes a
 * connection once it has read to its end, as rsyslog and syslog-ng do) or RFC 5426 (UDP). Keeps
 * every message it received, as text.
 */
final class SyslogReceiver implements AutoCloseable {

    final List<String> messages = new CopyOnWriteArrayList<>();
    private final ServerSocket tcp;
    private final DatagramSocket udp;
    private final Thread thread;

    private SyslogReceiver(ServerSocket tcp, DatagramSocket udp) {
        this.tcp = tcp;
        this.udp = udp;
        this.thread = new Thread(tcp != null ? this::acceptLoop : this::datagramLoop, "syslog-receiver");
        thread.setDaemon(true);
        thread.start();
    }

    /** A TLS collector on {@code port} (0: any) with the key in {@code keyStore} (PKCS12). */
    static SyslogReceiver tls(int port, Path keyStore, String password) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            ks.load(in, password.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, password.toCharArray());
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket s = (SSLServerSocket) c.getServerSocketFactory().createServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new SyslogReceiver(s, null);
    }

    static SyslogReceiver udp() throws IOException {
        return new SyslogReceiver(null, new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    }

    int port() {
        return tcp != null ? tcp.getLocalPort() : udp.getLocalPort();
    }

    private void acceptLoop() {
        while (!tcp.isClosed()) {
            try (Socket s = tcp.accept()) {
                s.setSoTimeout(10_000);
                InputStream in = s.getInputStream();
                for (String m; (m = frame(in)) != null; ) {
                    messages.add(m);
                }
            } catch (IOException e) {
                // a broken connection or the socket closed: the next one, or the end
            }
        }
    }

    /** One octet-counted frame ({@code LEN SP MSG}); null at the end of the stream. */
    private static String frame(InputStream in) throws IOException {
        int length = 0;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        for (; b != ' '; b = in.read()) {
            if (b < '0' || b > '9') {
                throw new IOException("not an octet-counted frame");
            }
            length = length * 10 + (b - '0');
        }
        byte[] m = in.readNBytes(length);
        if (m.length < length) {
            throw new IOException("frame cut short");
        }
        return new String(m, StandardCharsets.UTF_8);
    }

    private void datagramLoop() {
        byte[] buf = new byte[65_535];
        while (!udp.isClosed()) {
            try {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                udp.receive(p);
                messages.add(new String(Arrays.copyOf(p.getData(), p.getLength()), StandardCharsets.UTF_8));
            } catch (IOException e) {
                // closed
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (tcp != null) {
            tcp.close();
        }
        if (udp != null) {
            udp.close();
        }
        thread.join(5_000);
    }

    /** A PKCS12 key pair for localhost/127.0.0.1 and a trust store with its certificate, made by the JDK's keytool. */
    static Path[] certificate(Path dir, String password) throws Exception {
        Path keys = dir.resolve("collector.p12");
        Path cert = dir.resolve("collector.cer");
        Path trust = dir.resolve("trust.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "collector", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keys.toString(), "-storepass", password, "-keypass", password);
        run(keytool, "-exportcert", "-alias", "collector", "-keystore", keys.toString(), "-storepass", password,
                "-file", cert.toString());
        run(keytool, "-importcert", "-noprompt", "-alias", "collector", "-file", cert.toString(), "-storetype", "PKCS12",
                "-keystore", trust.toString(), "-storepass", password);
        return new Path[] {keys, trust};
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    static String xml(String syslogMessage) {
        int start = syslogMessage.indexOf("<?xml");
        return syslogMessage.substring(start);
    }

}
