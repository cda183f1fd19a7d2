package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SecurityRejection.Rule.TIMESTAMP;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The {@code wsu:Timestamp} of a Security header: present once, signed by the key the assertion
 * confirms (holder-of-key: the sender proves it holds that key by signing this message), created
 * no later than now plus skew, not yet expired, and valid for no longer than the policy allows;
 * SHA-1 only when the assertion signer's trust anchor allows it. Returns what identifies this
 * signing (its id and signature value), the receiver's replay key.
 */
final class TimestampCheck {

    private TimestampCheck() {
    }

    static SignedTimestamp check(Element security, Element assertion, AssertionVerifier.Signed signed, Instant now,
                                 VerificationPolicy policy, IdCheck ids) {
        List<Element> timestamps = Dom.children(security, SamlNames.WSU, "Timestamp");
        if (timestamps.size() != 1) {
            throw new SecurityRejection(TIMESTAMP, timestamps.isEmpty()
                    ? "the Security header has no wsu:Timestamp" : "the Security header has more than one wsu:Timestamp");
        }
        Element timestamp = timestamps.get(0);
        String id = timestamp.getAttributeNS(SamlNames.WSU, "Id").trim();
        Element signature = Dom.children(security, SamlNames.DS, "Signature").stream()
                .filter(s -> references(s, id))
                .findFirst()
                .orElseThrow(() -> new SecurityRejection(TIMESTAMP, "the wsu:Timestamp is not signed"));
        SignatureCheck check = new SignatureCheck(signature, timestamp, "timestamp", ids);
        check.checkStructure(SamlNames.WSU, "Id");
        SignerKey key = SignerKey.holderOfKey(assertion).orElse(signed.signer());
        check.verify(key.publicKey());
        check.checkSha1AllowedBy(signed.anchor());
        Instant created = time(timestamp, "Created");
        Instant expires = time(timestamp, "Expires");
        checkTimes(created, expires, now, policy);
        String value = Dom.child(signature, SamlNames.DS, "SignatureValue").map(Dom::text).orElse("");
        return new SignedTimestamp(id, withoutWhitespace(value), created, expires);
    }

    private static void checkTimes(Instant created, Instant expires, Instant now, VerificationPolicy policy) {
        Duration skew = policy.skew();
        if (created.isAfter(now.plus(skew))) {
            throw new SecurityRejection(TIMESTAMP, "the timestamp was created in the future, at " + created + ", it is now " + now);
        }
        if (!expires.isAfter(now.minus(skew))) {
            throw new SecurityRejection(TIMESTAMP, "the timestamp expired at " + expires + ", it is now " + now);
        }
        Duration lifetime = Duration.between(created, expires);
        if (lifetime.compareTo(policy.maxTimestampLifetime()) > 0) {
            throw new SecurityRejection(TIMESTAMP, "the timestamp is valid for " + lifetime + ", longer than the "
                    + policy.maxTimestampLifetime() + " accepted here");
        }
    }

    /**
     * Base64 ignores whitespace, so a replayed header with spaces added to its SignatureValue still
     * verifies: the replay key must not see them.
     */
    private static String withoutWhitespace(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean references(Element signature, String id) {
        return !id.isEmpty() && Dom.child(signature, SamlNames.DS, "SignedInfo").stream()
                .flatMap(si -> Dom.children(si, SamlNames.DS, "Reference").stream())
                .anyMatch(r -> r.getAttributeNS(null, "URI").equals("#" + id));
    }

    private static Instant time(Element timestamp, String name) {
        Element e = Dom.child(timestamp, SamlNames.WSU, name)
                .orElseThrow(() -> new SecurityRejection(TIMESTAMP, "the timestamp has no wsu:" + name));
        try {
            return XmlTime.parse(Dom.text(e));
        } catch (IllegalArgumentException ex) {
            throw new SecurityRejection(TIMESTAMP, "wsu:" + name + " is malformed: " + ex.getMessage());
        }
    }
}
