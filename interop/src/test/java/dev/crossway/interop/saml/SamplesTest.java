package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.RejectionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.saml.SecurityRejection.Rule;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Real assertions from CONNECT, Metriport and IPF, read in place from the shared samples. Their
 * signatures were made with keys we do not hold, so each test says precisely how far verification
 * gets and why it stops.
 */
class SamplesTest {

    private static final Duration SKEW = Duration.ofMinutes(2);

    @Test
    void connectCompleteAssertionReadsEveryAttributeButIsUnsigned() {
        Element assertion = SamlFixtures.sample("connect/nhin_saml_complete.xml").getDocumentElement();

        SamlAttributes a = SamlAttributes.read(assertion);

        assertThat(a.subjectId()).isEqualTo("Interop IT Testcase");
        assertThat(a.organization()).isEqualTo("2.16.840.1.113883.3.424");
        assertThat(a.organizationId()).isEqualTo("2.16.840.1.113883.3.424");
        assertThat(a.homeCommunityId().urn()).isEqualTo("urn:oid:2.16.840.1.113883.3.424");
        assertThat(a.homeCommunityIdAttributeName()).isEqualTo("urn:nhin:names:saml:homeCommunityId");
        assertThat(a.role()).isEqualTo(new CodedValue("46255001", CodedValue.SNOMED_CT, "Pharmacist"));
        // CONNECT spells the element hl7:PurposeForUse; the code is what counts.
        assertThat(a.purposeOfUse()).isEqualTo(new CodedValue("OPERATIONS", CodedValue.NHIN_PURPOSE, "Healthcare Operations"));
        assertThat(a.npi()).isNull();
        assertRejected(() -> AssertionVerifier.verify(assertion, SamlFixtures.ANCHORS, "x", SamlFixtures.CLOCK, SKEW), Rule.UNSIGNED);
    }

    @Test
    void connectMissingValuesIsRejectedNamingEachMissingAttribute() {
        Element assertion = SamlFixtures.sample("connect/nhin_saml_missing_values.xml").getDocumentElement();

        assertRejected(() -> SamlAttributes.read(assertion), Rule.MISSING_ATTRIBUTE)
                .hasMessageContaining("urn:oasis:names:tc:xspa:1.0:subject:subject-id")
                .hasMessageContaining("urn:oasis:names:tc:xspa:1.0:subject:organization")
                .hasMessageContaining("urn:nhin:names:saml:homeCommunityId")
                .hasMessageContaining("urn:oasis:names:tc:xspa:1.0:subject:purposeofuse");
        assertThat(SamlAttributes.readAvailable(assertion).role()).isNull();
        assertRejected(() -> AssertionVerifier.verify(assertion, SamlFixtures.ANCHORS, "x", SamlFixtures.CLOCK, SKEW), Rule.UNSIGNED);
    }

    @Test
    void connectSignedAuthFrameworkAssertion() {
        Element assertion = SamlFixtures.sample("connect/nhin_saml_signed_authframework.xml").getDocumentElement();

        SamlAttributes a = SamlAttributes.read(assertion);

        assertThat(a.subjectId()).isEqualTo("Karl S Skagerberg");
        assertThat(a.organization()).isEqualTo("InternalTest2");
        assertThat(a.organizationId()).isEqualTo("urn:oid:2.2");
        assertThat(a.homeCommunityId().urn()).isEqualTo("urn:oid:1.1");
        assertThat(a.role().code()).isEqualTo("307969004");
        assertThat(a.purposeOfUse().code()).isEqualTo("PUBLICHEALTHKIERAN");
        assertThat(a.npi()).isEqualTo("1234567890");
        // The published file was re-indented after signing, so its digest no longer matches; it is
        // also signed with a bare RSA key value, which could never be trusted anyway.
        Clock signedAt = Clock.fixed(Instant.parse("2013-09-05T17:45:43Z"), ZoneOffset.UTC);
        assertRejected(() -> AssertionVerifier.verify(assertion, SamlFixtures.ANCHORS, "x", signedAt, SKEW), Rule.BAD_SIGNATURE)
                .hasMessageContaining("altered after signing");
    }

