package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SamlFixtures.GATEWAY;
import static dev.crossway.interop.saml.SamlFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossway.interop.saml.SecurityRejection.Rule;
import java.security.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The RSA of inbound signature values: AWS-LC's provider where it loads (this build's Linux on
 * x86-64), the JDK's otherwise, and the same verdicts from both.
 */
class RsaProviderTest {

    private static boolean linuxX64() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
    }

    @Test
    void onLinuxX64TheNativeProviderChecksSignatureValues() {
        assumeTrue(linuxX64(), "the native library is built for Linux on x86-64 only");
        assertThat(RsaProvider.current()).map(Provider::getName).contains("AmazonCorrettoCryptoProvider");
        assertThat(WsSecurityVerifier.rsaProvider()).startsWith("AmazonCorrettoCryptoProvider ");
        assertThat(SamlFixtures.verifyAt(SamlFixtures.securedOnTheWire(SamlFixtures.spec()), NOW).subjectId())
                .isEqualTo("Dr. Alice Example");
    }

    @Test
    void switchedOffNothingNativeIsLoaded() {
        assertThat(RsaProvider.choose(false, () -> {
            throw new AssertionError("the native provider must not be asked for");
        })).isEmpty();
    }

    @Test
    void aNativeProviderThatCannotLoadLeavesTheJdksRsa() {
        assertThat(RsaProvider.choose(true, () -> {
            throw new UnsatisfiedLinkError("no libamazonCorrettoCryptoProvider.so for this platform");
        })).isEmpty();
        assertThat(RsaProvider.choose(true, () -> {
            throw new IllegalStateException("its self-tests failed");
        })).isEmpty();
    }

    @Test
    void bothProvidersAcceptTheSameSignatureAndRefuseTheSameForgeries() {
        List<Optional<Provider>> providers = new java.util.ArrayList<>(List.of(Optional.empty(),
                Optional.of(new RememberedRsa(Optional.empty()))));
        RsaProvider.current().ifPresent(p -> {
            providers.add(Optional.of(p));
            providers.add(Optional.of(new RememberedRsa(Optional.of(p))));
        });
        for (Optional<Provider> rsa : providers) {
            String which = rsa.map(Provider::getName).orElse("the JDK");
            check(wire()).verify(GATEWAY.certificate().getPublicKey(), rsa);
            check(wire()).verify(GATEWAY.certificate().getPublicKey(), rsa);

            Document flipped = wire();
            Element value = signatureValue(flipped);
            char[] text = value.getTextContent().trim().toCharArray();
            text[10] = text[10] == 'A' ? 'B' : 'A';
            value.setTextContent(new String(text));
            assertThatThrownBy(() -> check(flipped).verify(GATEWAY.certificate().getPublicKey(), rsa)).as(which)
                    .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE));

            Document truncated = wire();
            signatureValue(truncated).setTextContent("AAAA");
            assertThatThrownBy(() -> check(truncated).verify(GATEWAY.certificate().getPublicKey(), rsa)).as(which)
                    .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE));

            assertThatThrownBy(() -> check(wire()).verify(SamlFixtures.ROGUE.certificate().getPublicKey(), rsa)).as(which)
                    .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE))
                    .hasMessageContaining("does not match the signer's key");
        }
    }

    @Test
    void aSignatureFoundValidIsRememberedOnlyForTheSameBytesKeyAndValue() {
        RememberedRsa memo = new RememberedRsa(RsaProvider.current());
        Optional<Provider> rsa = Optional.of(memo);
        Document once = wire();
        check(once).verify(GATEWAY.certificate().getPublicKey(), rsa);
        assertThat(memo.remembered()).isZero();
        // the same signed assertion sent again (as an initiator reuses one): answered from memory
        Document again = SamlFixtures.parse(SamlFixtures.serialize(once));
        check(again).verify(GATEWAY.certificate().getPublicKey(), rsa);
        assertThat(memo.remembered()).isEqualTo(1);

        // the same SignedInfo and value over an altered assertion: the reference digest still fails
        Document altered = SamlFixtures.parse(SamlFixtures.serialize(once));
        Element issuer = Dom.child(Tamper.assertion(altered), SamlNames.SAML2, "Issuer").orElseThrow();
        issuer.setTextContent("https://mallory.example.org");
        assertThatThrownBy(() -> check(altered).verify(GATEWAY.certificate().getPublicKey(), rsa))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE))
                .hasMessageContaining("altered after signing");

        // the same bytes and value under another key: checked, and refused
        long before = memo.remembered();
        assertThatThrownBy(() -> check(SamlFixtures.parse(SamlFixtures.serialize(once)))
                .verify(SamlFixtures.ROGUE.certificate().getPublicKey(), rsa))
                .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE));
        assertThat(memo.remembered()).isEqualTo(before);

        // a value that failed is never remembered: it fails again
        Document flipped = SamlFixtures.parse(SamlFixtures.serialize(once));
        Element value = signatureValue(flipped);
        char[] text = value.getTextContent().trim().toCharArray();
        text[10] = text[10] == 'A' ? 'B' : 'A';
        value.setTextContent(new String(text));
        for (int i = 0; i < 2; i++) {
            Document copy = SamlFixtures.parse(SamlFixtures.serialize(flipped));
            assertThatThrownBy(() -> check(copy).verify(GATEWAY.certificate().getPublicKey(), rsa))
                    .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE));
        }
        assertThat(memo.remembered()).isEqualTo(before);
    }

    @Test
    void theRememberingProviderNeverSigns() {
        java.security.Signature signer;
        try {
            signer = java.security.Signature.getInstance("SHA256withRSA", new RememberedRsa(Optional.empty()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> signer.initSign(GATEWAY.privateKey())).isInstanceOf(java.security.InvalidKeyException.class);
    }

    private static Document wire() {
        return SamlFixtures.securedOnTheWire(SamlFixtures.spec());
    }

    private static Element signatureOf(Document wire) {
        return Dom.child(Tamper.assertion(wire), SamlNames.DS, "Signature").orElseThrow();
    }

    private static Element signatureValue(Document wire) {
        return Dom.child(signatureOf(wire), SamlNames.DS, "SignatureValue").orElseThrow();
    }

    private static SignatureCheck check(Document wire) {
        SignatureCheck check = new SignatureCheck(signatureOf(wire), Tamper.assertion(wire), "assertion", IdCheck.of(wire));
        check.checkStructure("", "ID");
        return check;
    }
}
