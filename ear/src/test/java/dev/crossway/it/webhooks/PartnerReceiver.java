package dev.crossway.it.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's webhook endpoint on loopback ({@value #PORT}, listed in {@code CROSSWAY_OUTBOUND_ALLOW}
 * by scripts/test.sh), as a partner would write one with the JDK alone: it records each request and
 * answers per path as the test scripts it, and verifies signatures the way docs/OPERATIONS.md says.
 */
final class PartnerReceiver implements AutoCloseable {

    static final int PORT = 19471;

    record Received(Map<String, String> headers, byte[] body, int answered) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** HMAC-SHA256 of the raw body under the secret, hex, compared in constant time with the header. */
        boolean signedWith(String secret) throws Exception {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.US_ASCII);
            String header = headers.get("X-Crossway-Signature");
            return header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private final HttpServer server;
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    PartnerReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), PORT), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getPath();
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
            AtomicInteger left = failuresLeft.get(path);
            int status = left != null && left.getAndDecrement() > 0 ? 500 : 200;
            received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(headers, body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The next {@code n} requests to {@code path} get 500, later ones 200. */
    void failNext(String path, int n) {
        failuresLeft.put(path, new AtomicInteger(n));
    }

    String url(String path) {
        return "http://127.0.0.1:" + PORT + path;
    }

    List<Received> received(String path) {
        return new ArrayList<>(received.getOrDefault(path, List.of()));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