    @Test
    void connectRetrieveRequestEnvelope() {
        Document envelope = SamlFixtures.sample("connect/iti39_request_with_nhin_saml.soap.xml");
        Element assertion = Tamper.assertion(envelope);

        SamlAttributes a = SamlAttributes.read(assertion);

        assertThat(a.subjectId()).isEqualTo("Karl S Skagerberg");
        assertThat(a.organization()).isEqualTo("InternalTest1");
        assertThat(a.homeCommunityId().urn()).isEqualTo("urn:oid:1.1");
        assertThat(a.role().code()).isEqualTo("307969004");
        assertThat(a.purposeOfUse()).isEqualTo(new CodedValue("PUBLICHEALTH", CodedValue.NHIN_PURPOSE,
                "Use or disclosure of Psychotherapy Notes"));
        Clock sentAt = Clock.fixed(Instant.parse("2012-12-12T01:37:00Z"), ZoneOffset.UTC);
        // Pretty-printed after signing, like the other CONNECT samples: the digest no longer matches.
        assertRejected(() -> WsSecurityVerifier.verify(envelope, SamlFixtures.ANCHORS, "x", sentAt, SKEW), Rule.BAD_SIGNATURE)
                .hasMessageContaining("altered after signing");
    }

    @Test
    void metriportDiscoveryRequestVerifiesWhenItsCertificateIsTrusted() {
        Document envelope = SamlFixtures.sample("metriport/iti55_request_with_saml.soap.xml");
        X509Certificate hokCertificate = SignerKey.holderOfKey(Tamper.assertion(envelope)).orElseThrow().certificate();
        String audience = "http://localhost:9091/Gateway/PatientDiscovery/1_0/NhinService/NhinPatientDiscovery";
        Clock sentAt = Clock.fixed(Instant.parse("2024-04-09T18:30:00Z"), ZoneOffset.UTC);

        // Metriport signs with RSA-SHA1: its pinned certificate is trusted to, explicitly
        TrustAnchors pinned = TrustAnchors.of(Anchor.pinned(hokCertificate).allowingSha1());
        // and its real request carries a timestamp valid for one hour: refused by the default
        // five-minute cap, accepted where the receiver raised it for such partners
        assertRejected(() -> WsSecurityVerifier.verify(envelope, pinned, audience, sentAt, SKEW),
                Rule.TIMESTAMP).hasMessageContaining("PT1H");
        VerificationPolicy hourLong = new VerificationPolicy(Set.of(audience), SKEW,
                VerificationPolicy.DEFAULT_MAX_ASSERTION_LIFETIME, Duration.ofHours(1));
        VerifiedAssertion v = WsSecurityVerifier.verify(envelope, pinned, hourLong, sentAt);

        assertThat(v.subjectId()).isEqualTo("Administrative AND/OR managerial worker");
        assertThat(v.organization()).isEqualTo("Metriport");
        assertThat(v.organizationId()).isEqualTo("1.16.840.1.113883.3.9621.5.219");
        assertThat(v.homeCommunityId().urn()).isEqualTo("urn:oid:1.16.840.1.113883.3.9621.5.219");
        assertThat(v.attributes().homeCommunityIdAttributeName()).isEqualTo("urn:nhin:names:saml:homeCommunityId");
        assertThat(v.role()).isEqualTo(new CodedValue("106331006", CodedValue.SNOMED_CT, "Administrative AND/OR managerial worker"));
        assertThat(v.purposeOfUse()).isEqualTo(new CodedValue("TREATMENT", CodedValue.NHIN_PURPOSE, "Treatment"));
        assertThat(v.issuer()).isEqualTo("support@metriport.com");
        assertThat(v.algorithm()).isEqualTo(SignatureAlgorithm.RSA_SHA1);
        assertThat(v.signer()).isEqualTo(hokCertificate);
    }

    @Test
    void metriportDiscoveryRequestWithAnAlteredOrganization() {
        String xml = SamlFixtures.serialize(SamlFixtures.sample("metriport/iti55_request_with_saml.soap.xml"));
        Document envelope = SamlFixtures.parse(xml.replace(">Metriport</saml2:AttributeValue>", ">Mallory</saml2:AttributeValue>"));
        X509Certificate hokCertificate = SignerKey.holderOfKey(Tamper.assertion(envelope)).orElseThrow().certificate();
        String audience = "http://localhost:9091/Gateway/PatientDiscovery/1_0/NhinService/NhinPatientDiscovery";
        Clock sentAt = Clock.fixed(Instant.parse("2024-04-09T18:30:00Z"), ZoneOffset.UTC);

        assertThat(SamlAttributes.read(Tamper.assertion(envelope)).organization()).isEqualTo("Mallory");
        assertRejected(() -> WsSecurityVerifier.verify(envelope, TrustAnchors.of(hokCertificate), audience, sentAt, SKEW),
                Rule.BAD_SIGNATURE).hasMessageContaining("altered after signing");
    }

