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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The bounds on how long a captured header is worth anything (assertion and timestamp lifetimes,
 * the subject confirmation's window and recipient), the receiver's own audiences, and the signed
 * timestamp the verifier hands back as the replay cache's key.
 */
class LifetimeAndReplayKeyTest {

    private static final VerificationPolicy POLICY = VerificationPolicy.of(AUDIENCE, SKEW);

    @Test
    void anAssertionValidForThirtyDaysIsRefusedHoweverWellSigned() {
        Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec().toBuilder().validity(Duration.ofDays(30)).build());
        assertThatThrownBy(() -> WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.EXCESSIVE_LIFETIME))
                .hasMessageContaining("PT720H").hasMessageContaining("PT8H");
    }

    @Test
    void anAssertionValidForExactlyTheMaximumIsAccepted() {
        Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec().toBuilder().validity(Duration.ofHours(8)).build());
        assertThat(WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK).subjectId()).isEqualTo("Dr. Alice Example");
    }

    @Test
    void theMaximumAssertionLifetimeIsTheReceiversToSet() {
        Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec().toBuilder().validity(Duration.ofHours(2)).build());
        VerificationPolicy strict = VerificationPolicy.of(List.of(AUDIENCE), SKEW, Duration.ofHours(1));
        assertThatThrownBy(() -> WsSecurityVerifier.verify(wire, ANCHORS, strict, CLOCK))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.EXCESSIVE_LIFETIME));
    }

    @Test
    void aTimestampValidForLongerThanFiveMinutesIsRefused() {
        Document envelope = SamlFixtures.envelope();
        WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec(), CLOCK, Duration.ofMinutes(6));
        Document wire = SamlFixtures.parse(SamlFixtures.serialize(envelope));
        assertThatThrownBy(() -> WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.TIMESTAMP))
                .hasMessageContaining("PT6M");
    }

    @Test
    void anyOfTheReceiversAudiencesIsAcceptedAndNothingElse() {
        Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec());
        VerificationPolicy two = new VerificationPolicy(Set.of("https://lb.example.org/gateway/xcpd", AUDIENCE + "/"), SKEW,
                VerificationPolicy.DEFAULT_MAX_ASSERTION_LIFETIME, VerificationPolicy.DEFAULT_MAX_TIMESTAMP_LIFETIME);
        assertThat(WsSecurityVerifier.verify(wire, ANCHORS, two, CLOCK).audiences()).containsExactly(AUDIENCE);
        VerificationPolicy other = VerificationPolicy.of("https://gateway.example.org/gateway/xca/query", SKEW);
        assertThatThrownBy(() -> WsSecurityVerifier.verify(wire, ANCHORS, other, CLOCK))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.WRONG_AUDIENCE));
    }

    @Test
    void anExpiredSubjectConfirmationIsRefused() {
        Document wire = withConfirmationData("NotOnOrAfter", NOW.minus(Duration.ofMinutes(3)).toString());
        assertThatThrownBy(() -> WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.EXPIRED))
                .hasMessageContaining("subject confirmation expired");
    }

    @Test
    void aSubjectConfirmationForAnotherRecipientIsRefused() {
        Document wire = withConfirmationData("Recipient", "https://evil.example/gateway/xcpd");
        assertThatThrownBy(() -> WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.WRONG_AUDIENCE))
                .hasMessageContaining("evil.example");
    }

    @Test
    void aSubjectConfirmationForThisGatewayWithinItsWindowIsAccepted() {
        Document wire = withConfirmationData("Recipient", AUDIENCE);
        assertThat(WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK).subjectId()).isEqualTo("Dr. Alice Example");
    }

    @Test
    void theSignedTimestampIdentifiesOneSendingOfTheHeader() {
        Document first = SamlFixtures.securedOnTheWire(SamlFixtures.spec());
        Document second = SamlFixtures.securedOnTheWire(SamlFixtures.spec());
        SignedTimestamp a = WsSecurityVerifier.verify(first, ANCHORS, POLICY, CLOCK).timestamp().orElseThrow();
        SignedTimestamp again = WsSecurityVerifier.verify(SamlFixtures.parse(SamlFixtures.serialize(first)), ANCHORS, POLICY, CLOCK)
                .timestamp().orElseThrow();
        SignedTimestamp b = WsSecurityVerifier.verify(second, ANCHORS, POLICY, CLOCK).timestamp().orElseThrow();
        assertThat(again).isEqualTo(a);
        assertThat(b.id()).isNotEqualTo(a.id());
        assertThat(a.expires()).isEqualTo(NOW.plus(WsSecurity.DEFAULT_TIMESTAMP_TTL));
    }

    @Test
    void whitespaceAddedToTheTimestampSignatureValueDoesNotChangeTheKey() {
        Document wire = SamlFixtures.securedOnTheWire(SamlFixtures.spec());
        SignedTimestamp original = WsSecurityVerifier.verify(wire, ANCHORS, POLICY, CLOCK).timestamp().orElseThrow();
        Element security = Tamper.security(wire);
        Element value = Dom.children(security, SamlNames.DS, "Signature").stream()
                .flatMap(s -> Dom.children(s, SamlNames.DS, "SignatureValue").stream()).findFirst().orElseThrow();
        String text = value.getTextContent();
        value.setTextContent(text.substring(0, 10) + "\n  " + text.substring(10));
        Document padded = SamlFixtures.parse(SamlFixtures.serialize(wire));
        assertThat(WsSecurityVerifier.verify(padded, ANCHORS, POLICY, CLOCK).timestamp()).contains(original);
    }

    private static Document withConfirmationData(String attribute, String value) {
        Document envelope = SamlFixtures.envelope();
        Element assertion = WsSecurity.secure(envelope, GATEWAY, SamlFixtures.spec(), CLOCK);
        Element data = (Element) assertion.getElementsByTagNameNS(SamlNames.SAML2, "SubjectConfirmationData").item(0);
        data.setAttributeNS(null, attribute, value);
        Tamper.resign(assertion, GATEWAY);
        return SamlFixtures.parse(SamlFixtures.serialize(envelope));
    }
}
