package dev.crossway.interop.http;

import dev.crossway.interop.tls.ClientTls;
import dev.crossway.interop.tls.TlsSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The one outbound SOAP client: the initiator's XCPD/XCA calls and the gateway mode's forwarded
 * requests both go through it. For each call: the {@link AddressPolicy} first (a refused URL is
 * never connected to), then one HTTP/1.1 POST over mutual TLS ({@link ClientTls}: our client
 * certificate, the partners' CAs, TLS 1.2+, host name verified), no redirects, the answer read up to
 * a size bound ({@link BoundedBody}) and classified ({@link SoapExchange}).
 *
 * <p>Asynchronous and never exceptional: the future always completes with a {@link SoapExchange};
 * cancelling it aborts the HTTP exchange. Retries, permits and circuit breaking are the caller's.
 */
public final class SoapTransport {

    private static final long TLS_CHECK_NANOS = Duration.ofSeconds(10).toNanos();

    private final Executor executor;
    private final Duration connectTimeout;
    private final int maxResponseBytes;
    private final ClientTls tls;
    private final AddressPolicy policy;
    private volatile HttpClient http;
    private volatile long lastTlsCheck = System.nanoTime();

    /**
     * @param executor where answers are read and classified (and the HTTP client's own work runs);
     *                 null for the JDK's default
     */
    public SoapTransport(Executor executor, Duration connectTimeout, int maxResponseBytes, ClientTls tls, AddressPolicy policy) {
        this.executor = executor;
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
        this.maxResponseBytes = maxResponseBytes;
        this.tls = Objects.requireNonNull(tls, "tls");
        this.policy = Objects.requireNonNull(policy, "policy");
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        this.http = build();
    }

    /** TLS files and address policy from the environment ({@link TlsSettings}, {@link AddressPolicy#fromEnvironment()}). */
    public static SoapTransport fromEnvironment(Executor executor, Duration connectTimeout, int maxResponseBytes) {
        return new SoapTransport(executor, connectTimeout, maxResponseBytes, ClientTls.of(TlsSettings.fromEnvironment()),
                AddressPolicy.fromEnvironment());
    }

    public int maxResponseBytes() {
        return maxResponseBytes;
    }

    /** POSTs the request; the future completes once, never exceptionally. */
    public CompletableFuture<SoapExchange> send(String url, SoapRequest request, Duration timeout) {
        AddressPolicy.Decision decision = policy.check(url);
        if (decision instanceof AddressPolicy.Decision.Refused refused) {
            return CompletableFuture.completedFuture(new SoapExchange.Failed(SoapExchange.Failure.ADDRESS_NOT_ALLOWED, 0,
                    refused.message()));
        }
        if (decision instanceof AddressPolicy.Decision.Unresolved unresolved) {
            return CompletableFuture.completedFuture(new SoapExchange.Failed(SoapExchange.Failure.UNRESOLVED, 0,
                    "network error: unknown host " + unresolved.host()));
        }
        HttpRequest httpRequest = HttpRequest.newBuilder(URI.create(url.trim()))
                .timeout(timeout)
                .header("Content-Type", request.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(httpRequest, new BoundedBody(maxResponseBytes));
        // the JDK completes sendAsync on the common pool when given an executor: hop back to ours before parsing
        CompletableFuture<SoapExchange> result = executor == null
                ? exchange.handle(this::classify)
                : exchange.handleAsync(this::classify, executor);
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    private SoapExchange classify(HttpResponse<byte[]> response, Throwable error) {
        return error != null ? Classifier.failure(error) : Classifier.answer(response, maxResponseBytes);
    }

    /** The HTTP client, rebuilt when the TLS files changed (a rotated certificate is used without a restart). */
    private HttpClient client() {
        long now = System.nanoTime();
        if (now - lastTlsCheck > TLS_CHECK_NANOS) {
            lastTlsCheck = now;
            if (tls.changed()) {
                synchronized (this) {
                    if (tls.changed()) {
                        http = build();
                    }
                }
            }
        }
        return http;
    }

    private HttpClient build() {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls.context())
                .sslParameters(ClientTls.parameters());
        if (executor != null) {
            b.executor(executor);
        }
        return b.build();
    }
}
