package dev.crossway.responder.infrastructure.downstream;

import dev.crossway.interop.http.SoapExchange;
import dev.crossway.interop.http.SoapRequest;
import dev.crossway.interop.http.SoapTransport;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.soap.MtomMessage;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * Forwards a request to a gateway-mode community's own endpoint and reads its answer, through
 * {@code interop}'s {@link SoapTransport} (the initiator's too): the address policy, mutual TLS,
 * no redirects, a per-call timeout bounding the whole exchange, answers read up to a size bound
 * and parsed by the hardened {@code MtomReader} (plain SOAP or MTOM).
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
    private final SoapTransport transport;

    public DownstreamClient(DownstreamSettings settings, Supplier<SigningCredential> credential, Clock clock,
                            SoapTransport transport) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credential = Objects.requireNonNull(credential, "credential");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** The node's client (one transport, one credential), configured from the environment at first use. */
    public static DownstreamClient node() {
        DownstreamClient c = node;
        if (c == null) {
            synchronized (DownstreamClient.class) {
                if (node == null) {
                    DownstreamSettings settings = DownstreamSettings.fromEnvironment();
                    node = new DownstreamClient(settings, GatewaySigningKey::node, Clock.systemUTC(),
                            SoapTransport.fromEnvironment(null, settings.connectTimeout(), settings.maxResponseBytes()));
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
        SoapRequest request = SoapRequest.signed(envelope, action, credential.get(), assertion(onBehalfOf, url), clock, mtom);
        return read(url, exchange(transport.send(url, request, timeout), timeout), timeout);
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

    private static SoapExchange exchange(CompletableFuture<SoapExchange> future, Duration timeout) {
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
            throw new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0, "the downstream call failed");
        }
    }

    private static DownstreamException timeout(Duration timeout) {
        return new DownstreamException(DownstreamException.Kind.TIMEOUT, 0, "the downstream gateway did not answer within "
                + timeout.toMillis() + " ms");
    }

    /** The answer, or the failure as the initiator may read it (never the downstream URL: an internal address). */
    private MtomMessage read(String url, SoapExchange exchange, Duration timeout) {
        if (exchange instanceof SoapExchange.Answered a) {
            return a.message();
        }
        if (exchange instanceof SoapExchange.Faulted f) {
            if (f.status() == 503) {
                throw new DownstreamException(DownstreamException.Kind.BUSY, 503, "the downstream gateway is busy (HTTP 503)");
            }
            throw new DownstreamException(DownstreamException.Kind.FAULT, f.status(),
                    "the downstream gateway answered with a SOAP fault: " + f.reason());
        }
        SoapExchange.Failed failed = (SoapExchange.Failed) exchange;
        LOG.log(Level.FINE, "downstream call to {0} failed: {1}", new Object[]{url, failed.message()});
        int status = failed.status();
        throw switch (failed.failure()) {
            case TOO_LARGE -> new DownstreamException(DownstreamException.Kind.TOO_LARGE, 0, failed.message());
            case CONNECT_TIMEOUT -> new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0,
                    "the downstream gateway could not be connected to within " + settings.connectTimeout().toSeconds() + " s");
            case TIMEOUT, CANCELLED -> timeout(timeout);
            case CONNECTION_REFUSED -> new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0,
                    "the downstream gateway refused the connection");
            case ADDRESS_NOT_ALLOWED -> new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0,
                    "the downstream gateway's address is not allowed");
            case TLS -> new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0,
                    "the TLS handshake with the downstream gateway failed");
            case BUSY -> new DownstreamException(DownstreamException.Kind.BUSY, status, "the downstream gateway is busy (HTTP 503)");
            case HTTP_ERROR -> new DownstreamException(DownstreamException.Kind.HTTP_ERROR, status,
                    "the downstream gateway answered HTTP " + status);
            case MALFORMED -> new DownstreamException(DownstreamException.Kind.MALFORMED, status,
                    "the downstream answer is not a readable SOAP 1.2 message");
            case UNRESOLVED, NETWORK, OTHER -> new DownstreamException(DownstreamException.Kind.UNREACHABLE, 0,
                    "network error talking to the downstream gateway");
        };
    }
}
