package dev.crossway.directory.infrastructure.http;

import dev.crossway.interop.http.AddressPolicy;
import dev.crossway.interop.http.BoundedBody;
import dev.crossway.interop.config.Setting;
import dev.crossway.interop.tls.ClientTls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Talks to a Carequality (Sequoia) FHIR directory: {@code GET {base}/Organization?_start=&_count=}
 * and {@code PUT {base}/Organization/{oid}}, each with the directory's {@code api-key} header.
 * In the server its work runs on the EE managed executor passed in.
 *
 * <p>A directory URL is typed by an administrator but its answers come from outside: every request
 * passes the {@link AddressPolicy} first (https only, no internal address unless allowed), redirects
 * are never followed (a redirect could lead past the policy), answers are read up to a bound
 * ({@code CROSSWAY_DIRECTORY_MAX_BYTES}, default 32 MiB per page) and an error names the status,
 * never the answer's body (it would be shown to users; the body goes to the server log).
 * TLS 1.2+ with host name verification against the JDK's CA certificates: the directory is a public
 * web service, not a Carequality gateway.
 */
public final class DirectoryHttpClient {

    public static final int DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(DirectoryHttpClient.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final AddressPolicy policy;
    private final int maxBytes;

    /** The policy and the size bound from the environment. */
    public DirectoryHttpClient(Executor executor) {
        this(executor, AddressPolicy.fromEnvironment(), Setting.value("crossway.directory.max-bytes").map(Integer::parseInt).orElse(DEFAULT_MAX_BYTES));
    }

    public DirectoryHttpClient(Executor executor, AddressPolicy policy, int maxBytes) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.maxBytes = maxBytes;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslParameters(ClientTls.parameters());
        if (executor != null) {
            b.executor(executor);
        }
        this.http = b.build();
    }

    /** One page of Organizations as a FHIR Bundle body; a non-2xx answer is an IOException naming the status only. */
    public Response getPage(String baseUrl, String apiKey, int start, int count) throws IOException {
        URI uri = URI.create(trim(baseUrl) + "/Organization?_start=" + start + "&_count=" + count);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", "application/fhir+json, application/json;q=0.9, application/fhir+xml;q=0.8");
        Response r = send(withKey(req, apiKey));
        if (r.status() / 100 != 2) {
            throw new IOException("GET " + uri + " answered " + r.status() + (r.status() / 100 == 3
                    ? " (a redirect: not followed; configure the directory's final URL)" : ""));
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
        AddressPolicy.Decision decision = policy.check(request.uri().toString());
        if (decision instanceof AddressPolicy.Decision.Refused refused) {
            throw new IOException(refused.message());
        }
        if (decision instanceof AddressPolicy.Decision.Unresolved unresolved) {
            throw new IOException("unknown host " + unresolved.host());
        }
        try {
            HttpResponse<byte[]> r = http.send(request, new BoundedBody(maxBytes));
            Response response = new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
            if (r.statusCode() / 100 != 2 && LOG.isLoggable(Level.INFO)) {
                LOG.info(request.method() + " " + request.uri() + " answered " + r.statusCode() + ": " + response.bodyExcerpt());
            }
            return response;
        } catch (BoundedBody.TooLargeException e) {
            throw new IOException(request.method() + " " + request.uri() + ": " + e.getMessage()
                    + " (CROSSWAY_DIRECTORY_MAX_BYTES)");
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

    /** An HTTP answer. Its body is for the server log, never for a message a user reads. */
    public record Response(int status, String contentType, byte[] body) {
        public String bodyExcerpt() {
            String s = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return s.length() > 300 ? s.substring(0, 300) + "…" : s;
        }
    }
}
