package dev.crossway.interop.http;

import dev.crossway.interop.soap.MtomMessage;

/**
 * How one outbound SOAP exchange ended, as the caller must handle it: a readable answer, a SOAP
 * fault, or a failure whose kind says whether trying again could help.
 */
public sealed interface SoapExchange {

    /** A readable SOAP 1.2 (or MTOM) answer with a 2xx status; its payload may still say "error" in IHE terms. */
    record Answered(int status, MtomMessage message) implements SoapExchange {
    }

    /** The peer answered with a SOAP fault (any status). */
    record Faulted(int status, String reason) implements SoapExchange {
    }

    /** No usable answer; {@code status} is 0 when no HTTP answer arrived. */
    record Failed(Failure failure, int status, String message) implements SoapExchange {
        public boolean retryable() {
            return failure.retryable;
        }
    }

    /** Why no answer came. Only a connection refused or a broken connection is worth another attempt. */
    enum Failure {
        /** The address policy refused the URL before any connection. */
        ADDRESS_NOT_ALLOWED(false),
        /** The host name does not resolve. */
        UNRESOLVED(false),
        /** The TLS handshake failed: untrusted or mismatched certificate, no common protocol, our certificate refused. */
        TLS(false),
        CONNECT_TIMEOUT(false),
        CONNECTION_REFUSED(true),
        NETWORK(true),
        TIMEOUT(false),
        CANCELLED(false),
        TOO_LARGE(false),
        /** HTTP 503 without a SOAP fault. */
        BUSY(false),
        HTTP_ERROR(false),
        MALFORMED(false),
        /** Anything else that went wrong on our side of the exchange. */
        OTHER(false);

        private final boolean retryable;

        Failure(boolean retryable) {
            this.retryable = retryable;
        }
    }
}
