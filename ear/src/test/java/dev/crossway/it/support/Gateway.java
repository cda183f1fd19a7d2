package dev.crossway.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.id.HomeCommunityId;
import dev.crossway.interop.saml.AssertionSpec;
import dev.crossway.interop.saml.CodedValue;
import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.WsSecurity;
import dev.crossway.interop.soap.SoapEnvelope;
import dev.crossway.interop.soap.WsAddressing;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.w3c.dom.Element;

/**
 * A test initiating gateway: builds SOAP 1.2 requests signed with a holder-of-key assertion, as
 * a Carequality partner would, and posts them to the responder over real HTTP.
 */
public final class Gateway {

    public static final String XCPD = "/gateway/xcpd";
    public static final String XCA_QUERY = "/gateway/xca/query";
    public static final String XCA_RETRIEVE = "/gateway/xca/retrieve";
    public static final HomeCommunityId INITIATOR = HomeCommunityId.of("2.16.840.1.113883.3.9999.42");
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static SigningCredential trusted;

    /** The response: status, content type, body, and its Retry-After header if any. */
    public record Reply(int status, String contentType, byte[] body, java.util.Optional<String> retryAfter) {
        public Reply(int status, String contentType, byte[] body) {
            this(status, contentType, body, java.util.Optional.empty());
        }

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Gateway() {
    }

    /** A credential whose certificate the responder trusts (uploaded once as a trust anchor). */
    public static synchronized SigningCredential trusted() {
        if (trusted == null) {
            trusted = DevCredentials.selfSigned("CN=crossway-it-initiator,O=Crossway Tests", Instant.now().minusSeconds(3600),
                    Duration.ofDays(2));
            Api.Reply r = Api.post("admin/trust-anchors?label=it-initiator", Tokens.admin(), trusted.certificatesPem(),
                    "text/plain");
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return trusted;
    }

    public static URI url(String path) {
        return Servers.gateway().resolve(path);
    }

    public static AssertionSpec.Builder assertion(String path) {
        return AssertionSpec.builder()
                .subjectId("Dr. Test Initiator")
                .organization("Crossway Test Hospital")
                .organizationId("urn:oid:" + INITIATOR.oid().value())
                .homeCommunityId(INITIATOR)
                .role(CodedValue.role("112247003", "Medical doctor"))
                .purposeOfUse(CodedValue.treatment())
                .npi("1234567893")
                .audience(url(path).toString());
    }

    /** Wraps {@code payload} in a SOAP 1.2 envelope with WS-Addressing, signs it with {@code spec}. */
    public static byte[] signed(String path, String action, Element payload, SigningCredential credential,
                                AssertionSpec spec, Clock clock) {
        SoapEnvelope envelope = SoapEnvelope.create(WsAddressing.request(action, url(path).toString()), payload);
        WsSecurity.secure(envelope.document(), credential, spec, clock);
        return envelope.toBytes();
    }

    public static byte[] signed(String path, String action, Element payload) {
        return signed(path, action, payload, trusted(), assertion(path).build(), Clock.systemUTC());
    }

    public static Reply post(String path, byte[] body) {
        return post(path, body, "application/soap+xml; charset=UTF-8");
    }

    public static Reply post(String path, byte[] body, String contentType) {
        return post(path, body, contentType, java.util.Map.of());
    }

    /** With {@code headers} besides the content type (an Authorization header a gateway must ignore, say). */
    public static Reply post(String path, byte[] body, String contentType, java.util.Map<String, String> headers) {
        // longer than the gateway's own deadline (60 s), so that the Receiver fault it then sends is seen
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(90))
                .header("Content-Type", contentType);
        headers.forEach(builder::header);
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Retry-After"));
        } catch (IOException e) {
            throw new IllegalStateException("gateway request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
