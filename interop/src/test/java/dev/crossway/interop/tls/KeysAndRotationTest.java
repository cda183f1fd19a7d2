package dev.crossway.interop.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossway.interop.saml.DevCredentials;
import dev.crossway.interop.saml.SigningCredential;
import dev.crossway.interop.saml.SigningKeyFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys that must exist outside the sandbox, named when they do not; certificates' expiry states;
 * rotation noticed from the files.
 */
class KeysAndRotationTest {

    private static final char[] PASSWORD = "pw".toCharArray();

    @TempDir
    Path dir;

    private Path identity(String file, SigningCredential c) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, PASSWORD);
        ks.setKeyEntry("key", c.privateKey(), PASSWORD, new Certificate[]{c.certificate()});
        Path p = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(p)) {
            ks.store(out, PASSWORD);
        }
        return p;
    }

    private Path trustOnly(String file, SigningCredential c) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, PASSWORD);
        ks.setCertificateEntry("ca", c.certificate());
        Path p = dir.resolve(file);
        try (OutputStream out = Files.newOutputStream(p)) {
            ks.store(out, PASSWORD);
        }
        return p;
    }

    private static SigningCredential cert(String cn, Duration validity) {
        return DevCredentials.selfSigned("CN=" + cn, Instant.now().minusSeconds(60), validity);
    }

    @Test
    void withoutTheTlsKeyStoreTheStartIsRefusedNamingTheSetting() throws Exception {
        assertThatThrownBy(() -> TlsSettings.none().requireKeys()).isInstanceOf(TlsConfigurationException.class)
                .hasMessageStartingWith("CROSSWAY_TLS_KEYSTORE is not set");
        KeyStoreFile server = new KeyStoreFile(identity("server.p12", cert("gw", Duration.ofDays(90))), PASSWORD, TlsSettings.KEYSTORE);
        KeyStoreFile noKey = new KeyStoreFile(trustOnly("trust.p12", cert("ca", Duration.ofDays(90))), PASSWORD,
                TlsSettings.CLIENT_KEYSTORE);
        assertThatThrownBy(() -> new TlsSettings(Optional.of(server), Optional.empty(), Optional.of(noKey), Optional.empty())
                .requireKeys()).hasMessageContaining("CROSSWAY_TLS_CLIENT_KEYSTORE").hasMessageContaining("no private key");
        KeyStoreFile wrongPassword = new KeyStoreFile(server.path(), "nope".toCharArray(), TlsSettings.KEYSTORE);
        assertThatThrownBy(() -> new TlsSettings(Optional.of(wrongPassword), Optional.empty(), Optional.of(server), Optional.empty())
                .requireKeys()).hasMessageStartingWith("CROSSWAY_TLS_KEYSTORE: cannot read");
        new TlsSettings(Optional.of(server), Optional.empty(), Optional.of(server), Optional.empty()).requireKeys();
    }

    @Test
    void withoutTheSigningKeyTheStartIsRefusedOutsideTheSandboxNamingTheSettings() {
        String sandbox = System.getProperty("crossway.sandbox");
        try {
            System.setProperty("crossway.sandbox", "false");
            assertThatThrownBy(() -> SigningKeyFiles.fromEnvironment("CN=dev")).hasMessageContaining("CROSSWAY_SIGNING_KEY")
                    .hasMessageContaining("CROSSWAY_SIGNING_CERT");
            System.setProperty("crossway.sandbox", "true");
            assertThat(SigningKeyFiles.fromEnvironment("CN=dev").get().certificate().getSubjectX500Principal().getName())
                    .isEqualTo("CN=dev");
        } finally {
            if (sandbox == null) {
                System.clearProperty("crossway.sandbox");
            } else {
                System.setProperty("crossway.sandbox", sandbox);
            }
        }
    }

    @Test
    void stateFollowsTheExpiry() {
        Instant now = Instant.now();
        assertThat(CertificateFacts.of(cert("long", Duration.ofDays(365)).certificate()).state(now)).isEqualTo(CertificateState.VALID);
        assertThat(CertificateFacts.of(cert("soon", Duration.ofDays(29)).certificate()).state(now)).isEqualTo(CertificateState.EXPIRING);
        CertificateFacts gone = CertificateFacts.of(cert("gone", Duration.ofSeconds(30)).certificate());
        assertThat(gone.state(now.plusSeconds(60))).isEqualTo(CertificateState.EXPIRED);
        assertThat(gone.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void aReplacedClientKeyStoreIsNoticedAndTheNewContextUsesIt() throws Exception {
        Path p = identity("client.p12", cert("first", Duration.ofDays(90)));
        ClientTls tls = new ClientTls(Optional.of(new KeyStoreFile(p, PASSWORD, TlsSettings.CLIENT_KEYSTORE)), Optional.empty());
        tls.context();
        assertThat(tls.changed()).isFalse();
        Path next = identity("next.p12", cert("second", Duration.ofDays(90)));
        Files.move(next, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(tls.changed()).isTrue();
        tls.context();
        assertThat(tls.changed()).isFalse();
        assertThat(new KeyStoreFile(p, PASSWORD, "x").certificates()).singleElement()
                .satisfies(c -> assertThat(c.getSubjectX500Principal().getName()).isEqualTo("CN=second"));
    }

    @Test
    void aReplacedSigningKeyIsUsedWithoutARestart() throws Exception {
        SigningCredential first = cert("first signer", Duration.ofDays(90));
        Path key = dir.resolve("key.pem");
        Path certificate = dir.resolve("cert.pem");
        Files.writeString(key, first.privateKeyPem());
        Files.writeString(certificate, first.certificatesPem());
        SigningKeyFiles files = SigningKeyFiles.of(key, certificate);
        assertThat(files.get().certificate()).isEqualTo(first.certificate());

        SigningCredential second = cert("second signer", Duration.ofDays(90));
        Files.writeString(key, second.privateKeyPem());
        Files.writeString(certificate, second.certificatesPem());
        Files.setLastModifiedTime(key, FileTime.from(Instant.now().plusSeconds(5)));
        files.checkNow();
        assertThat(files.get().certificate()).isEqualTo(second.certificate());
    }
}
