package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.RejectionTest.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.interop.saml.Revocation.Mode;
import dev.crossway.interop.saml.SecurityRejection.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who vouches for a signer: CA and pinned anchors, expired anchors, and revocation against a CRL
 * and an OCSP responder served on loopback by {@link TestPki}, all minted in the test.
 */
class TrustAnchorsTest {

    private static final Instant NOW = TestPki.NOW;

    private final TestPki pki = TestPki.valid();

    @AfterEach
    void stop() {
        pki.close();
    }

    private TrustAnchors anchors(Mode mode) {
        return TrustAnchors.of(Anchor.ca(pki.ca.certificate())).withRevocation(Revocation.of(mode));
    }

    @Test
    void aCaAnchorVouchesForALeafItIssued() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", false, false);

        Anchor anchor = TrustAnchors.of(pki.ca.certificate()).check(leaf.certificate(), List.of(), NOW);

        assertThat(anchor.certificate()).isEqualTo(pki.ca.certificate());
        assertThat(anchor.kind()).isEqualTo(Anchor.Kind.CA);
    }

    @Test
    void anUploadIsACaWhenItsBasicConstraintsSaySoAndPinnedOtherwise() {
        assertThat(Anchor.of(pki.ca.certificate()).kind()).isEqualTo(Anchor.Kind.CA);
        assertThat(Anchor.of(pki.leaf("CN=leaf", false, false).certificate()).kind()).isEqualTo(Anchor.Kind.PINNED);
    }

    @Test
    void aPinnedLeafIsTrustedButNothingItSigned() {
        TestPki.Issued pinned = pki.leaf("CN=partner.example.org", false, false);
        TestPki.Issued signedByIt = pki.mint("CN=mallory", pinned, false, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)),
                false, false);
        TrustAnchors anchors = TrustAnchors.of(Anchor.pinned(pinned.certificate()));

        assertThat(anchors.check(pinned.certificate(), List.of(), NOW).kind()).isEqualTo(Anchor.Kind.PINNED);
        assertRejected(() -> anchors.check(signedByIt.certificate(), List.of(pinned.certificate()), NOW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("vouches only for itself");
    }

    @Test
    void aCaCertificateUploadedAsPinnedIssuesNothing() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", false, false);
        TrustAnchors anchors = TrustAnchors.of(Anchor.pinned(pki.ca.certificate()));

        assertRejected(() -> anchors.check(leaf.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("vouches only for itself");
    }

    @Test
    void aSignerChainingOnlyToAnExpiredAnchorIsRefused() {
        TestPki old = new TestPki("CN=Old CA", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(1)));
        try (old) {
            TestPki.Issued leaf = old.mint("CN=partner.example.org", old.ca, false, NOW.minus(Duration.ofDays(30)),
                    NOW.plus(Duration.ofDays(30)), false, false);

            assertRejected(() -> TrustAnchors.of(old.ca.certificate()).check(leaf.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER)
                    .hasMessageContaining("trust anchor 'CN=Old CA', which expired on");
        }
    }

    @Test
    void aChainValidatedOnceIsRefusedOnceItsSignerHasExpiredWithTheWordsOfAFreshCheck() {
        TestPki.Issued leaf = pki.mint("CN=partner.example.org", pki.ca, false, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(9)), false, false);
        TrustAnchors anchors = TrustAnchors.of(pki.ca.certificate());
        Instant later = NOW.plus(Duration.ofDays(10));

        assertThat(anchors.check(leaf.certificate(), List.of(), NOW).certificate()).isEqualTo(pki.ca.certificate());
        assertThat(anchors.check(leaf.certificate(), List.of(), NOW.plusSeconds(60)).certificate())
                .as("the remembered chain, still valid").isEqualTo(pki.ca.certificate());
        String fresh = org.assertj.core.api.Assertions.catchThrowable(
                () -> TrustAnchors.of(pki.ca.certificate()).check(leaf.certificate(), List.of(), later)).getMessage();
        assertRejected(() -> anchors.check(leaf.certificate(), List.of(), later), Rule.UNTRUSTED_SIGNER).hasMessage(fresh);
        assertRejected(() -> anchors.check(leaf.certificate(), List.of(), NOW.minus(Duration.ofDays(2))), Rule.UNTRUSTED_SIGNER);
    }

    @Test
    void aRememberedChainVouchesForNoOtherCertificateWithTheSameName() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", false, false);
        TrustAnchors anchors = TrustAnchors.of(pki.ca.certificate());
        anchors.check(leaf.certificate(), List.of(), NOW);
        try (TestPki other = new TestPki("CN=Test CA", NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(100)))) {
            TestPki.Issued lookalike = other.leaf("CN=partner.example.org", false, false);

            assertRejected(() -> anchors.check(lookalike.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER);
        }
    }

    @Test
    void anExpiredPinnedLeafIsRefused() {
        TestPki.Issued expired = pki.mint("CN=partner.example.org", pki.ca, false, NOW.minus(Duration.ofDays(90)),
                NOW.minus(Duration.ofDays(1)), false, false);

        assertRejected(() -> TrustAnchors.of(Anchor.pinned(expired.certificate())).check(expired.certificate(), List.of(), NOW),
                Rule.UNTRUSTED_SIGNER).hasMessageContaining("expired on");
    }

    @Test
    void aGoodCertificatePassesTheRevocationCheck() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", true, true);

        assertThat(anchors(Mode.HARD_FAIL).check(leaf.certificate(), List.of(), NOW).certificate()).isEqualTo(pki.ca.certificate());
        assertThat(pki.ocspFetches).hasValue(1);
        assertThat(pki.crlFetches).hasValue(0);
    }

    @Test
    void aCertificateRevokedByItsCrlIsRefused() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", true, false);
        pki.revoked.add(leaf.certificate().getSerialNumber());

        assertRejected(() -> anchors(Mode.SOFT_FAIL).check(leaf.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("is revoked").hasMessageContaining("CRL");
    }

    @Test
    void aCertificateRevokedByOcspIsRefused() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", false, true);
        pki.revoked.add(leaf.certificate().getSerialNumber());

        assertRejected(() -> anchors(Mode.SOFT_FAIL).check(leaf.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("is revoked").hasMessageContaining("OCSP");
    }

    @Test
    void aResponderThatIsDownIsAcceptedUnderSoftFailAndRefusedUnderHardFail() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", true, true);
        pki.close();

        assertThat(anchors(Mode.SOFT_FAIL).check(leaf.certificate(), List.of(), NOW).certificate()).isEqualTo(pki.ca.certificate());
        assertRejected(() -> anchors(Mode.HARD_FAIL).check(leaf.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("cannot be established").hasMessageContaining("could not be reached");
    }

    @Test
    void aCertificateWithoutRevocationPointersIsUndeterminedSoRefusedOnlyUnderHardFail() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", false, false);

        assertThat(anchors(Mode.SOFT_FAIL).check(leaf.certificate(), List.of(), NOW)).isNotNull();
        assertRejected(() -> anchors(Mode.HARD_FAIL).check(leaf.certificate(), List.of(), NOW), Rule.UNTRUSTED_SIGNER)
                .hasMessageContaining("names no CRL distribution point and no OCSP responder");
    }

    @Test
    void anOcspAnswerIsCachedSoTheSecondVerificationFetchesNothing() {
        TestPki.Issued leaf = pki.leaf("CN=partner.example.org", false, true);
        TrustAnchors anchors = anchors(Mode.HARD_FAIL);

        anchors.check(leaf.certificate(), List.of(), NOW);
        anchors.check(leaf.certificate(), List.of(), NOW.plusSeconds(60));

        assertThat(pki.ocspFetches).hasValue(1);
    }

    @Test
    void aCrlIsFetchedOnceForEveryCertificateItCovers() {
        TestPki.Issued first = pki.leaf("CN=one.example.org", true, false);
        TestPki.Issued second = pki.leaf("CN=two.example.org", true, false);
        TrustAnchors anchors = anchors(Mode.HARD_FAIL);

        anchors.check(first.certificate(), List.of(), NOW);
        anchors.check(second.certificate(), List.of(), NOW);
        anchors.check(first.certificate(), List.of(), NOW);

        assertThat(pki.crlFetches).hasValue(1);
    }

    @Test
    void anIntermediateIsCheckedForRevocationToo() {
        TestPki.Issued intermediate = pki.mint("CN=Intermediate CA", pki.ca, true, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(100)), true, false);
        TestPki.Issued leaf = pki.mint("CN=partner.example.org", intermediate, false, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), false, false);
        pki.revoked.add(intermediate.certificate().getSerialNumber());

        assertRejected(() -> anchors(Mode.SOFT_FAIL).check(leaf.certificate(), List.of(intermediate.certificate()), NOW),
                Rule.UNTRUSTED_SIGNER).hasMessageContaining("'CN=Intermediate CA' is revoked");
    }

    @Test
    void theRevocationSettingIsReadInItsDocumentedSpelling() {
        assertThat(Mode.parse("soft-fail")).isEqualTo(Mode.SOFT_FAIL);
        assertThat(Mode.parse("HARD-FAIL")).isEqualTo(Mode.HARD_FAIL);
        assertThat(Mode.parse("off")).isEqualTo(Mode.OFF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Mode.parse("maybe")).isInstanceOf(IllegalArgumentException.class);
    }
}
