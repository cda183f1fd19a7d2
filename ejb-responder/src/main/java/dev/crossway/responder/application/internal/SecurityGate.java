package dev.crossway.responder.application.internal;

import dev.crossway.interop.saml.SamlAttributes;
import dev.crossway.interop.saml.SecurityRejection;
import dev.crossway.interop.saml.TrustAnchors;
import dev.crossway.interop.saml.VerifiedAssertion;
import dev.crossway.interop.saml.WsSecurityVerifier;
import dev.crossway.interop.soap.SoapFault;
import dev.crossway.responder.domain.audit.Initiator;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * WS-Security of incoming requests: the interop verifier against the current trust anchors, with
 * the audience being the URL the request was posted to, or the same path under the configured
 * public URL (a gateway behind a proxy), or, when configured lenient, any scheme and host with
 * the same path. A rejection becomes a Sender fault with a {@code wsse} subcode and the rule name.
 */
final class SecurityGate {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final QName INVALID_SECURITY = new QName(WSSE, "InvalidSecurity");
    static final QName FAILED_AUTHENTICATION = new QName(WSSE, "FailedAuthentication");

    private final Supplier<TrustAnchors> anchors;
    private final ResponderSettings settings;
    private final Clock clock;

    SecurityGate(Supplier<TrustAnchors> anchors, ResponderSettings settings, Clock clock) {
        this.anchors = anchors;
        this.settings = settings;
        this.clock = clock;
    }

    VerifiedAssertion verify(Document envelope, String endpointUrl) {
        String audience = audience(envelope, endpointUrl);
        return WsSecurityVerifier.verify(envelope, anchors.get(), audience, clock, ResponderSettings.CLOCK_SKEW);
    }

    static SoapFault fault(SecurityRejection r) {
        QName sub = switch (r.rule()) {
            case BAD_SIGNATURE, UNTRUSTED_SIGNER -> FAILED_AUTHENTICATION;
            default -> INVALID_SECURITY;
        };
        return new SoapFault(SoapFault.Code.SENDER, List.of(sub), "WS-Security rejected (" + r.rule() + "): " + r.getMessage(),
                Optional.empty());
    }

    /** What a refused request's assertion claimed, for the audit trail only. */
    static Initiator claimed(Document envelope) {
        try {
            NodeList found = envelope.getElementsByTagNameNS(SAML2, "Assertion");
            if (found.getLength() == 0) {
                return Initiator.UNKNOWN;
            }
            SamlAttributes a = SamlAttributes.readAvailable((Element) found.item(0));
            return new Initiator(a.subjectId(), a.organization(),
                    a.homeCommunityId() == null ? null : a.homeCommunityId().oid().value(),
                    a.purposeOfUse() == null ? null : a.purposeOfUse().code());
        } catch (RuntimeException e) {
            return Initiator.UNKNOWN;
        }
    }

    /** The accepted audience the assertion names, else the endpoint URL (and the verifier says why not). */
    String audience(Document envelope, String endpointUrl) {
        List<String> accepted = accepted(endpointUrl);
        for (String named : named(envelope)) {
            String n = strip(named);
            if (accepted.contains(n) || (settings.lenientAudience() && samePath(n, endpointUrl))) {
                return named;
            }
        }
        return endpointUrl;
    }

    private List<String> accepted(String endpointUrl) {
        List<String> accepted = new ArrayList<>();
        accepted.add(strip(endpointUrl));
        settings.publicUrl().ifPresent(base -> accepted.add(strip(strip(base) + path(endpointUrl))));
        return accepted;
    }

    private static List<String> named(Document envelope) {
        List<String> names = new ArrayList<>();
        NodeList audiences = envelope.getElementsByTagNameNS(SAML2, "Audience");
        for (int i = 0; i < audiences.getLength(); i++) {
            names.add(audiences.item(i).getTextContent().trim());
        }
        return names;
    }

    private static boolean samePath(String a, String b) {
        String pa = path(a);
        return !pa.isEmpty() && pa.equals(path(b));
    }

    private static String path(String url) {
        try {
            String p = URI.create(url.trim()).getPath();
            return p == null ? "" : strip(p);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String strip(String url) {
        String u = url == null ? "" : url.trim();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
