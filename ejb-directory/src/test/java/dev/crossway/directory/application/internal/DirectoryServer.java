package dev.crossway.directory.application.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.crossway.directory.infrastructure.http.DirectoryHttpClient;
import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.AllowList;
import dev.crossway.interop.http.HostResolver;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake Carequality directory on 127.0.0.1: {@code GET /fhir/Organization?_start=&_count=} over
 * {@code size} generated organizations, answering 401 without the right {@code api-key}, and
 * 503 once at {@code failAt} when asked to.
 */
final class DirectoryServer implements AutoCloseable {

    static final String KEY = "test-key";

    private final HttpServer server;
    private volatile int size;
    private volatile int failAt = -1;
    final AtomicInteger requests = new AtomicInteger();

    DirectoryServer(int size) throws IOException {
        this.size = size;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fhir/Organization", this::handle);
        server.start();
    }

    /**
     * A client for fake directories on loopback: plain HTTP to 127.0.0.1 allowed as the sandbox
     * allows its own entries (the address policy is still applied to every request).
     */
    static DirectoryHttpClient loopbackClient() {
        return new DirectoryHttpClient(null, new AddressPolicy(AllowList.parse("127.0.0.0/8"), true, HostResolver.SYSTEM),
                DirectoryHttpClient.DEFAULT_MAX_BYTES);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    void size(int n) {
        size = n;
    }

    void failOnceAt(int start) {
        failAt = start;
    }

    private void handle(HttpExchange x) throws IOException {
        requests.incrementAndGet();
        if (!KEY.equals(x.getRequestHeaders().getFirst("api-key"))) {
            send(x, 401, "{\"resourceType\":\"OperationOutcome\"}");
            return;
        }
        Map<String, String> q = query(x.getRequestURI().getRawQuery());
        int start = Integer.parseInt(q.getOrDefault("_start", "0"));
        int count = Integer.parseInt(q.getOrDefault("_count", "50"));
        if (start == failAt) {
            failAt = -1;
            send(x, 503, "busy");
            return;
        }
        send(x, 200, page(start, count));
    }

    private String page(int start, int count) {
        StringBuilder sb = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":")
                .append(size).append(",\"link\":[{\"relation\":\"self\",\"url\":\"x\"}");
        int end = Math.min(size, start + count);
        if (end < size) {
            sb.append(",{\"relation\":\"next\",\"url\":\"").append(baseUrl()).append("/Organization?_start=").append(end).append("\"}");
        }
        sb.append("],\"entry\":[");
        for (int i = start; i < end; i++) {
            sb.append(i == start ? "" : ",").append("{\"resource\":").append(organization(i)).append('}');
        }
        return sb.append("]}").toString();
    }

    static String organization(int i) {
        String oid = "2.16.840.1.113883.3.7777." + i;
        double lat = 30 + (i % 1500) / 100.0;
        double lon = -120 + (i % 4000) / 100.0;
        String ep = "{\"resourceType\":\"Endpoint\",\"id\":\"ep0\",\"status\":\"active\",\"extension\":[{\"url\":"
                + "\"https://sequoiaproject.org/fhir/sphd/StructureDefinition/Transaction\",\"valueCodeableConcept\":"
                + "{\"coding\":[{\"code\":\"XCPD ITI-55\"}]}}],\"address\":\"https://gw" + i + ".example.org/xcpd\"}";
        return "{\"resourceType\":\"Organization\",\"id\":\"" + oid + "\",\"active\":true,\"name\":\"Generated Clinic " + i
                + "\",\"address\":[{\"line\":[\"" + i + " Main St\"],\"city\":\"Town\",\"state\":\"TX\",\"postalCode\":\"75001\"}],"
                + "\"contained\":[{\"resourceType\":\"Location\",\"id\":\"loc\",\"position\":{\"latitude\":" + lat
                + ",\"longitude\":" + lon + "}}," + ep + "],\"endpoint\":[{\"reference\":\"#ep0\"}]}";
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String p : raw.split("&")) {
                int eq = p.indexOf('=');
                if (eq > 0) {
                    m.put(p.substring(0, eq), p.substring(eq + 1));
                }
            }
        }
        return m;
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/fhir+json");
        x.sendResponseHeaders(status, b.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
