package dev.crossway.initiator.infrastructure.outbound;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One call to make.
 *
 * @param message        builds (and signs) the request; run once, on the executor, when the call
 *                       has its permits; retries resend the same bytes
 * @param timeout        from the moment the call is asked for, queueing for permits included
 * @param maxConcurrency calls in flight to this URL at once
 */
public record SoapCall(String url, Transaction transaction, String organizationId, Supplier<dev.crossway.interop.http.SoapRequest> message,
                       Duration timeout, int maxConcurrency) {

    public SoapCall {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(timeout, "timeout");
        maxConcurrency = Math.max(1, maxConcurrency);
    }
}
