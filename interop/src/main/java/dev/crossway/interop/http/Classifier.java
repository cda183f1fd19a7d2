package dev.crossway.interop.http;

import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.SoapFault;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/**
 * Says what an HTTP answer or failure means: a SOAP fault (with its reason), a readable SOAP or
 * MTOM answer, an HTTP error, a malformed answer, a TLS failure, a network error (the only
 * retryable kind), an oversized answer or a timeout.
 */
final class Classifier {

    private Classifier() {
    }

    static SoapExchange answer(HttpResponse<byte[]> response, int maxBytes) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("application/soap+xml");
        MtomMessage message;
        try {
            message = MtomReader.read(contentType, response.body(), maxBytes);
        } catch (RuntimeException e) {
            return status >= 300 ? httpError(status) : new SoapExchange.Failed(SoapExchange.Failure.MALFORMED, status,
                    "malformed response: " + e.getMessage());
        }
        try {
            Optional<SoapFault> fault = message.envelope().fault();
            if (fault.isPresent()) {
                return new SoapExchange.Faulted(status, fault.get().reason());
            }
        } catch (RuntimeException e) {
            return new SoapExchange.Failed(SoapExchange.Failure.MALFORMED, status, "malformed response: unreadable SOAP fault");
        }
        return status >= 300 ? httpError(status) : new SoapExchange.Answered(status, message);
    }

    private static SoapExchange.Failed httpError(int status) {
        return new SoapExchange.Failed(status == 503 ? SoapExchange.Failure.BUSY : SoapExchange.Failure.HTTP_ERROR, status,
                "HTTP " + status);
    }

    static SoapExchange.Failed failure(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof BoundedBody.TooLargeException) {
            return new SoapExchange.Failed(SoapExchange.Failure.TOO_LARGE, 0, t.getMessage());
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new SoapExchange.Failed(SoapExchange.Failure.CONNECT_TIMEOUT, 0, "network error: connect timed out");
        }
        if (t instanceof HttpTimeoutException) {
            return new SoapExchange.Failed(SoapExchange.Failure.TIMEOUT, 0, "no answer in time");
        }
        if (t instanceof CancellationException) {
            return new SoapExchange.Failed(SoapExchange.Failure.CANCELLED, 0, "cancelled");
        }
        SSLException tlsError = tls(t);
        if (tlsError != null) {
            return new SoapExchange.Failed(SoapExchange.Failure.TLS, 0, "TLS handshake failed: "
                    + (tlsError.getMessage() == null ? tlsError.getClass().getSimpleName() : tlsError.getMessage()));
        }
        if (t instanceof ConnectException) {
            return new SoapExchange.Failed(SoapExchange.Failure.CONNECTION_REFUSED, 0, "network error: connection refused");
        }
        if (t instanceof IOException) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return new SoapExchange.Failed(SoapExchange.Failure.NETWORK, 0, "network error: " + m);
        }
        return new SoapExchange.Failed(SoapExchange.Failure.OTHER, 0, "error: " + t);
    }

    /** The TLS failure in the cause chain (the JDK client wraps it in plain IOExceptions), if any. */
    private static SSLException tls(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SSLException s) {
                return s;
            }
        }
        return null;
    }
}
