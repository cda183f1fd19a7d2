package dev.crossway.directory.infrastructure.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Talks to a Carequality (Sequoia) FHIR directory: {@code GET {base}/Organization?_start=&_count=}
 * and {@code PUT {base}/Organization/{oid}}, each with the directory's {@code api-key} header.
 * In the server its work runs on the EE managed executor passed in.
 */
public final class DirectoryHttpClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;

    public DirectoryHttpClient(Executor executor) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (executor != null) {
            b.executor(executor);
        }
        this.http = b.build();
    }

    /** One page of Organizations as a FHIR Bundle body; a non-2xx answer is an IOException. */
    public Response getPage(String baseUrl, String apiKey, int start, int count) throws IOException {
        URI uri = URI.create(trim(baseUrl) + "/Organization?_start=" + start + "&_count=" + count);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", "application/fhir+json, application/json;q=0.9, application/fhir+xml;q=0.8");
        Response r = send(withKey(req, apiKey));
        if (r.status() / 100 != 2) {
            throw new IOException("GET " + uri + " answered " + r.status() + ": " + r.bodyExcerpt());
        }
        return r;
    }

    /** PUTs one Organization resource (JSON); returns the answer whatever its status. */
    public Response putOrganization(String baseUrl, String apiKey, String oid, String json) throws IOException {
        URI uri = URI.create(trim(baseUrl) + "/Organization/" + oid);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/fhir+json")
                .header("Accept", "application/fhir+json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(withKey(req, apiKey));
    }

    private Response send(HttpRequest request) throws IOException {
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + request.uri(), e);
        }
    }

    private static HttpRequest withKey(HttpRequest.Builder b, String apiKey) {
        if (apiKey != null && !apiKey.isBlank()) {
            b.header("api-key", apiKey);
        }
        return b.build();
    }

    private static String trim(String base) {
        String b = base.trim();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b;
    }

    /** An HTTP answer. */
    public record Response(int status, String contentType, byte[] body) {
        public String bodyExcerpt() {
            String s = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return s.length() > 300 ? s.substring(0, 300) + "…" : s;
        }
    }
}
