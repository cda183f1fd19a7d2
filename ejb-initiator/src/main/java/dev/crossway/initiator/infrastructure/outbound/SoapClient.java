package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.interop.http.BoundedBody;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes SOAP calls without a thread per call: {@link HttpClient#sendAsync} on the given executor,
 * permits as futures, timers on the given scheduler. Each call completes exactly once, by its
 * timeout at the latest, with a {@link CallResult}; it never completes exceptionally.
 */
public final class SoapClient {

    private static final Logger LOG = Logger.getLogger(SoapClient.class.getName());

    private final HttpClient http;
    private final Executor executor;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final OutboundSettings settings;
    private final CallLog log;
    private final Permits global;
    private final Map<String, Permits> perEndpoint = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final ResponseClassifier classifier;

    public SoapClient(Executor executor, ScheduledExecutorService timer, Clock clock, OutboundSettings settings, CallLog log) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.global = new Permits(settings.maxConcurrency());
        this.classifier = new ResponseClassifier(settings.maxResponseBytes());
        this.http = HttpClient.newBuilder()
                .executor(executor)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public OutboundSettings settings() {
        return settings;
    }

    /** Sends the call; the future completes once, at its timeout at the latest, never exceptionally. */
    public CompletableFuture<CallResult> call(SoapCall call) {
        Permits endpoint = perEndpoint.compute(call.url(),
                (u, p) -> p == null || p.limit() != call.maxConcurrency() ? new Permits(call.maxConcurrency()) : p);
        Flight f = new Flight(call, endpoint, global);
        CircuitBreaker breaker = breaker(call.url());
        if (!breaker.tryAcquire()) {
            finish(f, CallOutcome.SKIPPED, 0, "circuit open: endpoint failing", null);
            return f.result;
        }
        f.timer(timer.schedule(() -> finish(f, CallOutcome.TIMEOUT, 0, "no answer within "
                + call.timeout().toMillis() + " ms", null), call.timeout().toMillis(), TimeUnit.MILLISECONDS));
        CompletableFuture<Void> endpointPermit = endpoint.acquire();
        if (f.waitFor(endpointPermit)) {
            endpointPermit.thenRun(() -> {
                if (f.hold(endpoint)) {
                    CompletableFuture<Void> globalPermit = global.acquire();
                    if (f.waitFor(globalPermit)) {
                        globalPermit.thenRun(() -> {
                            if (f.hold(global)) {
                                executor.execute(() -> send(f));
                            }
                        });
                    }
                }
            });
        }
        return f.result;
    }

    /** The endpoint's circuit (created closed on first use). */
    public CircuitBreaker breaker(String url) {
        return breakers.computeIfAbsent(url, u -> new CircuitBreaker(settings.breakerThreshold(), settings.breakerOpenFor(), clock));
    }

    /** False while the endpoint's circuit is open. */
    public boolean healthy(String url) {
        CircuitBreaker b = breakers.get(url);
        return b == null || b.state() != CircuitBreaker.State.OPEN;
    }

    private void send(Flight f) {
        if (f.ended()) {
            return;
        }
        try {
            if (f.message == null) {
                f.message = f.call.message().get();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request to " + f.call.url() + " could not be built", e);
            finish(f, CallOutcome.ERROR, 0, "request could not be built: " + e.getMessage(), null);
            return;
        }
        long remaining = f.remainingMs();
        if (remaining <= 0) {
            return; // the timer ends it
        }
        f.attempts++;
        HttpRequest request = HttpRequest.newBuilder(URI.create(f.call.url()))
                .timeout(Duration.ofMillis(remaining))
                .header("Content-Type", f.message.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(f.message.body()))
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, new BoundedBody(settings.maxResponseBytes()));
        if (f.waitFor(exchange)) {
            // the JDK completes sendAsync on the common pool when given an executor (and, with a common pool
            // of parallelism 1, on a new thread per task): hop back to ours before parsing
            exchange.whenCompleteAsync((response, error) -> answered(f, response, error), executor);
        }
    }

    private void answered(Flight f, HttpResponse<byte[]> response, Throwable error) {
        if (f.ended()) {
            return; // late: dropped
        }
        if (error != null) {
            ResponseClassifier.Failure failure = classifier.failure(error);
            if (failure.retryable() && f.attempts < settings.retryAttempts()) {
                long backoff = settings.retryBackoff().toMillis() << (f.attempts - 1);
                if (backoff < f.remainingMs()) {
                    f.waitFor(timer.schedule(() -> executor.execute(() -> send(f)), backoff, TimeUnit.MILLISECONDS));
                    return;
                }
            }
            finish(f, failure.outcome(), 0, failure.message(), null);
            return;
        }
        ResponseClassifier.Answer a = classifier.answer(response);
        finish(f, a.outcome(), response.statusCode(), a.error(), a.message());
    }

    private void finish(Flight f, CallOutcome outcome, int status, String error, dev.crossway.interop.soap.MtomMessage message) {
        if (!f.end()) {
            return;
        }
        CallResult r = new CallResult(f.call.url(), f.call.transaction(), outcome, status, f.elapsedMs(), error, message,
                f.attempts);
        if (f.attempts > 0) {
            breaker(f.call.url()).onResult(r);
        } else {
            // never sent (not built, or still queued for a permit when the deadline came): that
            // says nothing about the endpoint, so it must not open its circuit
            breaker(f.call.url()).release();
        }
        if (outcome != CallOutcome.SKIPPED) {
            try {
                log.record(r, f.call.organizationId(), clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "call log failed", e);
            }
        }
        f.result.complete(r);
    }
}
