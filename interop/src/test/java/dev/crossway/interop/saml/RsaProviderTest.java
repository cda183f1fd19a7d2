package dev.crossway.interop.saml;

import static dev.crossway.interop.saml.SamlFixtures.GATEWAY;
import static dev.crossway.interop.saml.SamlFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.crossway.interop.config.Setting;
import dev.crossway.interop.saml.SecurityRejection.Rule;
import java.security.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
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
        assumeTrue(!"false".equalsIgnoreCase(System.getenv("CROSSWAY_NATIVE_RSA")), "switched off in this environment");
        assertThat(RsaProvider.current()).map(Provider::getName).contains("AmazonCorrettoCryptoProvider");
        assertThat(WsSecurityVerifier.rsaProvider()).startsWith("AmazonCorrettoCryptoProvider ");
        assertThat(SamlFixtures.verifyAt(SamlFixtures.securedOnTheWire(SamlFixtures.spec()), NOW).subjectId())
                .isEqualTo("Dr. Alice Example");
    }

    @Test
    void theSettingIsTrueOrFalseAndAnythingElseIsRefusedByName() {
        try {
            if (System.getenv("CROSSWAY_NATIVE_RSA") == null) {
                assertThat(RsaProvider.enabled()).as("unset: on").isTrue();
            }
            System.setProperty(RsaProvider.SETTING, " FALSE ");
            assertThat(RsaProvider.enabled()).isFalse();
            System.setProperty(RsaProvider.SETTING, "True");
            assertThat(RsaProvider.enabled()).isTrue();
            System.setProperty(RsaProvider.SETTING, "no");
            assertThatThrownBy(RsaProvider::enabled).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("crossway.native-rsa").hasMessageContaining("CROSSWAY_NATIVE_RSA")
                    .hasMessageContaining("true or false");
        } finally {
            System.clearProperty(RsaProvider.SETTING);
            ConfigProviderResolver.instance().releaseConfig(ConfigProviderResolver.instance().getConfig(Setting.class.getClassLoader()));
        }
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
        List<Optional<Provider>> providers = RsaProvider.current().isPresent()
                ? List.of(Optional.empty(), RsaProvider.current()) : List.of(Optional.<Provider>empty());
        for (Optional<Provider> rsa : providers) {
            String which = rsa.map(Provider::getName).orElse("the JDK");
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
    void bothProvidersAgreeOnARealPartnersRsaSha1Assertion() {
        // Metriport's real ITI-55 request (../shared/samples), signed with RSA-SHA1 by its holder-of-key certificate
        List<Optional<Provider>> providers = RsaProvider.current().isPresent()
                ? List.of(Optional.empty(), RsaProvider.current()) : List.of(Optional.<Provider>empty());
        for (Optional<Provider> rsa : providers) {
            String which = rsa.map(Provider::getName).orElse("the JDK");
            Document envelope = SamlFixtures.sample("metriport/iti55_request_with_saml.soap.xml");
            Element assertion = Tamper.assertion(envelope);
            java.security.PublicKey key = SignerKey.holderOfKey(assertion).orElseThrow().publicKey();
            SignatureCheck real = new SignatureCheck(Dom.child(assertion, SamlNames.DS, "Signature").orElseThrow(), assertion,
                    "assertion", IdCheck.of(envelope));
            assertThat(real.checkStructure("", "ID")).as(which).isEqualTo(SignatureAlgorithm.RSA_SHA1);
            real.verify(key, rsa);

            Document other = SamlFixtures.sample("metriport/iti55_request_with_saml.soap.xml");
            Element otherAssertion = Tamper.assertion(other);
            Element value = Dom.child(Dom.child(otherAssertion, SamlNames.DS, "Signature").orElseThrow(), SamlNames.DS,
                    "SignatureValue").orElseThrow();
            char[] text = value.getTextContent().trim().toCharArray();
            text[10] = text[10] == 'A' ? 'B' : 'A';
            value.setTextContent(new String(text));
            SignatureCheck forged = new SignatureCheck(Dom.child(otherAssertion, SamlNames.DS, "Signature").orElseThrow(),
                    otherAssertion, "assertion", IdCheck.of(other));
            forged.checkStructure("", "ID");
            assertThatThrownBy(() -> forged.verify(key, rsa)).as(which)
                    .isInstanceOfSatisfying(SecurityRejection.class, e -> assertThat(e.rule()).isEqualTo(Rule.BAD_SIGNATURE))
                    .hasMessageContaining("does not match the signer's key");
        }
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
