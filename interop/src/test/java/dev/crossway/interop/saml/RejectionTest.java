package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SamlFixtures.ANCHORS;
import static dev.crossway.interop.saml.SamlFixtures.AUDIENCE;
import static dev.crossway.interop.saml.SamlFixtures.CLOCK;
import static dev.crossway.interop.saml.SamlFixtures.GATEWAY;
import static dev.crossway.interop.saml.SamlFixtures.NOW;
import static dev.crossway.interop.saml.SamlFixtures.SKEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.saml.SecurityRejection.Rule;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One defect per test, each rejected with its own rule. */
class RejectionTest {

    private final Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec());

    @Test
    void envelopeWithoutSecurityHeader() {
        assertRejected(() -> SamlFixtures.verifyAt(SamlFixtures.envelope(), NOW), Rule.MISSING_SECURITY_HEADER);
    }

    @Test
    void securityHeaderWithoutAssertion() {
        Element assertion = Tamper.assertion(wire);
        assertion.getParentNode().removeChild(assertion);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.MISSING_ASSERTION);
    }

    @Test
    void unsignedAssertion() {
        Element signature = Dom.child(Tamper.assertion(wire), SamlNames.DS, "Signature").orElseThrow();
        signature.getParentNode().removeChild(signature);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.UNSIGNED);
    }

    @Test
    void expiredAssertion() {
        Document shortLived = SamlFixtures.securedOnTheWire(SamlFixtures.spec().toBuilder().validity(Duration.ofMinutes(1)).build());
        assertRejected(() -> SamlFixtures.verifyAt(shortLived, NOW.plus(Duration.ofMinutes(4))), Rule.EXPIRED)
                .hasMessageContaining("expired at " + NOW.plus(Duration.ofMinutes(1)));
    }

    @Test
    void expiryIsToleratedWithinTheClockSkew() {
        Document shortLived = SamlFixtures.securedOnTheWire(SamlFixtures.spec().toBuilder().validity(Duration.ofMinutes(1)).build());
        assertThat(SamlFixtures.verifyAt(shortLived, NOW.plus(Duration.ofMinutes(2))).subjectId()).isEqualTo("Dr. Alice Example");
    }

    @Test
    void notYetValidAssertion() {
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW.minus(Duration.ofMinutes(10))), Rule.NOT_YET_VALID);
    }

    @Test
    void wrongAudience() {
        assertRejected(() -> WsSecurityVerifier.verify(wire, ANCHORS, "https://other.example.org/gateway/xcpd", CLOCK, SKEW),
                Rule.WRONG_AUDIENCE).hasMessageContaining(AUDIENCE);
    }

    @Test
    void signerNotChainingToAnAnchor() {
        Document envelope = SamlFixtures.envelope();
        WsSecurity.secure(envelope, SamlFixtures.ROGUE, SamlFixtures.spec(), CLOCK);
        Document rogue = SamlFixtures.parse(SamlFixtures.serialize(envelope));
        assertRejected(() -> SamlFixtures.verifyAt(rogue, NOW), Rule.UNTRUSTED_SIGNER).hasMessageContaining("O=Mallory");
    }

    @Test
    void signedWithABareKeyValue() {
        Document envelope = SamlFixtures.envelope();
        Element assertion = WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec(), CLOCK);
        Tamper.resign(assertion, GATEWAY, true);
        Document bare = SamlFixtures.parse(SamlFixtures.serialize(envelope));
        assertThat(SamlFixtures.serialize(bare)).contains("RSAKeyValue");
        assertRejected(() -> SamlFixtures.verifyAt(bare, NOW), Rule.UNTRUSTED_SIGNER).hasMessageContaining("bare RSA key value");
    }

    @Test
    void signerTrustedWhenItIsItselfTheAnchor() {
        TrustAnchors pinned = TrustAnchors.of(GATEWAY.certificate());
        assertThat(WsSecurityVerifier.verify(wire, pinned, AUDIENCE, CLOCK, SKEW).signer()).isEqualTo(GATEWAY.certificate());
    }

    @Test
    void attributeAlteredAfterSigning() {
        Document altered = SamlFixtures.parse(SamlFixtures.serialize(wire).replace("Dr. Alice Example", "Dr. Mallory Example"));
        assertRejected(() -> SamlFixtures.verifyAt(altered, NOW), Rule.BAD_SIGNATURE).hasMessageContaining("altered after signing");
    }

    @Test
    void evilAssertionWithTheSameIdWhereTheReaderLooks() {
        Tamper.wrap(wire, true, true);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.SIGNATURE_WRAPPING).hasMessageContaining("more than one element");
    }

    @Test
    void evilAssertionWithItsOwnIdCarryingTheOriginalSignature() {
        Tamper.wrap(wire, false, true);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.SIGNATURE_WRAPPING).hasMessageContaining("not the assertion itself");
    }

    @Test
    void evilUnsignedAssertionWithTheSameId() {
        Tamper.wrap(wire, true, false);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.SIGNATURE_WRAPPING);
    }

    @Test
    void secondAssertionInTheHeader() {
        Element assertion = Tamper.assertion(wire);
        Element copy = (Element) assertion.cloneNode(true);
        copy.setAttributeNS(null, "ID", "_other");
        assertion.getParentNode().appendChild(copy);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.SIGNATURE_WRAPPING);
    }

    @Test
    void referenceToTheWholeDocument() {
        Tamper.reference(Tamper.assertion(wire)).setAttributeNS(null, "URI", "");
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.SIGNATURE_WRAPPING);
    }

    @Test
    void missingHomeCommunityId() {
        Document envelope = SamlFixtures.envelope();
        Element assertion = WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec(), CLOCK);
        Tamper.removeAttribute(assertion, SamlNames.HOME_COMMUNITY_ID);
        Tamper.resign(assertion, GATEWAY);
        Document resigned = SamlFixtures.parse(SamlFixtures.serialize(envelope));
        assertRejected(() -> SamlFixtures.verifyAt(resigned, NOW), Rule.MISSING_ATTRIBUTE)
                .hasMessageContaining("urn:nhin:names:saml:homeCommunityId")
                .hasMessageNotContaining("subject-id");
    }

    @Test
    void expiredTimestamp() {
        Document envelope = SamlFixtures.envelope();
        WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec().toBuilder().validity(Duration.ofMinutes(30)).build(),
                CLOCK, Duration.ofMinutes(5));
        Document longAssertion = SamlFixtures.parse(SamlFixtures.serialize(envelope));
        assertRejected(() -> SamlFixtures.verifyAt(longAssertion, NOW.plus(Duration.ofMinutes(10))), Rule.TIMESTAMP)
                .hasMessageContaining("timestamp expired");
    }

    @Test
    void missingTimestamp() {
        Element timestamp = Dom.child((Element) Tamper.assertion(wire).getParentNode(), SamlNames.WSU, "Timestamp").orElseThrow();
        timestamp.getParentNode().removeChild(timestamp);
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.TIMESTAMP);
    }

    @Test
    void timestampAlteredAfterSigning() {
        String later = "<wsu:Expires>" + XmlTime.format(NOW.plus(Duration.ofHours(5))) + "</wsu:Expires>";
        Document altered = SamlFixtures.parse(SamlFixtures.serialize(wire)
                .replaceFirst("<wsu:Expires>[^<]*</wsu:Expires>", later));
        assertRejected(() -> SamlFixtures.verifyAt(altered, NOW), Rule.BAD_SIGNATURE).hasMessageContaining("timestamp");
    }

    @Test
    void timestampSignedByAnotherKeyThanTheConfirmedOne() {
        Document envelope = SamlFixtures.envelope();
        Element assertion = WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec(), CLOCK);
        Element security = (Element) assertion.getParentNode();
        Element timestamp = Dom.child(security, SamlNames.WSU, "Timestamp").orElseThrow();
        security.removeChild(Dom.children(security, SamlNames.DS, "Signature").get(0));
        XmlSigner.sign(timestamp, timestamp.getAttributeNS(SamlNames.WSU, "Id"), security, null, SamlFixtures.ROGUE,
                SignatureAlgorithm.RSA_SHA256, s -> { });
        Document replayed = SamlFixtures.parse(SamlFixtures.serialize(envelope));
        assertRejected(() -> SamlFixtures.verifyAt(replayed, NOW), Rule.BAD_SIGNATURE).hasMessageContaining("timestamp");
    }

    @Test
    void weakSignatureMethod() {
        Element signedInfo = Dom.child(Dom.child(Tamper.assertion(wire), SamlNames.DS, "Signature").orElseThrow(),
                SamlNames.DS, "SignedInfo").orElseThrow();
        Dom.child(signedInfo, SamlNames.DS, "SignatureMethod").orElseThrow()
                .setAttributeNS(null, "Algorithm", "http://www.w3.org/2001/04/xmldsig-more#rsa-md5");
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.WEAK_ALGORITHM).hasMessageContaining("rsa-md5");
    }

    @Test
    void externalReference() {
        Tamper.reference(Tamper.assertion(wire)).setAttributeNS(null, "URI", "http://attacker.example/assertion.xml");
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.SIGNATURE_WRAPPING).hasMessageContaining("attacker.example");
    }

    @Test
    void xpathTransformIsRefused() {
        Element transforms = Dom.child(Tamper.reference(Tamper.assertion(wire)), SamlNames.DS, "Transforms").orElseThrow();
        Dom.childElements(transforms).get(0).setAttributeNS(null, "Algorithm", "http://www.w3.org/TR/1999/REC-xpath-19991116");
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.WEAK_ALGORITHM).hasMessageContaining("REC-xpath");
    }

    @Test
    void weakDigest() {
        Dom.child(Tamper.reference(Tamper.assertion(wire)), SamlNames.DS, "DigestMethod").orElseThrow()
                .setAttributeNS(null, "Algorithm", "http://www.w3.org/2001/04/xmldsig-more#md5");
        assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), Rule.WEAK_ALGORITHM);
    }

    @Test
    void untrustedWhenNoAnchorsAtAll() {
        assertRejected(() -> WsSecurityVerifier.verify(wire, TrustAnchors.of(java.util.List.of()), AUDIENCE, CLOCK, SKEW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("no trust anchors");
    }

    static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ThrowingCallable call, Rule rule) {
        return assertThatThrownBy(call)
                .isInstanceOf(SecurityRejection.class)
                .satisfies(e -> assertThat(((SecurityRejection) e).rule()).as(e.getMessage()).isEqualTo(rule))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\tat ", "Exception"));
    }
}
