package dev.crossway.initiator.infrastructure.outbound;

import dev.crossway.interop.http.BoundedBody;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.SoapFault;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * Says what an HTTP answer or failure means: a SOAP fault (with its reason), a readable SOAP or
 * MTOM answer, an HTTP error, a malformed answer, a network error (the only retryable kind), an
 * oversized answer or a timeout.
 */
final class ResponseClassifier {

    record Answer(CallOutcome outcome, String error, MtomMessage message) {
    }

    record Failure(CallOutcome outcome, String message, boolean retryable) {
    }

    private final int maxBytes;

    ResponseClassifier(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    Answer answer(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("application/soap+xml");
        MtomMessage message;
        try {
            message = MtomReader.read(contentType, response.body(), maxBytes);
        } catch (RuntimeException e) {
            return status >= 300
                    ? new Answer(CallOutcome.ERROR, "HTTP " + status, null)
                    : new Answer(CallOutcome.ERROR, "malformed response: " + e.getMessage(), null);
        }
        try {
            Optional<SoapFault> fault = message.envelope().fault();
            if (fault.isPresent()) {
                return new Answer(CallOutcome.FAULT, "SOAP fault: " + fault.get().reason(), null);
            }
        } catch (RuntimeException e) {
            return new Answer(CallOutcome.ERROR, "malformed response: unreadable SOAP fault", null);
        }
        if (status >= 300) {
            return new Answer(CallOutcome.ERROR, "HTTP " + status, null);
        }
        return new Answer(CallOutcome.OK, null, message);
    }

    Failure failure(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BoundedBody.TooLargeException) {
            return new Failure(CallOutcome.ERROR, t.getMessage(), false);
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new Failure(CallOutcome.ERROR, "network error: connect timed out", false);
        }
        if (t instanceof HttpTimeoutException) {
            return new Failure(CallOutcome.TIMEOUT, "no answer in time", false);
        }
        if (t instanceof CancellationException) {
            return new Failure(CallOutcome.TIMEOUT, "cancelled", false);
        }
        if (t instanceof ConnectException) {
            return new Failure(CallOutcome.ERROR, "network error: connection refused", true);
        }
        if (t instanceof IOException || t instanceof ClosedChannelException) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return new Failure(CallOutcome.ERROR, "network error: " + m, true);
        }
        return new Failure(CallOutcome.ERROR, "error: " + t, false);
    }
}
