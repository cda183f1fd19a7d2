package dev.crossway.responder.infrastructure.downstream;

import dev.crossway.interop.http.BoundedBody;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.MtomReader;
import dev.crossway.interop.soap.MtomWriter;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.interop.soap.WsAddressing;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * Forwards a request to a gateway-mode community's own endpoint and reads its answer: SOAP 1.2 over
 * HTTP/1.1 on one shared {@link HttpClient} (connect timeout 10 s, no redirects), a per-call timeout
 * bounding the whole exchange, answers read up to a size bound and parsed by {@code interop}'s
 * hardened {@link MtomReader} (plain SOAP or MTOM).
 *
 * <p>Each forwarded request gets fresh WS-Addressing headers (a new MessageID, To = the downstream
 * URL) and a new {@code wsse:Security} header: a holder-of-key assertion signed with this gateway's
 * credential, whose audience is the downstream URL. Acting as a gateway responder <em>for the
 * initiator</em>, the assertion passes the initiator's verified claims through unchanged: subject
 * id, organization, organization id, role, purpose of use, NPI and the initiator's home community
 * id. The facility therefore sees who really asks and why, and trusts this gateway's signature on
 * that statement. The initiator's own assertion is never copied: it names this gateway as audience
 * and its key is not ours.
 */
public final class DownstreamClient {

    private static final Logger LOG = Logger.getLogger(DownstreamClient.class.getName());
    private static volatile DownstreamClient node;

    private final DownstreamSettings settings;
    private final Supplier<SigningCredential> credential;
    private final Clock clock;
    private final HttpClient http;

    public DownstreamClient(DownstreamSettings settings, Supplier<SigningCredential> credential, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The node's client (one HTTP client, one credential), configured from the environment at first use. */
    public static DownstreamClient node() {
        DownstreamClient c = node;
        if (c == null) {
            synchronized (DownstreamClient.class) {
                if (node == null) {
                    node = new DownstreamClient(DownstreamSettings.fromEnvironment(), GatewaySigningKey::node, Clock.systemUTC());
                }
                c = node;
            }
        }
        return c;
    }

    public DownstreamSettings settings() {
        return settings;
    }

    /**
     * Sends {@code payload} (copied, never moved out of its document) to {@code url} with this
     * {@code action}, as MTOM when {@code mtom}, on behalf of the initiator of {@code onBehalfOf};
     * returns the downstream's answer, never a SOAP fault.
     *
     * @throws DownstreamException when no usable answer came back within {@code timeout}
     */
    public MtomMessage call(String url, String action, Element payload, boolean mtom, VerifiedAssertion onBehalfOf,
                            Duration timeout) {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(action, url), payload);
        WsSecurity.secure(envelope.document(), credential.get(), assertion(onBehalfOf, url), clock);
        String contentType;
        byte[] body;
        if (mtom) {
            MtomWriter.Output out = MtomWriter.write(envelope, List.of());
            contentType = out.contentType() + "; action=\"" + action + "\"";
            body = out.body();
        } else {
            contentType = "application/soap+xml; charset=UTF-8; action=\"" + action + "\"";
            body = envelope.toBytes();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<byte[]> response = exchange(url, request, timeout);
        return read(response);
    }

    /** The assertion this gateway signs for a forwarded request: the initiator's verified claims, our signature. */
    static AssertionSpec assertion(VerifiedAssertion initiator, String audience) {
        return AssertionSpec.builder()
                .subjectId(initiator.subjectId())
                .organization(initiator.organization())
                .organizationId(initiator.organizationId())
                .homeCommunityId(initiator.homeCommunityId())
                .role(initiator.role())
                .purposeOfUse(initiator.purposeOfUse())
                .npi(initiator.npi())
                .audience(audience)
                .build();
    }

    private HttpResponse<byte[]> exchange(String url, HttpRequest request, Duration timeout) {
        CompletableFuture<HttpResponse<byte[]>> future = http.sendAsync(request, new BoundedBody(settings.maxResponseBytes()));
        try {
            // the request timeout covers the wait for the headers; this one the whole exchange, body included
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(timeout);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DownstreamException(DownstreamException.Kind.TIMEOUT, 0, "the call to the downstream gateway was interrupted");
        } catch (ExecutionException e) {
            throw failure(url, e.getCause() == null ? e : e.getCause(), timeout);
        }
    }

    private DownstreamException failure(String url, Throwable t, Duration timeout) {
        if (t instanceof BoundedBody.TooLargeException) {
            return new DownstreamException(DownstreamException.Kind.TOO_LARGE, 0, t.getMessage());
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0, "the downstream gateway could not be "
                    + "connected to within " + settings.connectTimeout().toSeconds() + " s");
        }
        if (t instanceof HttpTimeoutException) {
            return timeout(timeout);
        }
        if (t instanceof ConnectException) {
            return new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0, "the downstream gateway refused the connection");
        }
        LOG.log(Level.FINE, "downstream call to " + url + " failed", t);
        String m = t instanceof IOException && t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        return new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0, "network error talking to the downstream gateway: "
                + m);
    }

    private static DownstreamException timeout(Duration timeout) {
        return new DownstreamException(DownstreamException.Kind.TIMEOUT, 0, "the downstream gateway did not answer within "
                + timeout.toMillis() + " ms");
    }

    private MtomMessage read(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status == 503) {
            throw new DownstreamException(DownstreamException.Kind.BUSY, status, "the downstream gateway is busy (HTTP 503)");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("application/soap+xml");
        MtomMessage message;
        try {
            message = MtomReader.read(contentType, response.body(), settings.maxResponseBytes());
        } catch (RuntimeException e) {
            throw status >= 300
                    ? new DownstreamException(DownstreamException.Kind.HTTP_ERROR, status, "the downstream gateway answered HTTP " + status)
                    : new DownstreamException(DownstreamException.Kind.MALFORMED, status, "the downstream answer is not a readable "
                    + "SOAP 1.2 message: " + e.getMessage());
        }
        Optional<SoapFault> fault;
        try {
            fault = message.envelope().fault();
        } catch (RuntimeException e) {
            throw new DownstreamException(DownstreamException.Kind.MALFORMED, status, "the downstream answer has an unreadable fault");
        }
        if (fault.isPresent()) {
            throw new DownstreamException(DownstreamException.Kind.FAULT, status, "the downstream gateway answered with a SOAP fault: "
                    + fault.get().reason());
        }
        if (status >= 300) {
            throw new DownstreamException(DownstreamException.Kind.HTTP_ERROR, status, "the downstream gateway answered HTTP " + status);
        }
        return message;
    }
}