    @Test
    void metriportDiscoveryRequestIsExpiredToday() {
        Document envelope = SamlFixtures.sample("metriport/iti55_request_with_saml.soap.xml");
        X509Certificate hokCertificate = SignerKey.holderOfKey(Tamper.assertion(envelope)).orElseThrow().certificate();
        String audience = "http://localhost:9091/Gateway/PatientDiscovery/1_0/NhinService/NhinPatientDiscovery";

        TrustAnchors pinned = TrustAnchors.of(Anchor.pinned(hokCertificate).allowingSha1());

        assertRejected(() -> WsSecurityVerifier.verify(envelope, pinned, audience, SamlFixtures.CLOCK, SKEW), Rule.EXPIRED).hasMessageContaining("2024-04-09T19:19:22.811Z");
        assertRejected(() -> WsSecurityVerifier.verify(envelope, SamlFixtures.ANCHORS, audience, SamlFixtures.CLOCK, SKEW),
                Rule.UNTRUSTED_SIGNER);
    }

    @Test
    void ipfXuaAssertionReadsOnlyItsOwnAttributesAndLacksCarequalityOnes() {
        Document security = SamlFixtures.sample("oehf-ipf/saml2-assertion-for-xua.xml");
        Element assertion = Tamper.assertion(security);

        SamlAttributes a = SamlAttributes.readAvailable(assertion);

        // Not "Hannelore Fleissig", who sits inside SubjectConfirmationData.
        assertThat(a.subjectId()).isEqualTo("Dr. Klaus-Peter Kohlrabi");
        assertThat(a.role()).isEqualTo(new CodedValue("ELE", "1.2.3.4.5.6.777.1", "Electrician"));
        assertThat(a.purposeOfUse()).isEqualTo(new CodedValue("12", "1.0.14265.12", "Law Enforcement"));
        assertThat(a.organization()).isNull();
        assertThat(a.homeCommunityId()).isNull();
        assertRejected(() -> SamlAttributes.read(assertion), Rule.MISSING_ATTRIBUTE)
                .hasMessageContaining("urn:oasis:names:tc:xspa:1.0:subject:organization")
                .hasMessageContaining("urn:nhin:names:saml:homeCommunityId")
                .hasMessageNotContaining("subject-id")
                .hasMessageNotContaining("purposeofuse");
        // The sample's certificate is abbreviated to "MI ... mQ=".
        assertRejected(() -> WsSecurityVerifier.verify(security, SamlFixtures.ANCHORS, "http://blabla", SamlFixtures.CLOCK, SKEW),
                Rule.UNTRUSTED_SIGNER).hasMessageContaining("not a readable certificate");
    }

    @Test
    void swissEprAssertionUsesTheXcaHomeCommunityIdName() {
        Element assertion = SamlFixtures.sample("oehf-ipf/xua-assertion-ch-epr.xml").getDocumentElement();

        SamlAttributes a = SamlAttributes.read(assertion);

        assertThat(a.subjectId()).isEqualTo("Rosa Sestak");
        assertThat(a.organization()).isEqualTo("Org 1 AG");
        assertThat(a.organizationId()).isEqualTo("urn:oid:1.3.6.1.4.1.21367.2017.2.6.19.100.2");
        assertThat(a.homeCommunityId().urn()).isEqualTo("urn:oid:1.3.6.1.4.1.21367.2017.2.6.19");
        assertThat(a.homeCommunityIdAttributeName()).isEqualTo("urn:ihe:iti:xca:2010:homeCommunityId");
        assertThat(a.role()).isEqualTo(new CodedValue("HCP", "2.16.756.5.30.1.127.3.10.6", "Healthcare professional"));
        assertThat(a.purposeOfUse().code()).isEqualTo("NORM");
        // Signature value and certificate are "omitted for brevity" in the published sample.
        Clock issuedAt = Clock.fixed(Instant.parse("2020-09-21T13:40:00Z"), ZoneOffset.UTC);
        assertRejected(() -> AssertionVerifier.verify(assertion, SamlFixtures.ANCHORS,
                "urn:e-health-suisse:token-audience:all-communities", issuedAt, SKEW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("not a readable certificate");
    }
}
