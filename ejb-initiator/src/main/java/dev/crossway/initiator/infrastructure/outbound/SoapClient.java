package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.interop.http.SoapExchange;
import dev.crossway.interop.http.SoapRequest;
import dev.crossway.interop.http.SoapTransport;
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
 * Makes the initiator's SOAP calls without a thread per call: permits as futures, timers on the
 * given scheduler, retries of network errors with backoff, a circuit per endpoint, every call
 * logged. The exchange itself (address policy, mutual TLS, bounded answer, classification) is
 * {@code interop}'s {@link SoapTransport}, the same the gateway mode forwards with. Each call
 * completes exactly once, by its timeout at the latest, with a {@link CallResult}; it never
 * completes exceptionally.
 */
public final class SoapClient {

    private static final Logger LOG = Logger.getLogger(SoapClient.class.getName());

    private final SoapTransport transport;
    private final Executor executor;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final OutboundSettings settings;
    private final CallLog log;
    private final Permits global;
    private final Map<String, Permits> perEndpoint = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    /** {@code transport} must run its work on {@code executor} (answers are read there). */
    public SoapClient(SoapTransport transport, Executor executor, ScheduledExecutorService timer, Clock clock,
                      OutboundSettings settings, CallLog log) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.log = Objects.requireNonNull(log, "log");
        this.global = new Permits(settings.maxConcurrency());
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
        CompletableFuture<SoapExchange> exchange = transport.send(f.call.url(),
                f.message, Duration.ofMillis(remaining));
        if (f.waitFor(exchange)) {
            exchange.thenAccept(answer -> answered(f, answer));
        }
    }

    private void answered(Flight f, SoapExchange answer) {
        if (f.ended()) {
            return; // late: dropped
        }
        if (answer instanceof SoapExchange.Answered a) {
            finish(f, CallOutcome.OK, a.status(), null, a.message());
        } else if (answer instanceof SoapExchange.Faulted fault) {
            finish(f, CallOutcome.FAULT, fault.status(), "SOAP fault: " + fault.reason(), null);
        } else {
            failed(f, (SoapExchange.Failed) answer);
        }
    }

    private void failed(Flight f, SoapExchange.Failed failed) {
        if (failed.failure() == SoapExchange.Failure.ADDRESS_NOT_ALLOWED) {
            f.attempts = 0; // refused before any connection: says nothing about the endpoint's health, never retried
        } else if (failed.retryable() && f.attempts < settings.retryAttempts()) {
            long backoff = settings.retryBackoff().toMillis() << (f.attempts - 1);
            if (backoff < f.remainingMs()) {
                f.waitFor(timer.schedule(() -> executor.execute(() -> send(f)), backoff, TimeUnit.MILLISECONDS));
                return;
            }
        }
        CallOutcome outcome = switch (failed.failure()) {
            case TIMEOUT, CANCELLED -> CallOutcome.TIMEOUT;
            default -> CallOutcome.ERROR;
        };
        finish(f, outcome, failed.status(), failed.message(), null);
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
