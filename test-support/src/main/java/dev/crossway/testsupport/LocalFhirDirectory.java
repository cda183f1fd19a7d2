package dev.crossway.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A real HTTP server on 127.0.0.1 that plays the Carequality FHIR directory: it pages a generated
 * directory of {@code size} organizations (each with its position in a contained Location and an XCPD
 * endpoint contained and referenced, as the directory publishes them) ({@code GET /fhir/Organization?_start=&_count=}, api-key
 * required, 401 without), records facilities published to it ({@code PUT /fhir/Organization/{id}}),
 * and answers 503 once at a chosen {@code _start} when asked to.
 */
public final class LocalFhirDirectory implements AutoCloseable {

    public static final String API_KEY = "test-directory-key";
    /** The port the integration tests' CROSSWAY_OUTBOUND_ALLOW lets the server reach (plain HTTP to an allowed entry, as the sandbox permits). */
    public static final int PORT = 18088;

    private final HttpServer server;
    private final IntPredicate present;
    private volatile int size;
    private volatile int failAt = -1;
    private final Map<String, String> published = new ConcurrentHashMap<>();
    private final AtomicInteger pagesServed = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();

    /** A directory of {@code size} organizations, of which those with {@code present(i)} are listed, on {@code port} (0: any free one). */
    public LocalFhirDirectory(int port, int size, IntPredicate present) throws IOException {
        this.size = size;
        this.present = present;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/fhir/Organization", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    /** From now on the directory has {@code n} organizations. */
    public void size(int n) {
        size = n;
    }

    /** The next request for the page at {@code start} is answered 503. */
    public void failOnceAt(int start) {
        failAt = start;
    }

    public Map<String, String> published() {
        return published;
    }

    public int pagesServed() {
        return pagesServed.get();
    }

    public int refusals() {
        return refusals.get();
    }

    /** The home community id of generated organization {@code i}. */
    public static String oid(int i) {
        return "2.16.840.1.113883.3.7777." + (i + 1);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            if (!API_KEY.equals(ex.getRequestHeaders().getFirst("api-key"))) {
                refusals.incrementAndGet();
                reply(ex, 401, "{\"resourceType\":\"OperationOutcome\"}");
                return;
            }
            if ("PUT".equals(ex.getRequestMethod())) {
                String path = ex.getRequestURI().getPath();
                published.put(path.substring(path.lastIndexOf('/') + 1),
                        new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                reply(ex, 200, "{}");
                return;
            }
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            int start = Integer.parseInt(q.getOrDefault("_start", "0"));
            int count = Integer.parseInt(q.getOrDefault("_count", "100"));
            if (start == failAt) {
                failAt = -1;
                reply(ex, 503, "busy");
                return;
            }
            pagesServed.incrementAndGet();
            reply(ex, 200, page(start, count));
        }
    }

    private String page(int start, int count) {
        int[] listed = IntStream.range(0, size).filter(present).toArray();
        StringBuilder b = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":")
                .append(listed.length).append(",\"entry\":[");
        for (int k = start; k < Math.min(listed.length, start + count); k++) {
            if (k > start) {
                b.append(',');
            }
            b.append(organization(listed[k]));
        }
        b.append("]");
        if (start + count < listed.length) {
            b.append(",\"link\":[{\"relation\":\"next\",\"url\":\"").append(baseUrl())
                    .append("/Organization?_start=").append(start + count).append("&_count=").append(count).append("\"}]");
        }
        return b.append('}').toString();
    }

    private static String organization(int i) {
        String oid = oid(i);
        double lat = 30 + (i % 170) * 0.1;
        double lon = -120 + (i / 170 % 500) * 0.1;
        // Locale.ROOT: a decimal point in the coordinates whatever the machine's locale
        return String.format(Locale.ROOT, """
                {"resource":{"resourceType":"Organization","id":"%s","active":true,"name":"Generated Clinic %d",
                 "identifier":[{"system":"urn:ietf:rfc:3986","value":"urn:oid:%s"}],
                 "address":[{"line":["%d Main St"],"city":"Town%d","state":"WI","postalCode":"53%03d"}],
                 "contained":[{"resourceType":"Location","id":"loc","position":{"latitude":%.4f,"longitude":%.4f}},
                  {"resourceType":"Endpoint","id":"ep0","status":"active","address":"https://gw%d.example.org/xcpd",
                   "extension":[{"url":"https://sequoiaproject.org/fhir/sphd/StructureDefinition/Transaction",
                     "valueCodeableConcept":{"coding":[{"code":"XCPD ITI-55"}]}}],
                   "connectionType":{"code":"ihe-xcpd"},"payloadType":[{"text":"any"}]}],
                 "endpoint":[{"reference":"#ep0"}]}}
                """, oid, i, oid, i, i % 50, i % 1000, lat, lon, i);
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

    private static void reply(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/fhir+json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
