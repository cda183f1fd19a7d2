package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SamlFixtures.ANCHORS;
import static dev.crossway.interop.saml.SamlFixtures.AUDIENCE;
import static dev.crossway.interop.saml.SamlFixtures.CA;
import static dev.crossway.interop.saml.SamlFixtures.CLOCK;
import static dev.crossway.interop.saml.SamlFixtures.GATEWAY;
import static dev.crossway.interop.saml.SamlFixtures.NOW;
import static dev.crossway.interop.saml.SamlFixtures.SKEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RoundTripTest {

    @Test
    void signedEnvelopeVerifiesAndEveryAttributeReadsBack() {
        Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec());

        VerifiedAssertion verified = SamlFixtures.verifyAt(wire, NOW.plusSeconds(30));

        assertThat(verified.subjectId()).isEqualTo("Dr. Alice Example");
        assertThat(verified.organization()).isEqualTo("Example Health");
        assertThat(verified.organizationId()).isEqualTo("urn:oid:2.16.840.1.113883.3.9999.1");
        assertThat(verified.homeCommunityId().urn()).isEqualTo("urn:oid:2.16.840.1.113883.3.9999");
        assertThat(verified.attributes().homeCommunityIdAttributeName()).isEqualTo("urn:nhin:names:saml:homeCommunityId");
        assertThat(verified.role()).isEqualTo(new CodedValue("112247003", CodedValue.SNOMED_CT, "Medical doctor"));
        assertThat(verified.purposeOfUse()).isEqualTo(new CodedValue("TREATMENT", CodedValue.NHIN_PURPOSE, "Treatment"));
        assertThat(verified.npi()).isEqualTo("1234567893");
        assertThat(verified.attributes().queryAuthGrantor()).isEqualTo("Organization/urn:oid:2.16.840.1.113883.3.9999.2");
        assertThat(verified.issuer()).isEqualTo(GATEWAY.certificate().getSubjectX500Principal().getName());
        assertThat(verified.notBefore()).isEqualTo(NOW);
        assertThat(verified.notOnOrAfter()).isEqualTo(NOW.plus(AssertionSpec.DEFAULT_VALIDITY));
        assertThat(verified.audiences()).containsExactly(AUDIENCE);
        assertThat(verified.signer()).isEqualTo(GATEWAY.certificate());
        assertThat(verified.algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA256);
    }

    @Test
    void headerHasTheShapePartnersExpect() {
        Document envelope = SamlFixtures.envelope();
        Element assertion = WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec(), CLOCK);
        String xml = SamlFixtures.serialize(envelope);

        Element security = (Element) assertion.getParentNode();
        assertThat(security.getAttributeNS(SamlNames.SOAP12, "mustUnderstand")).isEqualTo("true");
        assertThat(Dom.childElements(security)).extracting(Element::getLocalName)
                .containsExactly("Timestamp", "Assertion", "Signature");
        assertThat(Dom.childElements(assertion)).extracting(Element::getLocalName)
                .containsExactly("Issuer", "Signature", "Subject", "Conditions", "AuthnStatement", "AttributeStatement");
        assertThat(xml).contains("urn:oasis:names:tc:SAML:2.0:cm:holder-of-key", "<ds:X509Certificate>",
                "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/10/xml-exc-c14n#",
                "codeSystem=\"2.16.840.1.113883.6.96\"", "codeSystem=\"2.16.840.1.113883.3.18.7.1\"",
                "oasis-wss-saml-token-profile-1.1#SAMLID");
    }

    @Test
    void rsaSha1IsAcceptedWhenTheSignersTrustAnchorAllowsIt() {
        AssertionSpec sha1 = SamlFixtures.spec().toBuilder().algorithm(SignatureAlgorithm.RSA_SHA1).build();
        Document wire = SamlFixtures.securedOnTheWire(sha1);
        TrustAnchors allowing = TrustAnchors.of(Anchor.ca(CA.certificate()).allowingSha1());

        assertThat(SamlFixtures.serialize(wire)).contains("http://www.w3.org/2000/09/xmldsig#rsa-sha1",
                "http://www.w3.org/2000/09/xmldsig#sha1").doesNotContain("rsa-sha256");
        assertThat(WsSecurityVerifier.verify(wire, allowing, AUDIENCE, CLOCK, SKEW).algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA1);
    }

    @Test
    void rsaSha1IsRefusedWhenTheSignersTrustAnchorDoesNotAllowIt() {
        AssertionSpec sha1 = SamlFixtures.spec().toBuilder().algorithm(SignatureAlgorithm.RSA_SHA1).build();
        Document wire = SamlFixtures.securedOnTheWire(sha1);

        RejectionTest.assertRejected(() -> SamlFixtures.verifyAt(wire, NOW), SecurityRejection.Rule.WEAK_ALGORITHM)
                .hasMessageContaining("SHA-1").hasMessageContaining("CN=Crossway Test CA");
    }

    @Test
    void standaloneAssertionVerifiesWithoutAnEnvelope() {
        Document doc = SamlFixtures.parse(SamlFixtures.serialize(WsSecurity.signedAssertion(GATEWAY, SamlFixtures.spec(), CLOCK)));

        VerifiedAssertion verified = AssertionVerifier.verify(doc.getDocumentElement(), ANCHORS, AUDIENCE, CLOCK, SKEW);

        assertThat(verified.subjectId()).isEqualTo("Dr. Alice Example");
    }

    @Test
    void credentialAndAnchorsLoadFromPem() {
        SigningCredential loaded = SigningCredential.fromPem(GATEWAY.privateKeyPem(), GATEWAY.certificatesPem());
        TrustAnchors anchors = TrustAnchors.fromPem(CA.certificatesPem() + SamlFixtures.ROGUE.certificatesPem());

        assertThat(loaded.certificate()).isEqualTo(GATEWAY.certificate());
        assertThat(loaded.chain()).containsExactly(CA.certificate());
        assertThat(anchors.certificates()).containsExactly(CA.certificate(), SamlFixtures.ROGUE.certificate());
        Document envelope = SamlFixtures.envelope();
        WsSecurity.secure(envelope, loaded, SamlFixtures.spec(), CLOCK);
        assertThat(WsSecurityVerifier.verify(SamlFixtures.parse(SamlFixtures.serialize(envelope)), anchors, AUDIENCE, CLOCK, SKEW)
                .signer()).isEqualTo(GATEWAY.certificate());
    }

    @Test
    void credentialLoadsFromPkcs12() throws Exception {
        char[] password = "changeit".toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("gateway", GATEWAY.privateKey(), password,
                new Certificate[] {GATEWAY.certificate(), CA.certificate()});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);

        SigningCredential loaded = SigningCredential.fromPkcs12(out.toByteArray(), password, null);

        assertThat(loaded.certificate()).isEqualTo(GATEWAY.certificate());
        assertThat(loaded.chain()).containsExactly(CA.certificate());
        assertThat(loaded.privateKey().getEncoded()).isEqualTo(GATEWAY.privateKey().getEncoded());
    }

    @Test
    void devCredentialsChainToTheirCa() {
        assertThat(GATEWAY.certificate().getIssuerX500Principal()).isEqualTo(CA.certificate().getSubjectX500Principal());
        assertThat(CA.certificate().getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(GATEWAY.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(GATEWAY.certificate().getNotAfter().toInstant())
                .isEqualTo(NOW.minus(Duration.ofDays(1)).plus(Duration.ofDays(90)));
    }
}
