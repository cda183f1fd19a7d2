package dev.crossway.interop.http;

import dev.crossway.interop.tls.ClientTls;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Outbound POSTs of JSON to a partner's own web service (webhook deliveries), under the same rules
 * as every outbound call of Crossway: the {@link AddressPolicy} decides first (a refused URL is
 * never connected to), redirects are never followed (one could lead past the policy), TLS 1.2+
 * with host name verification ({@link ClientTls#parameters()}), the answer read up to a small bound
 * and then dropped (only its status counts). The receiver is a partner's web service, not a
 * Carequality gateway: its certificate is checked against the JDK's CAs and no client certificate
 * is presented (as for the directory).
 *
 * <p>Asynchronous and never exceptional: the future always completes with an {@link Outcome}.
 */
public final class HttpPost {

    /** How one POST ended. */
    public sealed interface Outcome {
        /** An HTTP answer arrived (any status). */
        record Answered(int status) implements Outcome {
            public boolean success() {
                return status / 100 == 2;
            }
        }

        /** The address policy refused the URL; nothing was sent. Retrying cannot help until the policy changes. */
        record Refused(String reason) implements Outcome {
        }

        /** No answer: unknown host, connection refused or broken, TLS failure, timeout. */
        record Failed(String message) implements Outcome {
        }
    }

    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final HttpClient http;
    private final AddressPolicy policy;

    public HttpPost(Executor executor, Duration connectTimeout, AddressPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslParameters(ClientTls.parameters());
        if (executor != null) {
            b.executor(executor);
        }
        this.http = b.build();
    }

    /** The address policy from the environment ({@link AddressPolicy#fromEnvironment()}). */
    public static HttpPost fromEnvironment(Executor executor, Duration connectTimeout) {
        return new HttpPost(executor, connectTimeout, AddressPolicy.fromEnvironment());
    }

    public AddressPolicy policy() {
        return policy;
    }

    /** POSTs {@code body} as {@code application/json} with {@code headers}; completes once, never exceptionally. */
    public CompletableFuture<Outcome> json(String url, Map<String, String> headers, byte[] body, Duration timeout) {
        AddressPolicy.Decision decision = policy.check(url);
        if (decision instanceof AddressPolicy.Decision.Refused refused) {
            return CompletableFuture.completedFuture(new Outcome.Refused(refused.message()));
        }
        if (decision instanceof AddressPolicy.Decision.Unresolved unresolved) {
            return CompletableFuture.completedFuture(new Outcome.Failed("unknown host " + unresolved.host()));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.trim())).timeout(timeout)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        return http.sendAsync(b.build(), new BoundedBody(MAX_ANSWER_BYTES))
                .handle((response, error) -> {
                    if (error == null) {
                        return new Outcome.Answered(response.statusCode());
                    }
                    // the same reading of failures as the SOAP client's (an oversized answer counts as a failure)
                    return new Outcome.Failed(Classifier.failure(error).message());
                });
    }
}
